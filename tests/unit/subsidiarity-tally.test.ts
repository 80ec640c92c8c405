import { describe, expect, it } from 'vitest';
import chambers from '../../content/registries/chambers.json' with { type: 'json' };
import { isArticle76, tfeuArticles } from '../../src/model/legal-basis.ts';
import { countedOpinions, tally, thresholds, type OpinionInput, type RulesInput } from '../../src/model/subsidiarity.ts';
import { totalVotes, votesByChamber, votesOn, VotesError } from '../../src/model/votes.ts';

// The sample registry's members on the documents' day (EU-27, after the United Kingdom left).
const votes = votesOn(chambers, '2026-03-04');
const unicameral = ['bgnsb', 'hrsab', 'cyvou', 'dkfol', 'eerii', 'fiedu', 'grvou', 'huors', 'lvsae', 'ltsei', 'luchd', 'mtkam', 'ptass', 'sknrs', 'seriks'];
const opinions = (...codes: string[]): OpinionInput[] => codes.map((chamber) => ({ chamber, reasonedOpinion: true }));
const doc = (scrutinies: OpinionInput[], more: Partial<RulesInput> = {}): RulesInput => ({
  legalBasis: ['Article 114 TFEU'],
  procedure: '2026/0275(COD)',
  transmissionDate: '2026-03-04',
  scrutinies,
  ...more,
});

describe('votes from the registry', () => {
  it('gives 2 to a unicameral parliament, 1 to each chamber of a bicameral one, 0 to the European Parliament', () => {
    expect(votes.get('lvsae')).toBe(2);
    expect(votes.get('frass')).toBe(1);
    expect(votes.get('frsen')).toBe(1);
    expect(votes.get('ep')).toBe(0);
    expect(totalVotes(votes)).toBe(54);
    expect(unicameral.every((c) => votes.get(c) === 2)).toBe(true);
  });

  it('refuses a country with three chambers', () => {
    const three = [
      { code: 'aaone', country: 'AA' },
      { code: 'aatwo', country: 'AA' },
      { code: 'aathree', country: 'AA' },
    ];
    expect(() => votesByChamber(three)).toThrow(VotesError);
    expect(() => votesByChamber(three)).toThrow(/AA has 3 chambers/);
  });
});

describe('thresholds', () => {
  it('are 18 (one third), 14 (one quarter, Article 76) and 28 (simple majority, COD) of 54', () => {
    expect(thresholds(54, { article76: false, cod: false })).toEqual({ yellow: 18 });
    expect(thresholds(54, { article76: true, cod: false })).toEqual({ yellow: 14 });
    expect(thresholds(54, { article76: false, cod: true })).toEqual({ yellow: 18, orange: 28 });
    expect(thresholds(56, { article76: true, cod: true })).toEqual({ yellow: 14, orange: 29 });
  });
});

describe('tally', () => {
  it('adds unicameral (2) and bicameral (1) chambers; the European Parliament adds nothing', () => {
    const t = tally(doc(opinions('lvsae', 'frass', 'ep')), chambers);
    expect(t).toMatchObject({ votes: 3, total: 54, chambers: ['ep', 'frass', 'lvsae'], reached: [] });
  });

  it('reaches the yellow card exactly at 18 votes, not at 17', () => {
    const nine = unicameral.slice(0, 9);
    expect(tally(doc(opinions(...nine), { procedure: '2026/0001(CNS)' }), chambers)).toMatchObject({
      votes: 18,
      reached: ['yellow'],
      thresholds: { yellow: 18 },
    });
    const seventeen = [...unicameral.slice(0, 8), 'frass'];
    expect(tally(doc(opinions(...seventeen)), chambers)).toMatchObject({ votes: 17, reached: [] });
  });

  it('reaches it at 14 under Article 76 (Articles 82–89 TFEU), 13 not', () => {
    const basis = { legalBasis: ['Article 87(2) TFEU'] };
    expect(tally(doc(opinions(...unicameral.slice(0, 7)), basis), chambers)).toMatchObject({ votes: 14, reached: ['yellow'] });
    expect(tally(doc(opinions(...unicameral.slice(0, 6), 'frass'), basis), chambers)).toMatchObject({ votes: 13, reached: [] });
    expect(tally(doc(opinions(...unicameral.slice(0, 7))), chambers).reached).toEqual([]);
  });

  it('reaches the orange card at 28 for COD only', () => {
    const twentyEight = opinions(...unicameral.slice(0, 14));
    expect(tally(doc(twentyEight), chambers)).toMatchObject({ votes: 28, reached: ['yellow', 'orange'], thresholds: { orange: 28 } });
    expect(tally(doc(opinions(...unicameral.slice(0, 13), 'frass')), chambers)).toMatchObject({ votes: 27, reached: ['yellow'] });
    const cns = tally(doc(twentyEight, { procedure: '2026/0001(CNS)' }), chambers);
    expect(cns.reached).toEqual(['yellow']);
    expect(cns.thresholds.orange).toBeUndefined();
  });

  it('counts a chamber once, and no opinion sent after the deadline', () => {
    const late = { chamber: 'lvsae', reasonedOpinion: true, reasonedOpinionDate: '2026-04-30' };
    const onTime = { chamber: 'frass', reasonedOpinion: true, reasonedOpinionDate: '2026-04-29' };
    expect(countedOpinions([late, onTime, onTime, { chamber: 'debta', reasonedOpinion: false }], '2026-04-29')).toEqual(['frass']);
    expect(countedOpinions([late], undefined)).toEqual(['lvsae']);
    expect(tally(doc([late, onTime]), chambers).votes).toBe(1);
  });

  it('leaves out, and names, a chamber the registry does not know; reaches nothing without a registry', () => {
    expect(tally(doc(opinions('xxsen', 'lvsae')), chambers)).toMatchObject({
      votes: 2,
      chambers: ['lvsae'],
      excluded: [{ chamber: 'xxsen', reason: 'unknown' }],
    });
    expect(tally(doc(opinions(...unicameral)), []).reached).toEqual([]);
  });
});

describe('Article 76 from the legal basis', () => {
  it('reads TFEU article numbers, ignoring paragraphs and other treaties', () => {
    expect(tfeuArticles('Article 82(1) and 87(2) TFEU')).toEqual([82, 87]);
    expect(tfeuArticles('Articles 82(1)(d), 83 et 84 du TFUE')).toEqual([82, 83, 84]);
    expect(tfeuArticles('Art. 88 of the Treaty on the Functioning of the European Union')).toEqual([88]);
    expect(tfeuArticles('Article 82 Euratom')).toEqual([]);
    expect(tfeuArticles('Article 114 TFEU')).toEqual([114]);
  });

  it('is Articles 82 to 89 TFEU, nothing else', () => {
    expect(isArticle76(['Article 114 TFEU', 'Article 82(2) TFEU'])).toBe(true);
    expect(isArticle76(['Article 89 TFEU'])).toBe(true);
    expect(isArticle76(['Article 81 TFEU'])).toBe(false);
    expect(isArticle76(['Article 90 TFEU'])).toBe(false);
    expect(isArticle76(['Article 5(3) TEU'])).toBe(false);
    expect(isArticle76([])).toBe(false);
  });
});
