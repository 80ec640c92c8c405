import pLimit from 'p-limit';
import type { HttpCache } from './cache.ts';
import { IpexFetchError, IpexParseError } from './errors.ts';
import { describeError, HttpRequestError, request, type RetryEvent } from '../http/request.ts';
import type { RetryPolicy } from '../http/retry.ts';

export type { RetryEvent };

/** Version the User-Agent announces. */
export const CLIENT_VERSION = '0.1';

/** What IPEX's own Angular front end sends with every search, as its one public client confirms
 * (IPEX-DATA.md): a server tuned for that front end is then never asked anything it has not seen. */
export const FRONT_END_HEADERS = { Accept: 'application/json, text/plain, */*', 'X-Requested-With': 'XMLHttpRequest' } as const;

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

/** Creates a client; every request made through it shares one concurrency limit. */
export function createClient(options: ClientOptions): IpexClient {
  const limit = pLimit(options.concurrency);

  async function postJson(url: string, payload: unknown, signal?: AbortSignal): Promise<unknown> {
    const body = JSON.stringify(payload);
    const key = `POST ${url} ${body}`;
    const cached = options.cache?.get(key);
    const conditional: Record<string, string> = {};
    if (cached?.etag) conditional['If-None-Match'] = cached.etag;
    if (cached?.lastModified) conditional['If-Modified-Since'] = cached.lastModified;
    const place = `POST ${url} ${body}`;
    const headers = { ...FRONT_END_HEADERS, 'Content-Type': 'application/json', 'User-Agent': options.userAgent, ...conditional };
    let res;
    try {
      res = await request(url, { method: 'POST', headers, body }, { ...options, label: place, limit, signal });
    } catch (e) {
      if (e instanceof HttpRequestError) throw new IpexFetchError(place, e.reason, undefined, e.attempts, e.cause);
      throw e;
    }
    // A conditional POST that matches: 304, or 412 from servers that follow RFC 9110 to the letter.
    if (cached && (res.status === 304 || (res.status === 412 && Object.keys(conditional).length > 0))) {
      return parse(place, cached.body, () => options.cache?.delete(key));
    }
    if (res.status < 200 || res.status >= 300) {
      throw new IpexFetchError(place, `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`, res.status, res.attempts);
    }
    const text = res.text();
    const etag = res.headers.get('etag') ?? undefined;
    const lastModified = res.headers.get('last-modified') ?? undefined;
    const data = parse(place, text);
    if (options.cache && (etag || lastModified)) options.cache.set(key, { etag, lastModified, body: text });
    return data;
  }

  return { postJson };
}

function parse(place: string, text: string, onFail?: () => void): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    onFail?.();
    const preview = text.length > 60 ? `…${text.slice(-60)}` : text;
    throw new IpexParseError(place, `response is not valid JSON (${text.length} characters, ending ${JSON.stringify(preview)}): ${describeError(e)}`);
  }
}
