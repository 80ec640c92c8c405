import { hub } from '../config/resolve.ts';
import type { Kind } from '../content/schemas.ts';
import type { Item } from './item.ts';

// The one place that decides URLs: pages, sitemaps, feeds and cards all call these.

/** Home page of a language. */
export function homePath(lang: string): string {
  return `/${lang}/`;
}

/** Section index of a kind; page 1 has no page segment. Events: `past` for the archive. */
export function sectionPath(kind: Kind, lang: string, page = 1, past = false): string {
  const base = `/${lang}/${kind}/${past ? 'past/' : ''}`;
  return page > 1 ? `${base}page/${page}/` : base;
}

/** The landing page of an item. */
export function itemPath(item: Pick<Item, 'kind' | 'slug'>, lang: string): string {
  return `/${lang}/${item.kind}/${item.slug}/`;
}

/** Index of all tags, and the page of one tag. */
export function tagPath(lang: string, key?: string): string {
  return key ? `/${lang}/tags/${key}/` : `/${lang}/tags/`;
}

/** A card image: named by the page it belongs to and its content hash, so a changed card gets a new URL. */
export function cardPath(name: string, format: 'wide' | 'square', key: string): string {
  return `/og/${name}-${format === 'square' ? 'square-' : ''}${key}.png`;
}

/** An absolute URL on the hub for a site path. */
export function absolute(path: string): string {
  return new URL(path, hub.site).href;
}

/** "Read on IPEX": the item's own IPEX page, or the IPEX section it belongs to. */
export function ipexUrl(item: Item): string {
  if (item.source) return item.source;
  const section = { news: 'news', events: 'calendar', topics: 'hot-topics' }[item.kind];
  return `${hub.ipexBaseUrl}/IPEXL-WEB/${section}`;
}
