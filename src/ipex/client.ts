import pLimit from 'p-limit';
import type { HttpCache } from './cache.ts';
import { IpexFetchError, IpexParseError } from './errors.ts';
import { backoffDelay, isRetryableStatus, retryAfterDelay, type RetryPolicy } from './retry.ts';

/** Version the User-Agent announces. */
export const CLIENT_VERSION = '0.1';

/** A retry the client is about to make, for logs and tests. */
export interface RetryEvent {
  url: string;
  /** 1 for the first retry. */
  retry: number;
  /** What went wrong: `HTTP 503`, `timeout`, `network: …`. */
  reason: string;
  /** How long the client waits first. */
  delayMs: number;
  /** True when the delay came from `Retry-After`. */
  retryAfter: boolean;
}

/** Settings of the IPEX client. */
export interface ClientOptions {
  /** e.g. `IPEX-Hub/0.1 (+https://hub.ipex.eu)`. */
  userAgent: string;
  /** Time allowed for one attempt, response body included. */
  timeoutMs: number;
  retry: RetryPolicy;
  /** Requests in flight at most, across all callers of this client. */
  concurrency: number;
  /** Validators of earlier responses, for conditional requests. */
  cache?: HttpCache | undefined;
  onRetry?: ((event: RetryEvent) => void) | undefined;
  /** Injectable for tests; default: a timer. */
  sleep?: ((ms: number) => Promise<void>) | undefined;
  /** Injectable for tests; default: Math.random. */
  random?: (() => number) | undefined;
}

/** Talks JSON to IPEX politely: limited concurrency, timeouts, retries, conditional requests. */
export interface IpexClient {
  /** POSTs a JSON body and returns the parsed JSON response; throws IpexFetchError or IpexParseError. */
  postJson(url: string, body: unknown, signal?: AbortSignal): Promise<unknown>;
}

/** The User-Agent of the hub: names it and its public URL, so IPEX knows whom to contact. */
export function userAgentFor(brand: string, site: string): string {
  return `${brand.trim().replace(/\s+/g, '-')}/${CLIENT_VERSION} (+${site})`;
}

type Attempt = { kind: 'response'; status: number; statusText: string; headers: Headers; text: string } | { kind: 'error'; reason: string; error: unknown };

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Creates a client; every request made through it shares one concurrency limit. */
export function createClient(options: ClientOptions): IpexClient {
  const limit = pLimit(options.concurrency);
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;

  async function attempt(url: string, body: string, conditional: Record<string, string>, signal: AbortSignal | undefined): Promise<Attempt> {
    const timeout = AbortSignal.timeout(options.timeoutMs);
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'User-Agent': options.userAgent, ...conditional },
        body,
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
      // Read the body under the same timeout: a server may send headers, then stall.
      const text = await res.text();
      return { kind: 'response', status: res.status, statusText: res.statusText, headers: res.headers, text };
    } catch (error) {
      if (signal?.aborted) throw error;
      const reason = timeout.aborted ? `timeout: no complete response within ${options.timeoutMs} ms` : `network: ${describe(error)}`;
      return { kind: 'error', reason, error };
    }
  }

  async function postJson(url: string, payload: unknown, signal?: AbortSignal): Promise<unknown> {
    const body = JSON.stringify(payload);
    const key = `POST ${url} ${body}`;
    const cached = options.cache?.get(key);
    const conditional: Record<string, string> = {};
    if (cached?.etag) conditional['If-None-Match'] = cached.etag;
    if (cached?.lastModified) conditional['If-Modified-Since'] = cached.lastModified;
    const place = `POST ${url} ${body}`;

    for (let n = 0; ; n++) {
      const res = await limit(() => attempt(url, body, conditional, signal));
      const attempts = n + 1;
      let reason: string;
      let retryAfter: number | undefined;
      if (res.kind === 'response') {
        // A conditional POST that matches: 304, or 412 from servers that follow RFC 9110 to the letter.
        if (cached && (res.status === 304 || (res.status === 412 && Object.keys(conditional).length > 0))) {
          return parse(place, cached.body, () => options.cache?.delete(key));
        }
        if (res.status >= 200 && res.status < 300) {
          const etag = res.headers.get('etag') ?? undefined;
          const lastModified = res.headers.get('last-modified') ?? undefined;
          const data = parse(place, res.text);
          if (options.cache && (etag || lastModified)) options.cache.set(key, { etag, lastModified, body: res.text });
          return data;
        }
        reason = `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`;
        if (!isRetryableStatus(res.status) || n >= options.retry.retries) {
          throw new IpexFetchError(place, reason, res.status, attempts);
        }
        retryAfter = retryAfterDelay(res.headers.get('retry-after'), Date.now(), options.retry.maxRetryAfterMs);
      } else {
        reason = res.reason;
        if (n >= options.retry.retries) throw new IpexFetchError(place, reason, undefined, attempts, res.error);
      }
      const delayMs = retryAfter ?? backoffDelay(n, options.retry, random);
      options.onRetry?.({ url: place, retry: n + 1, reason, delayMs, retryAfter: retryAfter !== undefined });
      await sleep(delayMs);
      if (signal?.aborted) throw signal.reason;
    }
  }

  return { postJson };
}

function parse(place: string, text: string, onFail?: () => void): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    onFail?.();
    const preview = text.length > 60 ? `…${text.slice(-60)}` : text;
    throw new IpexParseError(place, `response is not valid JSON (${text.length} characters, ending ${JSON.stringify(preview)}): ${describe(e)}`);
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return `${error.message}${cause}`;
  }
  return String(error);
}
