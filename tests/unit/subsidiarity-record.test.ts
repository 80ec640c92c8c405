import { describe, expect, it } from 'vitest';
import chambers from '../../content/registries/chambers.json' with { type: 'json' };
import { computedDeadline } from '../../src/model/deadline.ts';
import { documentState, tally, type RulesInput } from '../../src/model/subsidiarity.ts';
import { totalVotes, votesOn } from '../../src/model/votes.ts';

// The record as the Treaty and the Commission counted it. Sources: Protocol No 2, Article 7 (two
// votes per national parliament, one per chamber of a bicameral one; thresholds of one third, one
// quarter under Article 76 TFEU, a simple majority for COD); the Acts of Accession (2004-05-01,
// 2007-01-01, 2013-07-01) and the Withdrawal Agreement (the United Kingdom a member until
// 2020-01-31); the Commission's annual reports on subsidiarity and proportionality for 2012
// (COM(2013) 566), 2013 (COM(2014) 506) and 2016 (COM(2017) 600), which give the three yellow cards:
//   COM(2012) 130 "Monti II", Art. 352 TFEU, transmitted 2012-03-27: 19 of 54 votes, threshold 18, deadline 2012-05-22
//   COM(2013) 534 EPPO, Art. 86 TFEU, transmitted 2013-08-21: 18 of 56 votes, threshold 14, deadline 2013-10-28
//   COM(2016) 128 posting of workers, Arts 53(1) and 62 TFEU, COD, transmitted 2016-03-15: 22 of 56 votes, threshold 19, deadline 2016-05-10
const opinions = (...codes: string[]) => codes.map((chamber) => ({ chamber, reasonedOpinion: true }));
const card = (transmissionDate: string, procedure: string, legalBasis: string[], codes: string[]): RulesInput => ({
  transmissionDate,
  procedure,
  legalBasis,
  scrutinies: opinions(...codes),
});

const MONTI = card(
  '2012-03-27',
  '2012/0064(APP)',
  ['Article 352 TFEU'],
  ['bekam', 'dkfol', 'fiedu', 'frsen', 'lvsae', 'luchd', 'mtkam', 'nltk', 'plsej', 'ptass', 'seriks', 'ukcom'],
);
const EPPO = card(
  '2013-08-21',
  '2013/0255(APP)',
  ['Article 86 TFEU'],
  ['cyvou', 'czsen', 'frsen', 'huors', 'iedai', 'iesea', 'mtkam', 'nltk', 'nlek', 'roden', 'sidz', 'seriks', 'ukcom', 'uklor'],
);
const POSTING = card(
  '2016-03-15',
  '2016/0070(COD)',
  ['Article 53(1) TFEU', 'Article 62 TFEU'],
  ['bgnsb', 'hrsab', 'czpsp', 'czsen', 'dkfol', 'eerii', 'huors', 'lvsae', 'ltsei', 'plsej', 'plsen', 'roden', 'rosen', 'sknrs'],
);

describe('membership over time', () => {
  it('gives 50 votes for EU-25, 54 for EU-27, 56 for EU-28 and 54 again after the United Kingdom left', () => {
    expect(totalVotes(votesOn(chambers, '2006-12-31'))).toBe(50);
    expect(totalVotes(votesOn(chambers, '2007-01-01'))).toBe(54);
    expect(totalVotes(votesOn(chambers, '2013-06-30'))).toBe(54);
    expect(totalVotes(votesOn(chambers, '2013-07-01'))).toBe(56);
    expect(totalVotes(votesOn(chambers, '2020-01-31'))).toBe(56);
    expect(totalVotes(votesOn(chambers, '2020-02-01'))).toBe(54);
    expect(totalVotes(votesOn(chambers, undefined))).toBe(54);
  });

  it('counts the Hrvatski sabor on a document transmitted the day Croatia joined, not the day before', () => {
    const doc = (day: string) => card(day, '2013/0200(COD)', ['Article 114 TFEU'], ['hrsab', 'lvsae']);
    expect(tally(doc('2013-07-01'), chambers)).toMatchObject({ votes: 4, total: 56, thresholds: { yellow: 19, orange: 29 }, excluded: [] });
    expect(tally(doc('2013-06-30'), chambers)).toMatchObject({ votes: 2, total: 54, excluded: [{ chamber: 'hrsab', reason: 'not-member' }] });
    expect(computedDeadline('2013-07-01')).toBe('2013-09-26');
  });

  it('leaves the UK chambers out of a document transmitted the day after Brexit, and says so', () => {
    const doc = card('2020-02-01', '2020/0010(COD)', ['Article 114 TFEU'], ['ukcom', 'uklor', 'lvsae']);
    expect(tally(doc, chambers)).toMatchObject({
      votes: 2,
      total: 54,
      thresholds: { yellow: 18, orange: 28 },
      excluded: [
        { chamber: 'ukcom', reason: 'not-member' },
        { chamber: 'uklor', reason: 'not-member' },
      ],
    });
    expect(tally({ ...doc, transmissionDate: '2020-01-31' }, chambers)).toMatchObject({ votes: 4, total: 56 });
  });
});

describe('the three yellow cards on record', () => {
  it('Monti II, COM(2012) 130: 19 of 54 votes, threshold 18, deadline 22 May 2012', () => {
    expect(tally(MONTI, chambers)).toMatchObject({ votes: 19, total: 54, thresholds: { yellow: 18 }, reached: ['yellow'], excluded: [] });
    expect(documentState(MONTI, chambers, new Date('2026-12-07T00:00:00Z'))).toMatchObject({
      state: 'threshold-reached',
      check: { deadline: '2012-05-22', phase: 'closed' },
    });
  });

  it('EPPO, COM(2013) 534: 18 of 56 votes, threshold 14 (Article 76), deadline 28 October 2013, the UK chambers counted', () => {
    const t = tally(EPPO, chambers);
    expect(t).toMatchObject({ votes: 18, total: 56, thresholds: { yellow: 14 }, reached: ['yellow'], excluded: [] });
    expect(t.chambers).toEqual(expect.arrayContaining(['ukcom', 'uklor']));
    expect(documentState(EPPO, chambers, new Date('2026-12-07T00:00:00Z')).check?.deadline).toBe('2013-10-28');
  });

  it('posting of workers, COM(2016) 128: 22 of 56 votes, threshold 19 (orange 29, COD), deadline 10 May 2016', () => {
    expect(tally(POSTING, chambers)).toMatchObject({ votes: 22, total: 56, thresholds: { yellow: 19, orange: 29 }, reached: ['yellow'] });
    expect(documentState(POSTING, chambers, new Date('2026-12-07T00:00:00Z')).check?.deadline).toBe('2016-05-10');
  });
});

describe('documents outside the check', () => {
  it('has no tally, threshold or card before the Treaty of Lisbon, however many opinions', () => {
    const early = { ...MONTI, transmissionDate: '2008-10-10', procedure: '2008/0199(COD)' };
    expect(documentState(early, chambers, new Date('2026-12-07T00:00:00Z'))).toEqual({ state: 'pre-lisbon', regime: 'pre-lisbon' });
  });

  it('has no tally for a communication or a non-legislative act', () => {
    const communication = { transmissionDate: '2026-10-22', legalBasis: [], scrutinies: opinions('nltk', 'lvsae') };
    expect(documentState(communication, chambers, new Date('2026-12-07T00:00:00Z'))).toEqual({ state: 'no-check', regime: 'none' });
    expect(documentState({ ...communication, procedure: '2026/0099(NLE)' }, chambers, new Date('2026-12-07T00:00:00Z')).tally).toBeUndefined();
  });
});
