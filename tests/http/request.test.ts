import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpRequestError, request, type RetryEvent } from '../../src/http/request.ts';

// A server on 127.0.0.1 that answers each path with a scripted list of statuses and headers.
const script = new Map<string, { status: number; headers?: Record<string, string>; hang?: boolean }[]>();
const hits = new Map<string, number>();
const server = createServer((req, res) => {
  const path = req.url ?? '';
  hits.set(path, (hits.get(path) ?? 0) + 1);
  const next = script.get(path)?.shift() ?? { status: 200 };
  if (next.hang) return;
  res.writeHead(next.status, next.headers).end(`answer ${next.status}`);
});
let base = '';
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const retry = { retries: 2, baseDelayMs: 1, maxDelayMs: 2, maxRetryAfterMs: 60_000 };

describe('request', () => {
  it('waits out a 429 for as long as X-RateLimit-Reset says, then returns the answer', async () => {
    const reset = new Date(Date.now() + 30_000).toISOString();
    script.set('/limited', [{ status: 429, headers: { 'X-RateLimit-Reset': reset } }, { status: 200 }]);
    const waits: number[] = [];
    const events: RetryEvent[] = [];
    const res = await request(`${base}/limited`, {}, { timeoutMs: 2000, retry, sleep: async (ms) => void waits.push(ms), onRetry: (e) => events.push(e) });
    expect(res.status).toBe(200);
    expect(res.text()).toBe('answer 200');
    expect(waits[0]).toBeGreaterThan(25_000);
    expect(events[0]).toMatchObject({ reason: 'HTTP 429 Too Many Requests', retryAfter: true });
  });

  it('reads the AT Protocol’s RateLimit-Reset (Unix seconds) on a 429', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 40);
    script.set('/atproto', [{ status: 429, headers: { 'RateLimit-Reset': reset } }, { status: 200 }]);
    const waits: number[] = [];
    const res = await request(`${base}/atproto`, {}, { timeoutMs: 2000, retry, sleep: async (ms) => void waits.push(ms) });
    expect(res.status).toBe(200);
    expect(waits[0]).toBeGreaterThan(35_000);
  });

  it('with retryErrors false, gives up after one attempt that got no answer (a create the server may have made)', async () => {
    script.set('/create', [
      { status: 0, hang: true },
      { status: 0, hang: true },
    ]);
    const err = await request(`${base}/create`, { method: 'POST', body: 'x' }, { timeoutMs: 100, retry, retryErrors: false }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HttpRequestError);
    expect(hits.get('/create')).toBe(1);
  });

  it('returns a 4xx at once, without retrying', async () => {
    script.set('/bad', [{ status: 422 }]);
    const res = await request(`${base}/bad`, { method: 'POST', body: 'x' }, { timeoutMs: 2000, retry });
    expect([res.status, res.attempts, hits.get('/bad')]).toEqual([422, 1, 1]);
  });

  it('names the request by its label, never its URL, when no answer comes', async () => {
    script.set('/secret?token_auth=s3cr3t', [
      { status: 0, hang: true },
      { status: 0, hang: true },
      { status: 0, hang: true },
    ]);
    const err = await request(`${base}/secret?token_auth=s3cr3t`, {}, { timeoutMs: 100, retry, label: 'GET matomo' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HttpRequestError);
    expect(String((err as Error).message)).toMatch(/^GET matomo: timeout/);
    expect(String((err as Error).message)).not.toContain('s3cr3t');
    expect((err as HttpRequestError).attempts).toBe(3);
  });
});
