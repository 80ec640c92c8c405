// @ts-check
import path from 'node:path';
import { defineConfig } from 'astro/config';
import { hub } from './src/config/resolve.ts';
import { cards } from './src/cards/integration.ts';
import { search } from './src/search/integration.ts';
import { keepOutput } from './src/output/integration.ts';
import { keptSitemap } from './src/output/sitemap.ts';
import { memoryLog } from './src/output/memory.ts';

const outDir = process.env.HUB_OUT_DIR || './dist';
// Astro keeps the incremental build's manifest and page copies (and the content store) in its cache
// folder: one per output folder, so that builds of different content into different folders (tests,
// benchmarks) never reuse each other's pages. `HUB_BUILD_CACHE` moves it; `--force` ignores it.
const cacheDir = process.env.HUB_BUILD_CACHE || `./node_modules/.astro/${path.relative('.', path.resolve(outDir)).replace(/[^\w.-]+/g, '_')}/`;

// Everything deployment-specific lives in src/config/; this file only wires Astro to it.
export default defineConfig({
  site: hub.site,
  outDir,
  cacheDir,
  // Pages whose getStaticPaths entry carries a cacheKey (src/routes/keys.ts) are copied from the last
  // build when the key and their code are unchanged. Rendering must stay sequential (build.concurrency 1).
  experimental: { incrementalBuild: true },
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Pages carry no client JavaScript; prefetch and the dev toolbar would add some.
  prefetch: false,
  devToolbar: { enabled: false },
  integrations: [
    // First: it removes what this build did not produce before the others add theirs.
    keepOutput(),
    cards(),
    search(),
    // @astrojs/sitemap, left as it is while the list of pages is unchanged.
    keptSitemap({
      // The root is a language chooser, not a language version: keep it out of the hreflang sets.
      filter: (page) => new URL(page).pathname !== '/' && !/\/404(\.html|\/)$/.test(page),
      i18n: {
        defaultLocale: hub.languages[0]?.code ?? 'en',
        locales: Object.fromEntries(hub.languages.map((l) => [l.code, l.ogLocale.replace('_', '-')])),
      },
    }),
    // Last: its summary line comes after the cards, the search index and the sitemap.
    memoryLog(),
  ],
});
