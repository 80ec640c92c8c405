import { describe, expect, it } from 'vitest';
import { formatMisses, keyedPages, missReasons, type IncrementalManifest } from '../../scripts/bench-build/misses.ts';

// Astro's skip test (astro/dist/core/build/incremental.js, canSkip): same config and lockfile hash,
// same route code hash, the page present before with the same cacheKey and content-entry hashes.
const NEWS = 'src/pages/[lang]/news/[slug].astro';
const HOME = 'src/pages/[lang]/index.astro';
const base = (): IncrementalManifest => ({
  configHash: 'c1',
  lockfileHash: 'l1',
  routes: {
    [NEWS]: { dependencyHash: 'd1', paths: { '/en/news/a/': { cacheKey: 'k-a' }, '/en/news/b/': { cacheKey: 'k-b', contentHashes: { 'news/b': 'h1' } } } },
    [HOME]: { dependencyHash: 'd2', paths: { '/en/': { cacheKey: 'k-home' } } },
  },
});

describe('why a page missed the incremental cache', () => {
  it('finds no miss when nothing changed', () => {
    expect(missReasons(base(), base())).toEqual([]);
  });

  it('names a changed key, a new page and a changed content entry, grouped by route', () => {
    const after = base();
    after.routes[NEWS]!.paths['/en/news/a/'] = { cacheKey: 'k-a2' };
    after.routes[NEWS]!.paths['/en/news/b/'] = { cacheKey: 'k-b', contentHashes: { 'news/b': 'h2' } };
    after.routes[NEWS]!.paths['/en/news/c/'] = { cacheKey: 'k-c' };
    after.routes[HOME]!.paths['/en/'] = { cacheKey: 'k-home2' };
    expect(missReasons(base(), after)).toEqual([
      { reason: 'content entry changed', route: NEWS, pages: 1 },
      { reason: 'key changed', route: HOME, pages: 1 },
      { reason: 'key changed', route: NEWS, pages: 1 },
      { reason: 'new page', route: NEWS, pages: 1 },
    ]);
  });

  it('puts every page of a route whose code changed under that reason, whatever its key', () => {
    const after = base();
    after.routes[NEWS]!.dependencyHash = 'd1b';
    expect(missReasons(base(), after)).toEqual([{ reason: 'route code changed', route: NEWS, pages: 2 }]);
  });

  it('counts every page as missed when Astro would discard the manifest (lockfile changed) or there was none', () => {
    const after = { ...base(), lockfileHash: 'l2' };
    expect(missReasons(base(), after).reduce((s, g) => s + g.pages, 0)).toBe(3);
    expect(missReasons(undefined, base()).every((g) => g.reason === 'no usable previous build')).toBe(true);
  });

  it('prints the largest groups and what had no key', () => {
    const after = base();
    after.routes[NEWS]!.paths['/en/news/a/'] = { cacheKey: 'x' };
    expect(keyedPages(after)).toBe(3);
    expect(formatMisses(missReasons(base(), after), 12)).toEqual([
      `key changed: 1 (${NEWS})`,
      'no cache key (always rendered: feeds, calendars, lists without a key): 12',
    ]);
  });
});
