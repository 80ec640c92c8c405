import { createHash } from 'node:crypto';
import type { DocumentItem } from '../model/document.ts';
import type { Item } from '../model/item.ts';

/** Years before the build's own that keep a part each; older pages of a section share one part, so
 * the number of parts stays bounded however far back the corpus goes. */
export const RECENT_YEARS = 4;
/** Years (the build's and the one before) whose pages are filed by month: where new items land and
 * edits fall, so a part an hour's change re-indexes is a month's pages, not a year's. */
const MONTHLY_YEARS = 1;
/** Parts of the hot topics per language: their first sight dates nothing (one sync sees a whole
 * corpus), so a hash of the slug spreads them. */
export const TOPIC_PARTS = 8;

/**
 * The part of the search index a dated page goes to (src/search/parts.ts adds its language): its
 * section and the month of the day it is filed under (`news-2026-11`) in the build's year, the one
 * before and later (next year's meetings); its year (`news-2023`) for the RECENT_YEARS before the
 * build's; `news-older` before that. New items land in the current month's part, and an edit
 * leaves an item where it was, so an hour's change re-indexes few, small parts.
 */
export function searchPart(section: string, day: string, now: Date): string {
  const year = Number(day.slice(0, 4));
  const current = now.getUTCFullYear();
  if (year >= current - MONTHLY_YEARS) return `${section}-${day.slice(0, 7)}`;
  return year < current - RECENT_YEARS ? `${section}-older` : `${section}-${year}`;
}

/** The part of a hot topic: one of TOPIC_PARTS by a hash of its slug, which it keeps for good (`topics-3`). */
export function topicPart(slug: string): string {
  return `topics-${parseInt(createHash('sha1').update(slug).digest('hex').slice(0, 2), 16) % TOPIC_PARTS}`;
}

/** The part of an item's landing page: a hot topic's bucket, else its section and its day's month or year. */
export function itemSearchPart(item: Item, now: Date): string {
  return item.kind === 'topics' ? topicPart(item.slug) : searchPart(item.kind, itemSearchDay(item), now);
}

/** The day an item is filed under in the search index: a news item's publication, an event's start,
 * an adopted text's adoption (never `updated`, which moves with every edit). */
export function itemSearchDay(item: Exclude<Item, { kind: 'topics' }>): string {
  if (item.kind === 'news') return item.published;
  if (item.kind === 'events') return item.start;
  return item.adopted;
}

/** The day a document is filed under in the search index: its transmission, else its adoption, else
 * when the hub first saw it. */
export function documentSearchDay(doc: DocumentItem): string {
  return doc.transmissionDate ?? doc.adoptionDate ?? doc.firstSeen;
}
