import type { DocumentView } from '../model/document-catalog.ts';
import type { Item } from '../model/item.ts';
import { eventSpan, isUpcoming } from '../model/time.ts';

/** Days an item keeps its square card after its own date (publication, meeting, last update). */
export const SQUARE_DAYS = 90;
const WINDOW_MS = SQUARE_DAYS * 86_400_000;

/** True when `at` (an ISO 8601 instant or day) is within the window before `now`. */
const recent = (at: string | undefined, now: Date) => at !== undefined && now.getTime() - Date.parse(at) < WINDOW_MS;

/**
 * Whether an item's page offers a square card. Square cards are for posting by hand, which happens
 * while an item is being shared: news published or an item updated in the last 90 days, a meeting
 * still to come or held in the last 90 days, and every adopted text. Older pages carry the wide card
 * only (link previews). The item's own dates count, not when the hub first saw it: a first
 * deployment sees the whole archive at once, and drawing a square card for each would double its
 * cold build. A hot topic has no date of its own, so its first sighting stands in.
 */
export function wantsSquare(item: Item, now: Date): boolean {
  if (item.kind === 'texts') return true;
  if (recent(item.updated, now)) return true;
  if (item.kind === 'news') return recent(item.published, now);
  if (item.kind === 'events') return isUpcoming(item, now) || recent(eventSpan(item).end.toISOString(), now);
  return recent(item.firstSeen, now);
}

/**
 * Whether a document's page offers a square card: its check is open, or one of its own dates (adoption,
 * transmission, the check's deadline, a reasoned opinion) or its last update falls in the last 90 days.
 * When the hub first saw it or its opinions does not count, for the same reason as items'.
 */
export function documentWantsSquare(view: DocumentView, now: Date): boolean {
  const { check } = view.status;
  if (check?.phase === 'open' || check?.phase === 'closing') return true;
  const { doc } = view;
  const opinions = doc.scrutinies.map((s) => s.reasonedOpinionDate);
  return [doc.updated, doc.adoptionDate, doc.transmissionDate, check?.deadline, ...opinions].some((at) => recent(at, now));
}
