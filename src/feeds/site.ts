import { hub, tagline } from '../config/resolve.ts';
import type { Catalog } from '../model/catalog.ts';
import type { EventItem, Item } from '../model/item.ts';
import { atomFeed } from './atom.ts';
import { calendar } from './ics.ts';
import { jsonFeed } from './jsonfeed.ts';
import { rssFeed } from './rss.ts';
import { absolute, calendarPath, feedPath, FEED_STYLESHEET, homePath, sectionPath, tagPath, type FeedFormat } from '../model/urls.ts';
import { publishedDates } from './dates.ts';
import type { FeedDoc } from './doc.ts';
import { feedEntry, type FeedEntry } from './entries.ts';
import { remember } from '../model/memo.ts';
import { shared } from '../model/shared.ts';
import { calendarScopes, feedScopes, type FeedScope } from './scopes.ts';

/** The catalog with the feed scopes and each item's published date, computed once per build. */
export interface FeedSite {
  catalog: Catalog;
  scopes: FeedScope[];
  calendars: FeedScope[];
  dates: Map<Item, Date>;
}

/** Scopes and published dates of a catalog at `now`. */
export function feedSite(catalog: Catalog, now: Date): FeedSite {
  return { catalog, scopes: feedScopes(catalog), calendars: calendarScopes(catalog), dates: publishedDates(catalog.all, now) };
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
    description: tagline(lang),
    urls: {
      rss: absolute(feedPath(lang, scope.key, 'rss')),
      atom: absolute(feedPath(lang, scope.key, 'atom')),
      json: absolute(feedPath(lang, scope.key, 'json')),
    },
    home: absolute(scopeHome(scope.key, lang)),
    stylesheet: FEED_STYLESHEET,
    hub: hub.websubHub,
  };
}

/** Entries by site, language and item: an item is in the feed of every scope it belongs to (its kind,
 * each of its tags, all), with the same entry; made once, and digested once by the feeds' keys. */
const entriesOf = new WeakMap<FeedSite, Map<string, WeakMap<Item, FeedEntry>>>();

/** A scope's feed in a language, whatever the format. */
export function feedDoc(site: FeedSite, scope: FeedScope, lang: string): FeedDoc {
  // Pick the newest items first, and build entries only for those.
  const dated = scope.items.flatMap((item) => {
    const published = site.dates.get(item);
    return published ? [{ item, published }] : [];
  });
  dated.sort((a, b) => b.published.getTime() - a.published.getTime());
  const made = remember(
    remember(entriesOf, site, () => new Map<string, WeakMap<Item, FeedEntry>>()),
    lang,
    () => new WeakMap<Item, FeedEntry>(),
  );
  const entries = dated
    .slice(0, hub.feedLimit)
    .map(({ item, published }) => remember(made, item, () => shared(feedEntry(item, lang, published, site.catalog.chambers))));
  return { ...feedInfo(scope, lang), entries };
}

/** A feed document in one format. */
export function renderFeed(doc: FeedDoc, format: FeedFormat): Promise<string> | string {
  return format === 'rss' ? rssFeed(doc) : format === 'atom' ? atomFeed(doc) : jsonFeed(doc);
}

/** A calendar scope as iCalendar in a language. */
export function renderCalendar(scope: CalendarInput): string {
  const events = scope.items.filter((i): i is EventItem => i.kind === 'events');
  return calendar(events, { lang: scope.lang, name: scope.title, url: absolute(calendarPath(scope.lang, scope.key)) });
}

/** What a calendar subscription is made from in a language. */
export interface CalendarInput {
  key: string;
  lang: string;
  title: string;
  items: FeedScope['items'];
}

/** The input of a scope's calendar in a language. */
export function calendarInput(scope: FeedScope, lang: string): CalendarInput {
  return { key: scope.key, lang, title: scope.title(lang), items: scope.items };
}
