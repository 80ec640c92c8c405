import pLimit from 'p-limit';
import { describeError, HttpRequestError, request } from '../http/request.ts';
import type { RetryPolicy } from '../http/retry.ts';

/** How to ping: who we are, how many at once, how to retry. */
export interface PingOptions {
  userAgent: string;
  concurrency?: number;
  retry?: RetryPolicy;
  timeoutMs?: number;
  /** Injected in tests. */
  sleep?: (ms: number) => Promise<void>;
}

/** What a ping run did. */
export interface PingResult {
  ok: string[];
  failed: { url: string; reason: string }[];
}

const DEFAULT_RETRY: RetryPolicy = { retries: 3, baseDelayMs: 1000, maxDelayMs: 30_000, maxRetryAfterMs: 60_000 };

/** Tells a WebSub hub that feeds changed (`hub.mode=publish`, one request per feed), politely: a
 * few at a time, retrying rate limits and server errors with backoff. */
export async function pingHub(hub: string, feeds: string[], opts: PingOptions): Promise<PingResult> {
  const retry = opts.retry ?? DEFAULT_RETRY;
  const limit = pLimit(opts.concurrency ?? 2);
  const result: PingResult = { ok: [], failed: [] };
  await Promise.all(
    feeds.map(async (url) => {
      const body = new URLSearchParams({ 'hub.mode': 'publish', 'hub.url': url }).toString();
      const headers = { 'Content-Type': 'application/x-www-form-urlencoded', 'User-Agent': opts.userAgent };
      try {
        const res = await request(hub, { method: 'POST', headers, body }, { timeoutMs: opts.timeoutMs ?? 30_000, retry, limit, sleep: opts.sleep });
        if (res.status >= 200 && res.status < 300) result.ok.push(url);
        else result.failed.push({ url, reason: `HTTP ${res.status}` });
      } catch (e) {
        result.failed.push({ url, reason: e instanceof HttpRequestError ? e.reason : describeError(e) });
      }
    }),
  );
  return result;
}
