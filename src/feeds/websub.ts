import pLimit from 'p-limit';
import { backoffDelay, isRetryableStatus, retryAfterDelay, type RetryPolicy } from '../ipex/retry.ts';

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
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const limit = pLimit(opts.concurrency ?? 2);
  const result: PingResult = { ok: [], failed: [] };
  await Promise.all(
    feeds.map((url) =>
      limit(async () => {
        let reason = '';
        for (let attempt = 0; ; attempt++) {
          let wait: number | undefined;
          try {
            const res = await fetch(hub, {
              method: 'POST',
              headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'User-Agent': opts.userAgent },
              body: new URLSearchParams({ 'hub.mode': 'publish', 'hub.url': url }),
              signal: AbortSignal.timeout(opts.timeoutMs ?? 30_000),
            });
            await res.arrayBuffer();
            if (res.ok) {
              result.ok.push(url);
              return;
            }
            reason = `HTTP ${res.status}`;
            if (!isRetryableStatus(res.status)) break;
            wait = retryAfterDelay(res.headers.get('retry-after'), Date.now(), retry.maxRetryAfterMs);
          } catch (e) {
            reason = `network: ${(e as Error).message}`;
          }
          if (attempt >= retry.retries) {
            result.failed.push({ url, reason });
            return;
          }
          await sleep(wait ?? backoffDelay(attempt, retry, Math.random));
        }
        result.failed.push({ url, reason });
      }),
    ),
  );
  return result;
}
