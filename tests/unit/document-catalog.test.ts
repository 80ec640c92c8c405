import { describe, expect, it } from 'vitest';
import { buildDocumentCatalog, scrutinyEvents } from '../../src/model/document-catalog.ts';
import type { DocumentItem } from '../../src/model/document.ts';
import type { Chamber } from '../../src/model/schemas.ts';
import { scrutinyDates } from '../../src/feeds/documents.ts';
import { scrutinyGuid } from '../../src/model/urls.ts';

// One bicameral parliament and two single chambers: 6 votes, yellow at 2 (1/3), orange at 4 (COD).
const chamber = (code: string, country: string): Chamber => ({ code, country, names: { en: code }, accounts: {} }) as unknown as Chamber;
const CHAMBERS = [chamber('frass', 'FR'), chamber('frsen', 'FR'), chamber('lvsae', 'LV'), chamber('eerii', 'EE')];

const doc = (id: string, over: Partial<DocumentItem> = {}): DocumentItem =>
  ({
    id,
    slug: id.toLowerCase(),
    kind: 'documents',
    firstSeen: '2026-09-01T08:00:00Z',
    title: { en: `Proposal ${id}` },
    tags: [],
    reference: `COM(2026) ${id.slice(-3)}`,
    procedure: '2026/0001(COD)',
    legalBasis: [],
    scrutinies: [],
    opinionsSeen: {},
    thresholdsSeen: {},
    checkSeen: {},
    html: {},
    ...over,
  }) as DocumentItem;

const NOW = new Date('2026-11-25T12:00:00Z');
const all = { since: undefined, withScrutinyOnly: false };

describe('the documents catalog', () => {
  const docs = [
    doc('D100', { subsidiarityDeadline: '2027-01-20' }), // open
    doc('D200', { subsidiarityDeadline: '2026-12-01' }), // closing, 6 days left
    doc('D300', { subsidiarityDeadline: '2026-11-02' }), // closed
    doc('D400', {
      subsidiarityDeadline: '2026-12-05',
      scrutinies: [
        { chamber: 'lvsae', reasonedOpinion: true, reasonedOpinionDate: '2026-11-10', politicalDialogue: false, documents: [] },
        { chamber: 'eerii', reasonedOpinion: true, politicalDialogue: false, documents: [] },
      ],
      opinionsSeen: { lvsae: '2026-11-10T09:00:00Z', eerii: '2026-11-12T09:00:00Z' },
      thresholdsSeen: { yellow: '2026-11-12T09:00:00Z' },
    }),
    doc('D500', { transmissionDate: '2020-01-01', subsidiarityDeadline: '2020-03-01' }),
  ];
  const c = buildDocumentCatalog(docs, CHAMBERS, all, NOW);

  it('applies the selection (too old: no page), except to a document that reached a card (a landmark)', () => {
    const recent = buildDocumentCatalog(
      [...docs, doc('D600', { transmissionDate: '2026-10-01' })],
      CHAMBERS,
      { since: '2024-12-01', withScrutinyOnly: false },
      NOW,
    );
    expect(recent.all.map((v) => v.doc.id).sort()).toEqual(['D400', 'D600']);
    expect(recent.cards.map((v) => v.doc.id)).toEqual(['D400']);
    expect(buildDocumentCatalog(docs, CHAMBERS, { since: undefined, withScrutinyOnly: true }, NOW).all.map((v) => v.doc.id)).toEqual(['D400']);
  });

  it('lists open checks soonest first, closing ones, closed ones, opinions and cards', () => {
    expect(c.open.map((v) => v.doc.id)).toEqual(['D200', 'D400', 'D100']);
    expect(c.closing.map((v) => v.doc.id)).toEqual(['D200', 'D400']);
    expect(c.closed.map((v) => v.doc.id)).toEqual(['D300', 'D500']);
    expect(c.withOpinions.map((v) => v.doc.id)).toEqual(['D400']);
    expect(c.cards.map((v) => v.doc.id)).toEqual(['D400']);
    expect(c.bySlug.get('d400')?.status.tally).toMatchObject({ votes: 4, total: 6, reached: ['yellow', 'orange'] });
  });

  it('gives one event per opinion and threshold with fixed ids, and one closing event per document', () => {
    const ids = c.events.map(scrutinyGuid).sort();
    expect(ids.filter((i) => i.startsWith('urn:ipex-hub:documents:D400'))).toEqual([
      'urn:ipex-hub:documents:D400:closing',
      'urn:ipex-hub:documents:D400:opinion:eerii',
      'urn:ipex-hub:documents:D400:opinion:lvsae',
      'urn:ipex-hub:documents:D400:threshold:yellow',
    ]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('dates a closing event when the sync first saw the window open, once it has', () => {
    const seen = doc('X', { firstSeen: '2026-09-01T00:00:00Z', checkSeen: { closing: '2026-11-17T05:17:00Z' } });
    expect(scrutinyEvents(seen, '2026-12-01').find((e) => e.type === 'closing')?.at).toBe('2026-11-17T05:17:00Z');
  });

  it('dates a closing event when the window opens, or when the hub first saw the document if later', () => {
    expect(scrutinyEvents(doc('X', { firstSeen: '2026-09-01T00:00:00Z' }), '2026-12-01').find((e) => e.type === 'closing')?.at).toBe('2026-11-16T23:00:00Z');
    expect(scrutinyEvents(doc('X', { firstSeen: '2026-11-20T10:00:00Z' }), '2026-12-01').find((e) => e.type === 'closing')?.at).toBe('2026-11-20T10:00:00Z');
    // First seen after it closed: nothing to announce.
    expect(scrutinyEvents(doc('X', { firstSeen: '2026-12-05T10:00:00Z' }), '2026-12-01').some((e) => e.type === 'closing')).toBe(false);
  });

  it('keeps an opinion’s id and date when IPEX edits, re-dates, withdraws or restores it (announced once)', () => {
    const before = scrutinyDates(c);
    const edited = docs.map((d) =>
      d.id !== 'D400'
        ? d
        : {
            ...d,
            updated: '2026-11-20T09:00:00Z',
            scrutinies: d.scrutinies.map((s) => (s.chamber === 'lvsae' ? { ...s, reasonedOpinion: false, reasonedOpinionDate: '2026-11-19' } : s)),
          },
    );
    const after = scrutinyDates(buildDocumentCatalog(edited, CHAMBERS, all, NOW));
    const byId = (m: typeof before) => Object.fromEntries([...m].map(([e, d]) => [e.id, d.toISOString()]));
    const a = byId(before);
    const b = byId(after);
    for (const [id, date] of Object.entries(a)) expect(b[id], id).toBe(date);
    expect(a['urn:ipex-hub:documents:D400:opinion:lvsae']).toBe('2026-11-10T09:00:00.000Z');
  });

  it('never dates an event in the future and never twice the same second', () => {
    const later = buildDocumentCatalog([doc('D100', { subsidiarityDeadline: '2027-01-20' })], CHAMBERS, all, NOW);
    expect([...scrutinyDates(later)]).toEqual([]);
    const dates = [...scrutinyDates(c).values()].map((d) => d.getTime());
    expect(new Set(dates).size).toBe(dates.length);
    expect(Math.max(...dates)).toBeLessThanOrEqual(NOW.getTime());
  });
});
