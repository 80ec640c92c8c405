import { createHash } from 'node:crypto';
import { hub } from '../config/resolve.ts';

/**
 * Cache keys for Astro's incremental build: a route's `getStaticPaths` entry carries
 * `cacheKey: pageKey(what the page shows)`, and Astro reuses the previous output while both the key
 * and the route's module graph are unchanged. The key is a digest of the page's data plus the resolved
 * configuration (environment overrides included), which every page's layout reads beside its props.
 */
const sha = (s: string): string => createHash('sha256').update(s).digest('base64url');

/** The resolved configuration, the part of every page that is not in its props. */
const siteKey = sha(JSON.stringify(hub));

/** Items of the catalog, digested once each: list pages hold thousands of them, by reference. */
const itemDigests = new WeakMap<object, string>();
function isItem(v: unknown): v is { id: string; kind: string; firstSeen: string } {
  return typeof v === 'object' && v !== null && 'id' in v && 'kind' in v && 'firstSeen' in v && 'title' in v;
}
function replacer(this: unknown, key: string, v: unknown): unknown {
  // JSON would drop these silently, and a page's key would miss what it shows.
  if (v instanceof Map || v instanceof Set) return [...v];
  if (typeof v === 'function' || typeof v === 'symbol') throw new TypeError(`pageKey: "${key}" is a ${typeof v}, not data`);
  if (key === '' || !isItem(v)) return v;
  let d = itemDigests.get(v);
  if (!d) {
    d = sha(JSON.stringify(v));
    itemDigests.set(v, d);
  }
  return `item:${d}`;
}

/** The cache key of a page or file that shows exactly `shown` (plain data: no functions, no cycles). */
export function pageKey(...shown: unknown[]): string {
  return sha(siteKey + JSON.stringify(shown, replacer));
}
