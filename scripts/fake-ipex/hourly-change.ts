// One hour of upstream change on fake IPEX data, for the build benchmark: new items appear at the top
// of each listing and titles are edited (English and French), spread evenly over news, events and
// hot topics in proportion to their counts; items may be withdrawn (no longer listed) and open
// documents get a chamber's reasoned opinion. Deterministic.
import { createHash } from 'node:crypto';
import type { FakeIndex, FakeRecord } from './types.ts';

/** How much changes upstream in the hour. */
export interface HourlyChange {
  /** New items, split over the kinds. */
  added: number;
  /** Items whose titles are edited, split over the kinds. */
  edited: number;
  /** Tells one hour's new items and edits from another's. */
  hour: number;
  /** News items no longer listed upstream (withdrawn), taken from the middle of the list. */
  withdrawn?: number | undefined;
  /** Documents (the first listed, the most recently transmitted) that receive a chamber's reasoned opinion. */
  scrutinies?: number | undefined;
}

const KINDS = ['news', 'event', 'hottopic'] as const;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `titles[]` with every message passed through `edit`; anything else is returned as it is. */
function editTitles(titles: unknown, edit: (message: string, language: string) => string): unknown {
  if (!Array.isArray(titles)) return titles;
  return titles.map((t) => (isRecord(t) && typeof t.message === 'string' ? { ...t, message: edit(t.message, String(t.language)) } : t));
}

/** A record with its titles, in the neutral source and every language overlay, passed through `edit`. */
function retitle(record: FakeRecord, edit: (message: string, language: string) => string): FakeRecord {
  const byLang = Object.fromEntries(
    Object.entries(record.byLang ?? {}).map(([lang, o]) => [lang, 'titles' in o ? { ...o, titles: editTitles(o.titles, edit) } : o]),
  );
  return { ...record, source: { ...record.source, titles: editTitles(record.source.titles, edit) }, byLang };
}

/** `n` split over the kinds in proportion to their counts (largest remainders last to the first kinds). */
function split(n: number, counts: number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  const shares = counts.map((c) => (total === 0 ? 0 : Math.floor((n * c) / total)));
  let left = n - shares.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0 && total > 0; i = (i + 1) % shares.length) {
    if ((counts[i] ?? 0) > 0) {
      shares[i] = (shares[i] ?? 0) + 1;
      left--;
    }
  }
  return shares;
}

/** The data after the hour's change; the input is not modified. */
export function applyHourlyChange(data: Record<FakeIndex, FakeRecord[]>, change: HourlyChange): Record<FakeIndex, FakeRecord[]> {
  const counts = KINDS.map((k) => data[k].length);
  const added = split(change.added, counts);
  const edited = split(change.edited, counts);
  const next = { ...data };
  KINDS.forEach((kind, k) => {
    const records = data[kind];
    const nEdited = Math.min(edited[k] ?? 0, records.length);
    // Every (length / nEdited)-th record gets a new title.
    const every = new Set(Array.from({ length: nEdited }, (_, i) => Math.floor((i * records.length) / nEdited)));
    const kept = records.map((r, i) => (every.has(i) ? retitle(r, (m, lang) => `${m} (${lang === 'FR' ? 'mis à jour' : 'updated'} ${change.hour})`) : r));
    // New records copy the newest ones (dates, places, labels) under a new id and title: for events, the
    // latest meetings by date (the listing is not in date order), so that a new meeting is announced
    // ahead, as IPEX's are, rather than slipped into the past.
    const models = kind === 'event' ? [...records].sort((a, b) => String(b.source.startDate ?? '').localeCompare(String(a.source.startDate ?? ''))) : records;
    const fresh = Array.from({ length: added[k] ?? 0 }, (_, i): FakeRecord | undefined => {
      const model = models[i % Math.max(models.length, 1)];
      if (!model) return undefined;
      const id = createHash('md5').update(`${kind}-hour-${change.hour}-${i}`).digest('hex');
      const link = model.link.replace(/[^/]+$/, id);
      return { ...retitle(model, (m, lang) => `${lang === 'FR' ? 'Nouveau' : 'New'} ${change.hour}.${i + 1}: ${m}`), link };
    }).filter((r) => r !== undefined);
    next[kind] = [...fresh, ...kept];
  });
  const withdrawn = Math.min(change.withdrawn ?? 0, next.news.length);
  if (withdrawn > 0) {
    const from = Math.floor(next.news.length / 2);
    next.news = [...next.news.slice(0, from), ...next.news.slice(from + withdrawn)];
  }
  next.document = data.document.map((r, i) => (i < (change.scrutinies ?? 0) ? withOpinion(r, change.hour) : r));
  return next;
}

/** A document with one more chamber's reasoned opinion (a chamber chosen by the hour), dated the day of its transmission. */
function withOpinion(record: FakeRecord, hour: number): FakeRecord {
  const chambers = ['lvsae', 'frass', 'debta', 'plsej', 'grvou', 'bgnsb', 'itcam', 'escon'];
  const code = chambers[hour % chambers.length] ?? 'lvsae';
  const list = Array.isArray(record.source.scrutinies) ? record.source.scrutinies.filter((s) => !(isRecord(s) && s.parliament === code)) : [];
  const day = typeof record.source.transmissionDate === 'string' ? record.source.transmissionDate : undefined;
  const opinion = {
    parliament: code,
    status: 'completed',
    reasonedOpinion: true,
    ...(day && { reasonedOpinionDate: day }),
    politicalDialogue: false,
    lastUpdateDate: `${day ?? '2026-12-01'} 10:00`,
  };
  return { ...record, source: { ...record.source, scrutinies: [...list, opinion] } };
}
