import { hub } from '../config/resolve.ts';
import { feedEntry } from '../feeds/entries.ts';
import { publishedDates } from '../feeds/dates.ts';
import type { FeedDoc } from '../feeds/doc.ts';
import { feedScopes, calendarScopes, type FeedScope } from '../feeds/scopes.ts';
import type { Catalog } from '../model/catalog.ts';
import type { Item } from '../model/item.ts';
import { buildNow } from '../model/now.ts';
import { absolute, feedPath, FEED_STYLESHEET, homePath, sectionPath, tagPath } from '../model/urls.ts';
import { getCatalog } from './catalog.ts';

/** The catalog with the feed scopes and each item's published date, computed once per build. */
export interface FeedSite {
  catalog: Catalog;
  scopes: FeedScope[];
  calendars: FeedScope[];
  dates: Map<Item, Date>;
}

let cached: Promise<FeedSite> | undefined;

/** Feed data for the build. */
export function getFeedSite(): Promise<FeedSite> {
  cached ??= getCatalog().then((catalog) => ({
    catalog,
    scopes: feedScopes(catalog),
    calendars: calendarScopes(catalog),
    dates: publishedDates(catalog.all, buildNow()),
  }));
  return cached;
}

/** The HTML page a scope's feed belongs to. */
function scopeHome(scope: string, lang: string): string {
  const [kind, key] = scope.split('/');
  if (kind === 'news' || kind === 'events' || kind === 'topics') return sectionPath(kind, lang);
  if (kind === 'tags' && key) return tagPath(lang, key);
  return homePath(lang);
}

/** A scope's feed in a language without its entries: titles and URLs. */
export function feedInfo(scope: FeedScope, lang: string): Omit<FeedDoc, 'entries'> {
  return {
    lang,
    title: scope.title(lang),
    description: hub.tagline[lang] ?? hub.tagline.en ?? '',
    urls: { rss: absolute(feedPath(lang, scope.key, 'rss')), atom: absolute(feedPath(lang, scope.key, 'atom')), json: absolute(feedPath(lang, scope.key, 'json')) },
    home: absolute(scopeHome(scope.key, lang)),
    stylesheet: FEED_STYLESHEET,
    hub: hub.websubHub,
  };
}

/** `<link rel="alternate">` targets for a page: the site-wide feed and, if it has one, its own scope's. */
export async function feedLinks(lang: string, scopeKey?: string): Promise<{ href: string; type: string; title: string }[]> {
  const site = await getFeedSite();
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

/** A scope's feed in a language, whatever the format. */
export function feedDoc(site: FeedSite, scope: FeedScope, lang: string): FeedDoc {
  // Pick the newest items first, and build entries only for those.
  const dated = scope.items.flatMap((item) => {
    const published = site.dates.get(item);
    return published ? [{ item, published }] : [];
  });
  dated.sort((a, b) => b.published.getTime() - a.published.getTime());
  const entries = dated.slice(0, hub.feedLimit).map(({ item, published }) => feedEntry(item, lang, published, site.catalog.chambers));
  return { ...feedInfo(scope, lang), entries };
}
