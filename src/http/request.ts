import { backoffDelay, isRetryableStatus, rateLimitResetDelay, retryAfterDelay, type RetryPolicy } from './retry.ts';

/** A retry about to be made, for logs and tests. */
export interface RetryEvent {
  /** What was asked, e.g. `POST https://ipex.eu/…` (never a secret: see `label`). */
  url: string;
  /** 1 for the first retry. */
  retry: number;
  /** What went wrong: `HTTP 503`, `timeout: …`, `network: …`. */
  reason: string;
  /** How long the client waits first. */
  delayMs: number;
  /** True when the delay came from `Retry-After` or `X-RateLimit-Reset`. */
  retryAfter: boolean;
}

/** How one request is made and retried. */
export interface RequestOptions {
  /** Time allowed for one attempt, response body included. */
  timeoutMs: number;
  retry: RetryPolicy;
  /** Names the request in errors and retry events instead of the URL (for URLs that carry a token). */
  label?: string | undefined;
  /** Runs each attempt, e.g. under a concurrency limit (p-limit). */
  limit?: (<T>(fn: () => Promise<T>) => Promise<T>) | undefined;
  /** Statuses that end the request as they are instead of being retried (default: none). */
  noRetry?: ((status: number) => boolean) | undefined;
  /** False: a timeout or network error ends the request instead of being retried (a create without an
   * idempotency key, where the server may have acted before the connection dropped). Default true. */
  retryErrors?: boolean | undefined;
  onRetry?: ((event: RetryEvent) => void) | undefined;
  signal?: AbortSignal | undefined;
  /** Injectable for tests; default: a timer. */
  sleep?: ((ms: number) => Promise<void>) | undefined;
  /** Injectable for tests; default: Math.random. */
  random?: (() => number) | undefined;
}

/** A complete response: status, headers and the whole body. */
export interface HttpResponse {
  status: number;
  statusText: string;
  headers: Headers;
  body: Uint8Array;
  /** The body as UTF-8 text. */
  text(): string;
  /** How many attempts it took. */
  attempts: number;
}

/** No response came after every retry (timeouts or network errors). */
export class HttpRequestError extends Error {
  override name = 'HttpRequestError';
  /** The request as named in the message (label or method and URL). */
  readonly request: string;
  /** What went wrong on the last attempt: `timeout: …` or `network: …`. */
  readonly reason: string;
  readonly attempts: number;
  constructor(request: string, reason: string, attempts: number, cause: unknown) {
    super(`${request}: ${reason} (${attempts} attempt${attempts > 1 ? 's' : ''})`, { cause });
    this.request = request;
    this.reason = reason;
    this.attempts = attempts;
  }
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const direct = <T>(fn: () => Promise<T>) => fn();

/**
 * The one way the hub talks HTTP to others (IPEX, WebSub hubs, social platforms, analytics): each
 * attempt under a timeout that covers the body too; network errors, 408, 429 and 5xx retried with
 * exponential backoff and jitter, honouring `Retry-After` and `X-RateLimit-Reset`. Resolves with the
 * last response whatever its status (the caller decides what a 4xx means); rejects with
 * HttpRequestError when no response came at all. The body must be re-sendable (string, bytes, form).
 */
export async function request(url: string, init: RequestInit, opts: RequestOptions): Promise<HttpResponse> {
  const sleep = opts.sleep ?? defaultSleep;
  const random = opts.random ?? Math.random;
  const limit = opts.limit ?? direct;
  const name = opts.label ?? `${init.method ?? 'GET'} ${url}`;
  for (let n = 0; ; n++) {
    const attempts = n + 1;
    const res = await limit(() => attempt(url, init, opts.timeoutMs, opts.signal));
    let reason: string;
    let waitMs: number | undefined;
    if (res.kind === 'response') {
      const done = !isRetryableStatus(res.status) || opts.noRetry?.(res.status) || n >= opts.retry.retries;
      if (done) return { ...res, attempts, text: () => new TextDecoder().decode(res.body) };
      reason = `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`;
      const now = Date.now();
      waitMs =
        retryAfterDelay(res.headers.get('retry-after'), now, opts.retry.maxRetryAfterMs) ??
        (res.status === 429
          ? rateLimitResetDelay(res.headers.get('x-ratelimit-reset') ?? res.headers.get('ratelimit-reset'), now, opts.retry.maxRetryAfterMs)
          : undefined);
    } else {
      reason = res.reason;
      if (n >= opts.retry.retries || opts.retryErrors === false) throw new HttpRequestError(name, reason, attempts, res.error);
    }
    const delayMs = waitMs ?? backoffDelay(n, opts.retry, random);
    opts.onRetry?.({ url: name, retry: n + 1, reason, delayMs, retryAfter: waitMs !== undefined });
    await sleep(delayMs);
    if (opts.signal?.aborted) throw opts.signal.reason;
  }
}

type Attempt = { kind: 'response'; status: number; statusText: string; headers: Headers; body: Uint8Array } | { kind: 'error'; reason: string; error: unknown };

async function attempt(url: string, init: RequestInit, timeoutMs: number, signal: AbortSignal | undefined): Promise<Attempt> {
  const timeout = AbortSignal.timeout(timeoutMs);
  try {
    const res = await fetch(url, { ...init, signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
    // Read the body under the same timeout: a server may send headers, then stall.
    const body = new Uint8Array(await res.arrayBuffer());
    return { kind: 'response', status: res.status, statusText: res.statusText, headers: res.headers, body };
  } catch (error) {
    if (signal?.aborted) throw error;
    const reason = timeout.aborted ? `timeout: no complete response within ${timeoutMs} ms` : `network: ${describeError(error)}`;
    return { kind: 'error', reason, error };
  }
}

/** An error's message with its cause's, for one-line reports. */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return `${error.message}${cause}`;
  }
  return String(error);
}
