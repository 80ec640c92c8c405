import type { DocumentSelection } from './document-selection.ts';
import { isSelected } from './document-selection.ts';
import type { DocumentItem } from './document.ts';
import type { Chamber } from './schemas.ts';
import { checkMoments, documentState, type Card, type DocumentState } from './subsidiarity.ts';

// Documents are a parallel model beside the catalog's items, not a fourth Item kind: they have no
// publication date, their feeds carry events about them (opinions, thresholds, deadlines) rather
// than the items themselves, and their cards and pages show a tally the other kinds lack.

/** A document with where its check stands at the build's now. */
export interface DocumentView {
  doc: DocumentItem;
  /** State, check (deadline, days left) and tally at the build's now. */
  status: DocumentState;
}

/** Something that happened to a document that people share: one feed entry each, with an id that never changes. */
export type ScrutinyEvent = {
  /** The document's IPEX id. */
  docId: string;
  /** When the hub first saw it (ISO 8601). */
  at: string;
} & ({ type: 'opinion'; chamber: string } | { type: 'threshold'; card: Card } | { type: 'closing'; deadline: string });

/** The documents that get pages, their lists, and the events of their scrutiny. */
export interface DocumentCatalog {
  /** Every selected document (withdrawn too: each has a page), newest first. */
  all: DocumentView[];
  /** Check not over, soonest deadline first. */
  open: DocumentView[];
  /** 14 days or fewer left, soonest first. */
  closing: DocumentView[];
  /** Check over, latest deadline first. */
  closed: DocumentView[];
  /** At least one reasoned opinion, most recent opinion first. */
  withOpinions: DocumentView[];
  /** Every yellow or orange card on record, of any year (landmarks get pages whatever the selection says), most recent first. */
  cards: DocumentView[];
  events: ScrutinyEvent[];
  bySlug: Map<string, DocumentView>;
  now: Date;
}

/** How many recently closed checks the documents page lists. */
export const RECENTLY_CLOSED = 10;

const by =
  <T>(key: (x: T) => string, desc = false) =>
  (a: T, b: T) => {
    const [x, y] = [key(a), key(b)];
    return (x < y ? -1 : x > y ? 1 : 0) * (desc ? -1 : 1);
  };

/** The events of one document under the check: each chamber's reasoned opinion and each threshold when
 * first seen, and the check's entry into its last 14 days (when the hub knew the document by then, else
 * when it first saw it). A document outside the check has none: its opinions are political dialogue. */
export function scrutinyEvents(doc: DocumentItem, deadline: string | undefined, regime: DocumentState['regime'] = 'check'): ScrutinyEvent[] {
  const out: ScrutinyEvent[] = [];
  if (regime !== 'check') return out;
  for (const [chamber, at] of Object.entries(doc.opinionsSeen)) out.push({ docId: doc.id, type: 'opinion', chamber, at });
  for (const card of ['yellow', 'orange'] as const) {
    const at = doc.thresholdsSeen[card];
    if (at) out.push({ docId: doc.id, type: 'threshold', card, at });
  }
  if (deadline) {
    const m = checkMoments(deadline);
    // A document first seen after its check closed has nothing to announce about the deadline. The
    // sync stores when it saw the window open; data it never synced falls back to the window's start.
    const at = doc.checkSeen.closing ?? (doc.firstSeen > m.closing ? doc.firstSeen : m.closing);
    if (doc.firstSeen < m.closed) out.push({ docId: doc.id, type: 'closing', deadline, at });
  }
  return out;
}

/** Selects, evaluates and lists documents at `now`. */
export function buildDocumentCatalog(docs: DocumentItem[], chambers: Chamber[], selection: DocumentSelection, now: Date): DocumentCatalog {
  const all = docs
    .map((doc) => ({ doc, status: documentState(doc, chambers, now, selection.holidays) }))
    // A document that reached a card's threshold is a landmark: it gets its page whatever the selection says.
    .filter((v) => isSelected(v.doc, selection) || (v.status.tally?.reached.length ?? 0) > 0)
    .sort(by((v) => `${v.doc.firstSeen}\u0000${v.doc.id}`, true));
  const listed = all.filter((v) => !v.doc.withdrawn);
  const deadline = (v: DocumentView) => v.status.check?.deadline ?? '';
  const phase = (v: DocumentView) => v.status.check?.phase;
  const lastOpinion = (v: DocumentView) => Object.values(v.doc.opinionsSeen).sort().at(-1) ?? '';
  const lastCard = (v: DocumentView) => Object.values(v.doc.thresholdsSeen).sort().at(-1) ?? lastOpinion(v);
  return {
    all,
    open: listed.filter((v) => phase(v) === 'open' || phase(v) === 'closing').sort(by(deadline)),
    closing: listed.filter((v) => phase(v) === 'closing').sort(by(deadline)),
    closed: listed
      .filter((v) => phase(v) === 'closed')
      .sort(by(deadline, true))
      .slice(0, RECENTLY_CLOSED),
    withOpinions: listed.filter((v) => v.doc.scrutinies.some((s) => s.reasonedOpinion)).sort(by(lastOpinion, true)),
    cards: listed.filter((v) => (v.status.tally?.reached.length ?? 0) > 0).sort(by(lastCard, true)),
    events: all.filter((v) => !v.doc.withdrawn).flatMap((v) => scrutinyEvents(v.doc, v.status.check?.deadline, v.status.regime)),
    bySlug: new Map(all.map((v) => [v.doc.slug, v])),
    now,
  };
}
