import type { DocumentView } from '../model/document-catalog.ts';
import type { Item } from '../model/item.ts';
import { isUpcoming } from '../model/time.ts';

/** Days an item keeps its square card after it is first seen (or last updated, or its last scrutiny event). */
export const SQUARE_DAYS = 90;
const WINDOW_MS = SQUARE_DAYS * 86_400_000;

/** True when `at` (ISO 8601) is within the window before `now`. */
const recent = (at: string | undefined, now: Date) => at !== undefined && now.getTime() - Date.parse(at) < WINDOW_MS;

/**
 * Whether an item's page offers a square card. Square cards are for posting by hand, which happens
 * while an item is being shared: an item first seen or updated in the last 90 days, an event still
 * to come, and every adopted text. Older pages carry the wide card only (link previews), which
 * halves the cards of a large archive. Anything in `new.json` was first seen by this build, so it
 * has its square card.
 */
export function wantsSquare(item: Item, now: Date): boolean {
  if (item.kind === 'texts') return true;
  if (item.kind === 'events' && isUpcoming(item, now)) return true;
  return recent(item.updated ?? item.firstSeen, now) || (item.kind === 'news' && recent(item.published, now));
}

/** Whether a document's page offers a square card: its check is open, or it was first seen, or had an opinion or a threshold seen, in the last 90 days. */
export function documentWantsSquare(view: DocumentView, now: Date): boolean {
  const phase = view.status.check?.phase;
  if (phase === 'open' || phase === 'closing') return true;
  const { doc } = view;
  return [doc.firstSeen, ...Object.values(doc.opinionsSeen), ...Object.values(doc.thresholdsSeen)].some((at) => recent(at, now));
}
