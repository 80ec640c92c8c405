import { readFile } from 'node:fs/promises';
import { z } from 'zod';

/** What the client keeps of a response that carried validators. */
export interface CachedResponse {
  etag?: string | undefined;
  lastModified?: string | undefined;
  /** The response body, reused on 304. */
  body: string;
  /** When the entry was last used (ISO 8601). */
  used: string;
}

const entrySchema = z.object({ etag: z.string().optional(), lastModified: z.string().optional(), body: z.string(), used: z.string() });
const fileSchema = z.object({ version: z.literal(1), entries: z.record(z.string(), entrySchema) });

/** ETag/Last-Modified validators and bodies of earlier responses, keyed by request. */
export class HttpCache {
  readonly #entries: Map<string, CachedResponse>;
  readonly #now: string;
  constructor(entries: Record<string, CachedResponse> = {}, now = new Date().toISOString()) {
    this.#entries = new Map(Object.entries(entries));
    this.#now = now;
  }

  /** The entry of a request; marks it used. */
  get(key: string): CachedResponse | undefined {
    const entry = this.#entries.get(key);
    if (entry) entry.used = this.#now;
    return entry;
  }

  /** Stores a response's validators and body. */
  set(key: string, value: Omit<CachedResponse, 'used'>): void {
    this.#entries.set(key, { ...value, used: this.#now });
  }

  /** Forgets a request (its cached body turned out unusable). */
  delete(key: string): void {
    this.#entries.delete(key);
  }

  /** The cache file's text, without entries unused for `maxAgeDays`. */
  serialize(maxAgeDays = 7): string {
    const oldest = new Date(Date.parse(this.#now) - maxAgeDays * 86_400_000).toISOString();
    const entries = Object.fromEntries([...this.#entries].filter(([, e]) => e.used >= oldest).sort(([a], [b]) => (a < b ? -1 : 1)));
    return `${JSON.stringify({ version: 1, entries })}\n`;
  }
}

/** Reads the cache file; a missing or unreadable one is an empty cache (it only saves requests). */
export async function readHttpCache(file: string, now?: string): Promise<HttpCache> {
  try {
    const parsed = fileSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    if (parsed.success) return new HttpCache(parsed.data.entries, now);
  } catch {
    // Missing or broken: start afresh.
  }
  return new HttpCache({}, now);
}
