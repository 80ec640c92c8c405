import { describe, expect, it } from 'vitest';
import { celexOf, eurLexUrl, parseReference } from '../../src/model/celex.ts';
import { checkMoments, checkState, documentState } from '../../src/model/subsidiarity.ts';
import { deadlineLine } from '../../src/i18n/documents.ts';

const registry = [
  { code: 'lvsae', country: 'LV' },
  { code: 'frass', country: 'FR' },
  { code: 'frsen', country: 'FR' },
];

describe('check state at a moment', () => {
  it('is open with days left, closing at 14 days or fewer, closed the day after the deadline (Brussels days)', () => {
    expect(checkState('2026-12-31', new Date('2026-12-02T12:00:00Z'))).toEqual({
      deadline: '2026-12-31',
      phase: 'open',
      daysLeft: 29,
      countedOn: '2026-12-02',
    });
    // Brussels' day, not UTC's: 23:30 UTC on 1 December is already 2 December there.
    expect(checkState('2026-12-31', new Date('2026-12-01T23:30:00Z'))).toMatchObject({ countedOn: '2026-12-02' });
    expect(checkState('2026-12-16', new Date('2026-12-01T22:59:59Z'))).toMatchObject({ phase: 'open', daysLeft: 15 });
    expect(checkState('2026-12-16', new Date('2026-12-01T23:00:00Z'))).toMatchObject({ phase: 'closing', daysLeft: 14 });
    expect(checkState('2026-12-16', new Date('2026-12-16T22:59:59Z'))).toMatchObject({ phase: 'closing', daysLeft: 0 });
    expect(checkState('2026-12-16', new Date('2026-12-16T23:00:00Z'))).toMatchObject({ phase: 'closed', daysLeft: 0 });
  });

  it('says on which day the days left were counted, until the check is closed', () => {
    const doc = { legalBasis: [], procedure: '2026/0001(CNS)', subsidiarityDeadline: '2026-12-31', scrutinies: [] };
    expect(deadlineLine(documentState(doc, registry, new Date('2026-12-07T10:00:00Z')), 'en')).toBe(
      'Subsidiarity deadline: 31 December 2026 · 24 days left (as of 7 December)',
    );
    expect(deadlineLine(documentState(doc, registry, new Date('2026-12-07T10:00:00Z')), 'fr')).toBe(
      'Délai de subsidiarité : 31 décembre 2026 · 24 jours restants (au 7 décembre)',
    );
    expect(deadlineLine(documentState(doc, registry, new Date('2027-01-02T10:00:00Z')), 'en')).toBe('Subsidiarity deadline: 31 December 2026 · closed');
  });

  it('counts Brussels days across the summer-time change', () => {
    expect(checkState('2026-04-10', new Date('2026-03-27T23:00:00Z'))).toMatchObject({ phase: 'closing', daysLeft: 13 });
    expect(checkState('2026-04-10', new Date('2026-03-26T22:59:00Z'))).toMatchObject({ phase: 'open', daysLeft: 15 });
  });

  it('gives the moments a deadline opens the closing window and closes', () => {
    expect(checkMoments('2026-12-16')).toEqual({ closing: '2026-12-01T23:00:00Z', closed: '2026-12-16T23:00:00Z' });
    expect(checkMoments('2026-07-10')).toEqual({ closing: '2026-06-25T22:00:00Z', closed: '2026-07-10T22:00:00Z' });
  });

  it('puts a reached threshold before the phase, and says when there is no check', () => {
    const now = new Date('2026-12-02T12:00:00Z');
    const base = { legalBasis: [], procedure: '2026/0001(CNS)', subsidiarityDeadline: '2026-12-10', scrutinies: [] };
    expect(documentState(base, registry, now)).toMatchObject({ state: 'closing', check: { daysLeft: 8 } });
    const small = [
      { code: 'lvsae', country: 'LV' },
      { code: 'aaone', country: 'AA' },
      { code: 'bbone', country: 'BB' },
    ];
    const reached = documentState(
      {
        ...base,
        scrutinies: [
          { chamber: 'lvsae', reasonedOpinion: true },
          { chamber: 'aaone', reasonedOpinion: true },
        ],
      },
      small,
      now,
    );
    expect(reached).toMatchObject({ state: 'threshold-reached', check: { phase: 'closing' }, tally: { votes: 4, total: 6, reached: ['yellow'] } });
    expect(documentState({ legalBasis: [], scrutinies: [] }, registry, now)).toEqual({ state: 'no-check', regime: 'none' });
  });
});

describe('EUR-Lex CELEX from a reference', () => {
  it('reads references as written', () => {
    expect(parseReference('COM(2026) 538')).toEqual({ series: 'COM', year: 2026, number: 538 });
    expect(parseReference('COM(2026)538 final')).toEqual({ series: 'COM', year: 2026, number: 538 });
    expect(parseReference('COM/2026/0538 final')).toEqual({ series: 'COM', year: 2026, number: 538 });
    expect(parseReference('JOIN(2026) 12')).toEqual({ series: 'JOIN', year: 2026, number: 12 });
    expect(parseReference('COM(2026) 538/2')).toBeUndefined();
    expect(parseReference('<script>')).toBeUndefined();
  });

  it('gives PC for proposals, DC for communications and reports, nothing for other series', () => {
    expect(celexOf({ reference: 'COM(2026) 538', procedure: '2026/0275(COD)' })).toBe('52026PC0538');
    expect(celexOf({ reference: 'COM(2026) 12', titleEn: 'Amended proposal for a Council Decision' })).toBe('52026PC0012');
    expect(celexOf({ reference: 'COM(2026) 40', titleEn: 'Report on the application of the principles of subsidiarity' })).toBe('52026DC0040');
    expect(celexOf({ reference: 'COM(2026) 41' })).toBe('52026DC0041');
    expect(celexOf({ reference: 'JOIN(2026) 12', procedure: '2026/0001(NLE)' })).toBeUndefined();
    expect(eurLexUrl('52026PC0538')).toBe('https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52026PC0538');
    expect(eurLexUrl('52026PC0538', 'fr')).toBe('https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:52026PC0538');
  });
});
