import { createHash } from 'node:crypto';
import { hub } from '../config/resolve.ts';
import { remember } from '../model/memo.ts';
import { isShared } from '../model/shared.ts';
import { LEFT_OUT } from './served.ts';

/**
 * Cache keys for Astro's incremental build: a route's `getStaticPaths` entry carries
 * `cacheKey: pageKey(what the page shows)`, and Astro reuses the previous output while both the key
 * and the route's module graph are unchanged. The key is a digest of the page's data plus the resolved
 * configuration (environment overrides included), which every page's layout reads beside its props.
 */
const sha = (s: string): string => createHash('sha256').update(s).digest('base64url');

/** The resolved configuration and the sections left out (the navigation), the part of every page that is not in its props. */
const siteKey = sha(JSON.stringify([hub, [...LEFT_OUT]]));

/** Catalog items, maps (the chambers) and values marked shared (model/shared.ts), digested once each:
 * pages hold them by reference, thousands of times over. They are never changed during a build. */
const digests = new WeakMap<object, string>();
function isItem(v: unknown): v is { id: string; kind: string; firstSeen: string } {
  return typeof v === 'object' && v !== null && 'id' in v && 'kind' in v && 'firstSeen' in v && 'title' in v;
}
const once = (v: object, make: () => string): string => remember(digests, v, make);
function replacer(this: unknown, key: string, v: unknown): unknown {
  // JSON would drop these silently, and a page's key would miss what it shows.
  if (typeof v === 'function' || typeof v === 'symbol') throw new TypeError(`pageKey: "${key}" is a ${typeof v}, not data`);
  if (v instanceof Map) return `map:${once(v, () => sha(JSON.stringify([...v], replacer)))}`;
  if (v instanceof Set) return [...v];
  if (key === '') return v;
  if (isShared(v)) return `shared:${once(v, () => sha(JSON.stringify(v, replacer)))}`;
  if (!isItem(v)) return v;
  return `item:${once(v, () => sha(JSON.stringify(v)))}`;
}

/** The cache key of a page or file that shows exactly `shown` (plain data: no functions, no cycles). */
export function pageKey(...shown: unknown[]): string {
  return sha(siteKey + JSON.stringify(shown, replacer));
}

/** A `getStaticPaths` entry whose page is made from `input` alone: the input goes to the page as its
 * props, and its digest is the cache key. One rule for every keyed route: a page cannot read what its
 * key does not cover, since it has nothing else to read (Astro's own hash covers the route's code). */
export function keyed<P extends Record<string, string | undefined>, I>(params: P, input: I): { params: P; props: { input: I }; cacheKey: string } {
  return { params, props: { input }, cacheKey: pageKey(input) };
}
