import { hub } from '../config/resolve.ts';
import type { Kind } from './vocabulary.ts';
import type { Item } from './item.ts';
import { pageLang } from './pick.ts';

// The one place that decides URLs: pages, sitemaps, feeds and cards all call these.

/** What a link to a page with its own languages needs: its slug and its title per language. */
export interface Titled {
  slug: string;
  title: Record<string, string>;
}

/** Home page of a language. */
export function homePath(lang: string): string {
  return `/${lang}/`;
}

/** Section index of a kind: the newest page at the plain URL, archive pages numbered from the oldest
 * (`page/1/` is the oldest). Events: `past` for the past meetings; the upcoming ones by `month`
 * (`page/2027-03/`, then `page/2027-03/2/` within a month), since their list grows at its far end. */
export function sectionPath(kind: Kind, lang: string, at: { past?: boolean; page?: number | undefined; month?: string | undefined } = {}): string {
  const base = `/${lang}/${kind}/${at.past ? 'past/' : ''}`;
  if (at.month !== undefined) return `${base}page/${at.month}/${at.page !== undefined && at.page > 1 ? `${at.page}/` : ''}`;
  return at.page === undefined ? base : `${base}page/${at.page}/`;
}

/** The landing page of an item that a page in `lang` links to: in `lang` where the item has its title
 * in it, else in the language its title is shown in (model/pick.ts). */
export function itemPath(item: Pick<Item, 'kind' | 'slug' | 'title'>, lang: string): string {
  return `/${pageLang(item.title, lang)}/${item.kind}/${item.slug}/`;
}

/** Index of all tags, and the page of one tag. */
export function tagPath(lang: string, key?: string): string {
  return key ? `/${lang}/tags/${key}/` : `/${lang}/tags/`;
}

/** The file-name stem of a page's cards: the page's path without slashes (`en/news/page/2`, `root`). */
export function cardName(pagePath: string): string {
  return pagePath.replace(/^\/+|\/+$/g, '').replace(/\.html$/, '') || 'root';
}

/** A card image: named by the page it belongs to (`cardName`) and its content hash, so a changed card gets a new URL. */
export function cardPath(name: string, format: 'wide' | 'square', key: string): string {
  return `/og/${name}-${format === 'square' ? 'square-' : ''}${key}.png`;
}

/** Absolute URLs of the same page in every language it exists in (`pathIn` gives none where it does not). */
export function alternates(pathIn: (lang: string) => string | undefined): Record<string, string> {
  return Object.fromEntries(
    hub.languages.flatMap((l) => {
      const path = pathIn(l.code);
      return path === undefined ? [] : [[l.code, absolute(path)]];
    }),
  );
}

/** An absolute URL on the hub for a site path. */
export function absolute(path: string): string {
  return new URL(path, hub.site).href;
}

/** "Read on IPEX": the item's own IPEX page, or the IPEX section it belongs to. */
export function ipexUrl(item: Item): string {
  if (item.source) return item.source;
  const section = { news: 'news', events: 'calendar', topics: 'hot-topics', texts: 'calendar' }[item.kind];
  return `${hub.ipexBaseUrl}/IPEXL-WEB/${section}`;
}

/** An item's permanent id in feeds and calendars (RSS guid, Atom id, JSON Feed id, iCalendar UID):
 * from its kind and IPEX id only, so no edit, slug, host or scheme change can alter it. */
export function itemGuid(item: Pick<Item, 'kind' | 'id'>): string {
  return `urn:ipex-hub:${item.kind}:${item.id}`;
}

/** Feed formats and their file extensions. */
export const FEED_FORMATS = { rss: 'xml', atom: 'atom', json: 'json' } as const;
/** One feed format. */
export type FeedFormat = keyof typeof FEED_FORMATS;

/** A feed of a scope (`all`, `news`, `tags/cosac`, …) in a language and format. */
export function feedPath(lang: string, scope: string, format: FeedFormat): string {
  return `/${lang}/feeds/${scope}.${FEED_FORMATS[format]}`;
}

/** The page listing every feed and calendar. */
export function feedsPagePath(lang: string): string {
  return `/${lang}/feeds/`;
}

/** The trial evaluation's scorecard page. */
export function evaluationPath(lang: string): string {
  return `/${lang}/evaluation/`;
}

/** The scorecard's downloads: weekly figures as CSV, the whole scorecard as JSON. */
export function evaluationDownloadPath(format: 'csv' | 'json'): string {
  return `/evaluation/scorecard.${format}`;
}

/** An iCalendar subscription of a scope (`events`, `bodies/cosac`, `chambers/lvsae`). */
export function calendarPath(lang: string, scope: string): string {
  return `/${lang}/calendar/${scope}.ics`;
}

/** The single-event iCalendar file behind "Add to calendar". */
export function eventIcsPath(item: Pick<Item, 'kind' | 'slug' | 'title'>, lang: string): string {
  return `${itemPath(item, lang)}event.ics`;
}

/** The `webcal://` form of a calendar URL, which opens the visitor's calendar app. */
export function webcal(url: string): string {
  return url.replace(/^https?:/, 'webcal:');
}

/** The XSL stylesheet that renders feeds as a page in browsers. */
export const FEED_STYLESHEET = '/feeds/feed.xsl';

/** The OPML list of every feed. */
export const OPML_PATH = '/feeds.opml';

/** Every chamber of the registry, and one chamber's hub. */
export function chamberPath(lang: string, code?: string): string {
  return code ? `/${lang}/chambers/${code}/` : `/${lang}/chambers/`;
}

/** Every interparliamentary body, and one body's hub. */
export function conferencePath(lang: string, body?: string): string {
  return body ? `/${lang}/conferences/${body}/` : `/${lang}/conferences/`;
}

/** Pages about the hub itself: how to share, search, and the statements EU public-sector sites publish. */
export const ABOUT_PAGES = ['share', 'search', 'accessibility', 'privacy'] as const;
/** One page about the hub. */
export type AboutPage = (typeof ABOUT_PAGES)[number];

/** The path of a page about the hub. */
export function aboutPath(lang: string, page: AboutPage): string {
  return `/${lang}/${page}/`;
}

// Documents and their subsidiarity check (issue 12).

/** The documents page, or the landing page of a document that a page in `lang` links to (in the
 * language its title is shown in, as itemPath). */
export function documentPath(lang: string, doc?: Titled): string {
  return doc ? `/${pageLang(doc.title, lang)}/documents/${doc.slug}/` : `/${lang}/documents/`;
}

/** A document's permanent id in feeds and the deadline calendar. */
export function documentGuid(id: string): string {
  return `urn:ipex-hub:documents:${id}`;
}

/** The permanent id of a scrutiny event: `…:opinion:<chamber>`, `…:threshold:<card>` or `…:closing`. */
export function scrutinyGuid(
  e: { docId: string } & ({ type: 'opinion'; chamber: string } | { type: 'threshold'; card: string } | { type: 'closing' }),
): string {
  const tail = e.type === 'opinion' ? `opinion:${e.chamber}` : e.type === 'threshold' ? `threshold:${e.card}` : 'closing';
  return `${documentGuid(e.docId)}:${tail}`;
}

/** UIDs of a document's deadline and of its reminder a week before, in the deadline calendar. */
export function deadlineUid(id: string, reminder = false): string {
  return `${documentGuid(id)}:${reminder ? 'reminder' : 'deadline'}`;
}

/** A document's page on IPEX. */
export function ipexDocumentUrl(doc: { id: string; source?: string | undefined }): string {
  return doc.source ?? `${hub.ipexBaseUrl}/IPEXL-WEB/dossier/document/${encodeURIComponent(doc.id)}.do`;
}

/** The glossary, or the landing page of a term that a page in `lang` links to (as itemPath). */
export function glossaryPath(lang: string, term?: Titled): string {
  return term ? `/${pageLang(term.title, lang)}/glossary/${term.slug}/` : `/${lang}/glossary/`;
}

/** A glossary term's page on IPEX: its own link, else IPEX's glossary. */
export function ipexGlossaryUrl(term: { source?: string | undefined }): string {
  return term.source ?? `${hub.ipexBaseUrl}/IPEXL-WEB/glossary`;
}
