import { feedPath } from '../model/urls.ts';
import { feedSite, type FeedSite } from '../feeds/site.ts';
import { getCatalog } from './catalog.ts';

let cached: Promise<FeedSite> | undefined;

/** Feed data for the build, computed once. */
export function getFeedSite(): Promise<FeedSite> {
  cached ??= getCatalog().then((catalog) => feedSite(catalog, catalog.now));
  return cached;
}

/** A `<link rel="alternate">` to a feed. */
export interface FeedLink {
  href: string;
  type: string;
  title: string;
}

/** `<link rel="alternate">` targets for a page: the site-wide feed and, if it has one, its own scope's. */
export function feedLinksIn(site: FeedSite, lang: string, scopeKey?: string): FeedLink[] {
  const keys = ['all', ...(scopeKey && scopeKey !== 'all' ? [scopeKey] : [])];
  return keys.flatMap((key) => {
    const scope = site.scopes.find((s) => s.key === key);
    if (!scope) return [];
    const title = scope.title(lang);
    return [
      { href: feedPath(lang, key, 'rss'), type: 'application/rss+xml', title: `${title} (RSS)` },
      { href: feedPath(lang, key, 'atom'), type: 'application/atom+xml', title: `${title} (Atom)` },
      { href: feedPath(lang, key, 'json'), type: 'application/feed+json', title: `${title} (JSON Feed)` },
    ];
  });
}

/** The same, for the build's feed site. */
export async function feedLinks(lang: string, scopeKey?: string): Promise<FeedLink[]> {
  return feedLinksIn(await getFeedSite(), lang, scopeKey);
}
