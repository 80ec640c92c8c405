import ical from 'ical-generator';
import { hub } from '../config/resolve.ts';
import { documentCard } from '../cards/images.ts';
import { deadlineLine, tallyLine } from '../i18n/documents.ts';
import { fill, ui } from '../i18n/ui.ts';
import type { DocumentCatalog, DocumentView, ScrutinyEvent } from '../model/document-catalog.ts';
import { pick, pickText } from '../model/pick.ts';
import type { Chamber } from '../model/schemas.ts';
import { utcDay } from '../model/time.ts';
import { absolute, calendarPath, deadlineUid, documentGuid, documentPath, feedPath, FEED_STYLESHEET, ipexDocumentUrl, scrutinyGuid } from '../model/urls.ts';
import { scrutinyHeadline } from '../social/document-posts.ts';
import { publishedDates } from './dates.ts';
import type { FeedDoc } from './doc.ts';
import type { FeedEntry } from './entries.ts';
import { xml as escape } from './xml.ts';

/** The two feeds of documents: the documents themselves, and the events of their scrutiny. */
export type DocumentFeed = 'documents' | 'scrutiny';

/** Days before a deadline that its reminder event falls on. */
export const REMINDER_DAYS = 7;

/** The HTML of an entry about a document: news line, deadline, tally, links to the page, IPEX. */
function entryHtml(v: DocumentView, lang: string, head?: string): string {
  const t = ui(lang);
  const summary = pick(v.doc.summary, lang)?.text;
  return [
    head ? `<p><strong>${escape(head)}</strong></p>` : '',
    `<p>${escape(v.doc.reference)}: ${escape(pickText(v.doc.title, lang))}</p>`,
    summary ? `<p>${escape(summary)}</p>` : '',
    `<p>${[deadlineLine(v.status, lang), tallyLine(v.status.tally, lang)]
      .filter(Boolean)
      .map((s) => escape(s))
      .join('<br>')}</p>`,
    `<p><a href="${escape(absolute(documentPath(lang, v.doc)))}">${escape(v.doc.reference)}</a> · <a href="${escape(ipexDocumentUrl(v.doc))}">${escape(t.readOnIpex)}</a></p>`,
  ]
    .filter(Boolean)
    .join('\n');
}

/** A feed entry about a document, with an id, title and dates of its own. */
function entry(v: DocumentView, lang: string, id: string, title: string, published: Date, updated: Date, head?: string): FeedEntry {
  const card = documentCard(v, lang, 'wide');
  return {
    id,
    url: absolute(documentPath(lang, v.doc)),
    title,
    summary: [deadlineLine(v.status, lang), tallyLine(v.status.tally, lang)].filter(Boolean).join(' · '),
    html: entryHtml(v, lang, head),
    published,
    updated: updated > published ? updated : published,
    categories: v.doc.tags.map((tag) => pickText(tag.label, lang)),
    image: { url: card.url, type: card.type, width: card.width, height: card.height },
  };
}

/** A scrutiny event with the fields dating reads: its id and the moment the hub first saw it. */
export type DatedEvent = ScrutinyEvent & { id: string; kind: 'scrutiny'; firstSeen: string };

/** Every scrutiny event with its permanent id and unique, never-future published date. */
export function scrutinyDates(d: DocumentCatalog): Map<DatedEvent, Date> {
  const events = d.events.map((e): DatedEvent => ({ ...e, id: scrutinyGuid(e), kind: 'scrutiny', firstSeen: e.at }));
  return publishedDates(events, d.now);
}

/** A documents feed in a language, whatever the format. */
export function documentFeedDoc(d: DocumentCatalog, feed: DocumentFeed, lang: string, chambers: Map<string, Chamber>): FeedDoc {
  const t = ui(lang);
  const views = new Map(d.all.map((v) => [v.doc.id, v]));
  let dated: { published: Date; make: () => FeedEntry }[];
  if (feed === 'documents') {
    const docs = d.all.filter((v) => !v.doc.withdrawn).map((v) => ({ v, kind: 'documents', id: v.doc.id, firstSeen: v.doc.firstSeen }));
    dated = [...publishedDates(docs, d.now)].map(([x, published]) => ({
      published,
      make: () =>
        entry(
          x.v,
          lang,
          documentGuid(x.id),
          `${x.v.doc.reference}: ${pickText(x.v.doc.title, lang)}`,
          published,
          new Date(x.v.doc.updated ?? x.v.doc.firstSeen),
        ),
    }));
  } else {
    dated = [...scrutinyDates(d)].flatMap(([e, published]) => {
      const v = views.get(e.docId);
      if (!v) return [];
      const head = scrutinyHeadline(e, v, lang, chambers);
      // The news never changes after the fact: updated is the published date.
      return [{ published, make: () => entry(v, lang, e.id, head, published, published, head) }];
    });
  }
  dated.sort((a, b) => b.published.getTime() - a.published.getTime());
  const urls = { rss: absolute(feedPath(lang, feed, 'rss')), atom: absolute(feedPath(lang, feed, 'atom')), json: absolute(feedPath(lang, feed, 'json')) };
  return {
    lang,
    title: `${hub.brand} — ${feed === 'documents' ? t.documentsFeed : t.scrutinyFeed}`,
    description: t.documentsIntro,
    urls,
    home: absolute(documentPath(lang)),
    stylesheet: FEED_STYLESHEET,
    hub: hub.websubHub,
    entries: dated.slice(0, hub.feedLimit).map((x) => x.make()),
  };
}

/** The calendar of subsidiarity deadlines: an all-day event on each deadline and, as its own event
 * (subscribed calendars drop alarms), a reminder a week before. UIDs per document, never changing. */
export function deadlinesCalendar(d: DocumentCatalog, lang: string): string {
  const t = ui(lang);
  const cal = ical({
    name: `${hub.brand} — ${t.deadlinesCalendar}`,
    url: absolute(calendarPath(lang, 'deadlines')),
    prodId: { company: hub.brand, product: 'ipex-hub', language: lang.toUpperCase() },
    ttl: hub.calendarRefreshMinutes * 60,
  });
  for (const v of d.all) {
    const deadline = v.status.check?.deadline;
    if (!deadline || v.doc.withdrawn) continue;
    const changed = new Date(v.doc.updated ?? v.doc.firstSeen);
    const url = absolute(documentPath(lang, v.doc));
    const title = pickText(v.doc.title, lang);
    const common = { stamp: changed, lastModified: changed, allDay: true, url, description: `${v.doc.reference}: ${title}\n\n${url}` };
    cal.createEvent({
      ...common,
      id: deadlineUid(v.doc.id),
      start: utcDay(deadline),
      end: utcDay(deadline, 1),
      summary: fill(t.deadlineEvent, { ref: v.doc.reference }),
    });
    cal.createEvent({
      ...common,
      id: deadlineUid(v.doc.id, true),
      start: utcDay(deadline, -REMINDER_DAYS),
      end: utcDay(deadline, -REMINDER_DAYS + 1),
      summary: fill(t.reminderEvent, { ref: v.doc.reference }),
    });
  }
  return cal.toString();
}

/** The documents' feeds and calendar that have something in them, as scopes the feeds page and OPML list. */
export function documentScopes(d: DocumentCatalog): {
  feeds: { key: DocumentFeed; title: (lang: string) => string }[];
  calendars: { key: string; title: (lang: string) => string }[];
} {
  const listed = d.all.filter((v) => !v.doc.withdrawn);
  const feeds: { key: DocumentFeed; title: (lang: string) => string }[] = [];
  if (listed.length > 0) feeds.push({ key: 'documents', title: (l) => `${hub.brand} — ${ui(l).documentsFeed}` });
  if (scrutinyDates(d).size > 0) feeds.push({ key: 'scrutiny', title: (l) => `${hub.brand} — ${ui(l).scrutinyFeed}` });
  const calendars = listed.some((v) => v.status.check) ? [{ key: 'deadlines', title: (l: string) => `${hub.brand} — ${ui(l).deadlinesCalendar}` }] : [];
  return { feeds, calendars };
}
