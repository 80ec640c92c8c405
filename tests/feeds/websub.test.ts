import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pingHub } from '../../src/feeds/websub.ts';

// A WebSub hub on 127.0.0.1 that records pings and answers as scripted per feed.
const seen: { mode: string | null; url: string | null; type: string | undefined; agent: string | undefined }[] = [];
const script = new Map<string, number[]>();
const server = createServer((req, res) => {
  let body = '';
  req.on('data', (d) => (body += d));
  req.on('end', () => {
    const form = new URLSearchParams(body);
    const url = form.get('hub.url');
    seen.push({ mode: form.get('hub.mode'), url, type: req.headers['content-type'], agent: req.headers['user-agent'] });
    const status = script.get(url ?? '')?.shift() ?? 204;
    res.writeHead(status, status === 429 ? { 'Retry-After': '0' } : {}).end();
  });
});
let hub = '';
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  hub = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hub`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const retry = { retries: 2, baseDelayMs: 1, maxDelayMs: 2, maxRetryAfterMs: 5 };

describe('WebSub publish ping', () => {
  it('posts hub.mode=publish for every feed, retries 5xx and 429, reports refusals', async () => {
    const feeds = [
      'https://hub.example.eu/en/feeds/all.xml',
      'https://hub.example.eu/en/feeds/all.atom',
      'https://hub.example.eu/fr/feeds/news.json',
      'https://hub.example.eu/fr/feeds/bad.xml',
    ];
    script.set(feeds[1] ?? '', [503, 204]);
    script.set(feeds[2] ?? '', [429, 202]);
    script.set(feeds[3] ?? '', [400]);
    const result = await pingHub(hub, feeds, { userAgent: 'IPEX-Hub/test', retry });
    expect(result.ok.sort()).toEqual(feeds.slice(0, 3).sort());
    expect(result.failed).toEqual([{ url: feeds[3], reason: 'HTTP 400' }]);
    expect(seen.filter((s) => s.url === feeds[1])).toHaveLength(2);
    expect(seen.filter((s) => s.url === feeds[3])).toHaveLength(1);
    for (const s of seen) expect(s).toMatchObject({ mode: 'publish', type: 'application/x-www-form-urlencoded', agent: 'IPEX-Hub/test' });
  });

  it('gives up after the retries when the hub keeps failing', async () => {
    const feed = 'https://hub.example.eu/en/feeds/down.xml';
    script.set(feed, [500, 500, 500, 500]);
    const result = await pingHub(hub, [feed], { userAgent: 'IPEX-Hub/test', retry });
    expect(result).toEqual({ ok: [], failed: [{ url: feed, reason: 'HTTP 500' }] });
    expect(seen.filter((s) => s.url === feed)).toHaveLength(3);
  });
});
