import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HttpCache, readHttpCache } from '../../src/ipex/cache.ts';
import { createClient, userAgentFor, type ClientOptions, type RetryEvent } from '../../src/ipex/client.ts';
import { IpexFetchError, IpexParseError } from '../../src/ipex/errors.ts';
import { paginate, TooManyPagesError } from '../../src/ipex/paginate.ts';
import { backoffDelay, retryAfterDelay } from '../../src/http/retry.ts';

type Handler = (req: IncomingMessage, res: ServerResponse, n: number) => void;
let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

/** A real HTTP server on 127.0.0.1; the handler gets the request count (1-based). */
async function serve(handler: Handler): Promise<string> {
  let n = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => handler(req, res, ++n));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api`;
}

const options = (over: Partial<ClientOptions> = {}): ClientOptions => ({
  userAgent: 'IPEX-Hub/0.1 (+https://hub.example.eu)',
  timeoutMs: 2000,
  retry: { retries: 2, baseDelayMs: 1, maxDelayMs: 10, maxRetryAfterMs: 5000 },
  concurrency: 2,
  ...over,
});
const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};

describe('the IPEX client', () => {
  it("names the hub and its URL in the User-Agent, and posts JSON as IPEX's own front end does", async () => {
    expect(userAgentFor('IPEX Hub', 'https://hub.ipex.eu')).toBe('IPEX-Hub/0.1 (+https://hub.ipex.eu)');
    let seen: IncomingMessage | undefined;
    const url = await serve((req, res) => {
      seen = req;
      json(res, 200, { ok: 1 });
    });
    expect(await createClient(options()).postJson(url, { pageNumber: 1 })).toEqual({ ok: 1 });
    expect(seen?.method).toBe('POST');
    expect(seen?.headers).toMatchObject({
      'user-agent': 'IPEX-Hub/0.1 (+https://hub.example.eu)',
      'content-type': 'application/json',
      accept: 'application/json, text/plain, */*',
      'x-requested-with': 'XMLHttpRequest',
    });
  });

  it('keeps at most two requests in flight, whoever makes them', async () => {
    let inFlight = 0;
    let most = 0;
    const url = await serve((_req, res) => {
      most = Math.max(most, ++inFlight);
      setTimeout(() => {
        inFlight--;
        json(res, 200, {});
      }, 20);
    });
    const client = createClient(options());
    await Promise.all(Array.from({ length: 8 }, (_, i) => client.postJson(url, { i })));
    expect(most).toBe(2);
  });

  it('retries 5xx and network errors with backoff, then gives up naming the request', async () => {
    const retries: RetryEvent[] = [];
    const url = await serve((req, res, n) => (n === 1 ? req.socket.destroy() : json(res, 503, {})));
    const err = await createClient(options({ onRetry: (e) => retries.push(e) }))
      .postJson(url, { pageNumber: 3 })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IpexFetchError);
    expect(err).toMatchObject({ status: 503, attempts: 3, message: `POST ${url} {"pageNumber":3}: HTTP 503 Service Unavailable (3 attempts)` });
    expect(retries.map((r) => [r.retry, r.reason.replace(/:.*/, '')])).toEqual([
      [1, 'network'],
      [2, 'HTTP 503 Service Unavailable'],
    ]);
  });

  it('does not retry a client error', async () => {
    const url = await serve((_req, res) => json(res, 404, {}));
    const err = await createClient(options())
      .postJson(url, {})
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'IpexFetchError', status: 404, attempts: 1 });
  });

  it('reports a body that is not JSON as a parse error, without retrying', async () => {
    let calls = 0;
    const url = await serve((_req, res) => {
      calls++;
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<html>Maintenance</html>');
    });
    const err = await createClient(options())
      .postJson(url, {})
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IpexParseError);
    expect(String(err)).toContain('response is not valid JSON (24 characters, ending "<html>Maintenance</html>")');
    expect(calls).toBe(1);
  });

  it('times out a response whose body stalls', async () => {
    const url = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"hits":');
    });
    const err = await createClient(options({ timeoutMs: 200, retry: { retries: 0, baseDelayMs: 1, maxDelayMs: 1, maxRetryAfterMs: 1 } }))
      .postJson(url, {})
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'IpexFetchError', status: undefined, attempts: 1 });
    expect(String(err)).toContain('timeout: no complete response within 200 ms');
  });

  it('sends validators it has kept and reuses the body on 304', async () => {
    const cache = new HttpCache({}, '2026-11-25T12:00:00.000Z');
    const conditions: (string | undefined)[] = [];
    const url = await serve((req, res) => {
      conditions.push(req.headers['if-none-match']);
      if (req.headers['if-none-match'] === '"v1"') {
        res.writeHead(304, { ETag: '"v1"' });
        res.end();
      } else json(res, 200, { hits: 1 }, { ETag: '"v1"', 'Last-Modified': 'Wed, 25 Nov 2026 10:00:00 GMT' });
    });
    const client = createClient(options({ cache }));
    expect(await client.postJson(url, { p: 1 })).toEqual({ hits: 1 });
    expect(await client.postJson(url, { p: 1 })).toEqual({ hits: 1 });
    expect(conditions).toEqual([undefined, '"v1"']);
    expect(JSON.parse(cache.serialize()).entries[`POST ${url} {"p":1}`]).toEqual({
      etag: '"v1"',
      lastModified: 'Wed, 25 Nov 2026 10:00:00 GMT',
      body: '{"hits":1}',
      used: '2026-11-25T12:00:00.000Z',
    });
  });
});

describe('retry timing', () => {
  it('backs off exponentially with jitter, capped', () => {
    const policy = { retries: 5, baseDelayMs: 100, maxDelayMs: 1000, maxRetryAfterMs: 5000 };
    expect([0, 1, 2, 3, 4].map((r) => [backoffDelay(r, policy, () => 0), backoffDelay(r, policy, () => 1)])).toEqual([
      [50, 100],
      [100, 200],
      [200, 400],
      [400, 800],
      [500, 1000],
    ]);
  });

  it('reads Retry-After as seconds or an HTTP date, capped', () => {
    const now = Date.parse('2026-11-25T12:00:00Z');
    expect(retryAfterDelay('3', now, 5000)).toBe(3000);
    expect(retryAfterDelay('Wed, 25 Nov 2026 12:00:04 GMT', now, 5000)).toBe(4000);
    expect(retryAfterDelay('Wed, 25 Nov 2026 11:00:00 GMT', now, 5000)).toBe(0);
    expect(retryAfterDelay('3600', now, 5000)).toBe(5000);
    expect(retryAfterDelay('soon', now, 5000)).toBeUndefined();
    expect(retryAfterDelay(null, now, 5000)).toBeUndefined();
  });
});

describe('paginate', () => {
  it('asks for pages until one is empty', async () => {
    const asked: number[] = [];
    const all = await paginate(async (p) => (asked.push(p), p <= 3 ? [p * 10, p * 10 + 1] : []), { maxPages: 10 });
    expect(all).toEqual([10, 11, 20, 21, 30, 31]);
    expect(asked).toEqual([1, 2, 3, 4]);
  });

  it('stops a listing that never ends', async () => {
    await expect(paginate(async () => [1], { maxPages: 5 })).rejects.toBeInstanceOf(TooManyPagesError);
  });
});

describe('the HTTP cache file', () => {
  it('forgets entries unused for a week, and treats a broken file as empty', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ipex-hub-cache-'));
    const file = path.join(dir, '.http-cache.json');
    await writeFile(
      file,
      JSON.stringify({
        version: 1,
        entries: { old: { body: '1', used: '2026-11-01T00:00:00.000Z' }, recent: { etag: '"e"', body: '2', used: '2026-11-24T00:00:00.000Z' } },
      }),
    );
    const cache = await readHttpCache(file, '2026-11-25T12:00:00.000Z');
    expect(Object.keys(JSON.parse(cache.serialize()).entries)).toEqual(['recent']);
    await writeFile(file, '{"version": 1, "entr');
    expect((await readHttpCache(file)).serialize()).toBe('{"version":1,"entries":{}}\n');
  });
});
