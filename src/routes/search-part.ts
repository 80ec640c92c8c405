import type { DocumentItem } from '../model/document.ts';
import type { Item } from '../model/item.ts';

/** Years before the build's own that keep a part each; older pages of a section share one part, so
 * the number of parts stays bounded however far back the corpus goes. */
export const RECENT_YEARS = 4;

/**
 * The part of the search index a landing page goes to (src/search/parts.ts adds its language): its
 * section and the year of the day it is filed under (`news-2026`), or `news-older` before the
 * recent years. New items land in the current year's part, and an edit leaves an item where it
 * was, so an hour's change re-indexes few parts.
 */
export function searchPart(section: string, day: string, now: Date): string {
  const year = Number(day.slice(0, 4));
  return year < now.getUTCFullYear() - RECENT_YEARS ? `${section}-older` : `${section}-${year}`;
}

/** The day an item is filed under in the search index: a news item's publication, an event's start,
 * an adopted text's adoption, a hot topic's first sight (its `updated` moves with every edit). */
export function itemSearchDay(item: Item): string {
  if (item.kind === 'news') return item.published;
  if (item.kind === 'events') return item.start;
  if (item.kind === 'texts') return item.adopted;
  return item.firstSeen;
}

/** The day a document is filed under in the search index: its transmission, else its adoption, else
 * when the hub first saw it. */
export function documentSearchDay(doc: DocumentItem): string {
  return doc.transmissionDate ?? doc.adoptionDate ?? doc.firstSeen;
}
