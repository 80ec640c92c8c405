import { describe, expect, it } from 'vitest';
import type { MergedHit } from '../../src/ipex/hits.ts';
import type { MapContext } from '../../src/ipex/map/context.ts';
import { mapDocument } from '../../src/ipex/map/documents.ts';

const BASE = 'https://ipex.eu';
const ctx: MapContext = { base: BASE, primaryLang: 'en', chambers: new Set(['frass', 'debta']), known: { news: new Set(), events: new Set() } };
const hit = (source: Record<string, unknown>): MergedHit => ({ id: 'COM20260538', link: '/IPEXL-WEB/dossier/document/COM20260538', source });

describe('mapping a document (mapDocument)', () => {
  it('maps an empty payload to a draft the schema will reject for its reference and title, without throwing', () => {
    const m = mapDocument(hit({}), ctx);
    expect(m.draft).toEqual({ title: {}, tags: [], reference: '', legalBasis: [], scrutinies: [], source: `${BASE}/IPEXL-WEB/dossier/document/COM20260538` });
    expect(m.warnings).toEqual([]);
    expect(m.date).toBeUndefined();
  });

  it('survives values of the wrong type everywhere', () => {
    const m = mapDocument(
      hit({ reference: 42, procedure: ['x'], titles: 'x', transmissionDate: 20261104, legalBasis: { a: 1 }, scrutinies: [null, 7, [], { parliament: 5 }] }),
      ctx,
    );
    expect(m.draft).toMatchObject({ reference: '', legalBasis: [], scrutinies: [] });
    expect(m.warnings.map((w) => w.field)).toEqual([
      'procedure',
      'transmissionDate',
      'scrutinies[0].parliament',
      'scrutinies[1].parliament',
      'scrutinies[2].parliament',
      'scrutinies[3].parliament',
    ]);
  });

  it('normalises procedure, dates, flags, statuses and chamber codes', () => {
    const m = mapDocument(
      hit({
        reference: ' COM(2026)  538 ',
        procedure: '2026/0275 (cod)',
        transmissionDate: '2026-11-04 00:00',
        adoptionDate: '2026-11-03T10:00:00',
        subsidiarityDeadline: '2026-02-30',
        legalBasis: 'Article 114 TFEU',
        scrutinies: [
          { parliament: ' FRASS ', status: 'Not Started', reasonedOpinion: 'TRUE', politicalDialogue: 1 },
          { parliament: 'debta', status: 'ONGOING', reasonedOpinion: false, reasonedOpinionDate: '2026-11-20 10:00' },
          { parliament: 'frass', status: 'completed' },
        ],
      }),
      ctx,
    );
    expect(m.draft).toMatchObject({
      reference: 'COM(2026) 538',
      procedure: '2026/0275(COD)',
      transmissionDate: '2026-11-04',
      adoptionDate: '2026-11-03',
      legalBasis: ['Article 114 TFEU'],
    });
    expect(m.draft.subsidiarityDeadline).toBeUndefined();
    expect(m.draft.scrutinies).toEqual([
      { chamber: 'debta', status: 'ongoing', reasonedOpinion: false, reasonedOpinionDate: '2026-11-20', politicalDialogue: false, documents: [] },
      { chamber: 'frass', status: 'not-started', reasonedOpinion: true, politicalDialogue: false, documents: [] },
    ]);
    expect(m.warnings).toEqual([
      { id: 'COM20260538', field: 'subsidiarityDeadline', reason: '"2026-02-30" is not a day YYYY-MM-DD: dropped' },
      { id: 'COM20260538', field: 'scrutinies[2].parliament', reason: 'a second scrutiny of frass: dropped, the first is kept' },
    ]);
    expect(m.date).toBe('2026-11-04');
  });

  it('resolves chamber documents against IPEX, keeps other web links and drops other schemes', () => {
    const m = mapDocument(
      hit({
        reference: 'COM(2026) 538',
        scrutinies: [
          {
            parliament: 'frass',
            documents: [
              { url: '/IPEXL-WEB/download/file/abc' },
              { url: '/IPEXL-WEB/download/file/abc' },
              { url: 'data:text/html,x' },
              { url: 'https://www.assemblee-nationale.fr/ro.pdf', titles: [{ language: 'FR', message: 'Avis <b>motivé</b>' }] },
            ],
          },
        ],
      }),
      ctx,
    );
    expect(m.draft.scrutinies?.[0]?.documents).toEqual([
      { url: `${BASE}/IPEXL-WEB/download/file/abc` },
      { url: 'https://www.assemblee-nationale.fr/ro.pdf', title: { fr: 'Avis motivé' } },
    ]);
    expect(m.warnings.map((w) => w.field)).toEqual(['scrutinies[0].documents[2].url']);
  });
});
