import type { z } from 'zod';
import { request, type RequestOptions } from '../../http/request.ts';

/** How the collector's clients make requests (timeouts, retries; injectable sleep for tests). */
export type HttpSettings = Omit<RequestOptions, 'label'>;

/** Default settings: 30 s per attempt, 3 retries from 1 s. */
export const DEFAULT_HTTP: HttpSettings = { timeoutMs: 30_000, retry: { retries: 3, baseDelayMs: 1_000, maxDelayMs: 30_000, maxRetryAfterMs: 120_000 } };

/** A source's request failed: the message names the request by its label, never by a URL with a secret. */
export class SourceError extends Error {
  override name = 'SourceError';
}

/** The platform's API does not give figures to this account (its tier): they come from the platform's export
 * (content/evaluation/imports/); the source is "not configured", not failed. */
export class ExportOnly extends SourceError {
  override name = 'ExportOnly';
}

/** Makes a request through the one HTTP helper and parses a 2xx JSON body; anything else throws SourceError. */
export async function fetchJson(url: string, init: RequestInit, label: string, http: HttpSettings): Promise<unknown> {
  const json = await fetchJsonOr404(url, init, label, http);
  if (json === NOT_FOUND) throw new SourceError(`${label}: HTTP 404`);
  return json;
}

/** Marks a 404 answer, for resources that may be gone (a deleted post). */
export const NOT_FOUND: unique symbol = Symbol('not found');

/** Like fetchJson, but a 404 gives NOT_FOUND instead of an error. */
export async function fetchJsonOr404(url: string, init: RequestInit, label: string, http: HttpSettings): Promise<unknown> {
  const res = await request(
    url,
    { ...init, headers: { Accept: 'application/json', 'User-Agent': 'IPEX-Hub-evaluate/0.1', ...init.headers } },
    { ...http, label },
  );
  if (res.status === 404) return NOT_FOUND;
  if (res.status < 200 || res.status > 299) throw new SourceError(`${label}: HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
  try {
    return JSON.parse(res.text());
  } catch {
    throw new SourceError(`${label}: the response is not JSON`);
  }
}

/** Checks a response against what the API documents; a surprise names the request and the field. */
export function parseResponse<T>(schema: z.ZodType<T>, json: unknown, label: string): T {
  const r = schema.safeParse(json);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  throw new SourceError(`${label}: unexpected response: ${issue?.path.join('.') || '(body)'}: ${issue?.message ?? 'invalid'}`);
}
