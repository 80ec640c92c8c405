// After a deploy: tells the configured WebSub hub (websubHub / WEBSUB_HUB) that the site's feeds
// changed. Run it once dist/ is live, since the hub fetches the feeds from the site.
// Usage: npm run websub:ping [-- --dist dist]   exit: 0 pinged (or no hub configured); 1 some pings failed
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { hub } from '../src/config/resolve.ts';
import { pingHub } from '../src/feeds/websub.ts';
import { userAgentFor } from '../src/ipex/client.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
if (!hub.websubHub) {
  console.log('No WebSub hub configured (websubHub in src/config/hub.config.ts, or WEBSUB_HUB): nothing to ping.');
  process.exit(0);
}
const files = await readdir(values.dist, { recursive: true });
const feeds = files
  .map((f) => f.split(path.sep).join('/'))
  .filter((f) => /^[a-z]{2}\/feeds\/.+\.(xml|atom|json)$/.test(f))
  .map((f) => new URL(f, `${hub.site}/`).href)
  .sort();
const result = await pingHub(hub.websubHub, feeds, { userAgent: userAgentFor(hub.brand, hub.site) });
console.log(`WebSub ${hub.websubHub}: ${result.ok.length} feeds pinged, ${result.failed.length} failed`);
for (const f of result.failed) console.log(`  ${f.url}: ${f.reason}`);
process.exit(result.failed.length ? 1 : 0);
