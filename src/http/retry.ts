/** How the client retries a failed request. */
export interface RetryPolicy {
  /** Retries after the first attempt. */
  retries: number;
  /** Delay before the first retry; doubles on each retry. */
  baseDelayMs: number;
  /** Longest backoff delay. */
  maxDelayMs: number;
  /** Longest wait a `Retry-After` header may ask for. */
  maxRetryAfterMs: number;
}

/** Statuses worth retrying: timeouts, rate limiting and server errors. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/** Exponential backoff with jitter: between half and all of `base × 2^retry`, capped. */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number): number {
  const full = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.round(full / 2 + (full / 2) * random());
}

/** The wait a `Retry-After` header asks for (seconds or an HTTP date), capped; undefined if absent or unreadable. */
export function retryAfterDelay(header: string | null, nowMs: number, capMs: number): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const value = header.trim();
  const ms = /^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value) - nowMs;
  if (Number.isNaN(ms)) return undefined;
  return Math.min(capMs, Math.max(0, ms));
}

/** The wait a rate-limit reset asks for, capped: Mastodon's `X-RateLimit-Reset` (an ISO 8601 instant) or the
 * AT Protocol's `RateLimit-Reset` (Unix seconds); undefined if absent or unreadable. */
export function rateLimitResetDelay(header: string | null, nowMs: number, capMs: number): number | undefined {
  if (!header) return undefined;
  const value = header.trim();
  const at = /^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.min(capMs, Math.max(0, at - nowMs));
}
