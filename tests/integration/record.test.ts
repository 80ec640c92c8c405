import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeIpex, type FakeIpex, type FakeRecord } from '../../scripts/serve-fake-ipex.ts';
import { buildSite, ROOT } from '../support/build.ts';
import { page } from '../support/dist.ts';
import { sync } from '../sync/support.ts';

// The three yellow cards on record, synced from an IPEX stand-in that sends their chambers'
// reasoned opinions and no deadline, then built: the pages must show the official figures.
// Sources: the Commission's annual reports on subsidiarity and proportionality for 2012
// (COM(2013) 566), 2013 (COM(2014) 506) and 2016 (COM(2017) 600); Protocol No 2, Article 7;
// Regulation 1182/71, Article 3(4) (EPPO's 56th day, Saturday 26 October 2013, ends on Monday 28).
//   COM(2012) 130: 19 of 54 votes, threshold 18, deadline 22 May 2012
//   COM(2013) 534: 18 of 56 votes, threshold 14 (Article 76 TFEU), deadline 28 October 2013
//   COM(2016) 128: 22 of 56 votes, threshold 19, deadline 10 May 2016
const msg = (language: string, message: string) => ({ language, message });
const record = (
  id: string,
  reference: string,
  procedure: string,
  legalBasis: string[],
  transmissionDate: string,
  title: string,
  chambers: string[],
): FakeRecord => ({
  link: `/IPEXL-WEB/dossier/document/${id}`,
  source: {
    reference,
    procedure,
    titles: [msg('EN', title)],
    transmissionDate,
    legalBasis,
    scrutinies: chambers.map((parliament) => ({ parliament: parliament.toUpperCase(), status: 'completed', reasonedOpinion: true, politicalDialogue: false })),
  },
});
const CARDS = [
  record('COM20120130', 'COM(2012) 130', '2012/0064(APP)', ['Article 352 TFEU'], '2012-03-27', 'Monti II', [
    'bekam',
    'dkfol',
    'fiedu',
    'frsen',
    'lvsae',
    'luchd',
    'mtkam',
    'nltk',
    'plsej',
    'ptass',
    'seriks',
    'ukcom',
  ]),
  // IPEX also names a chamber code the registry does not know: kept, shown, reported, not counted.
  record('COM20130534', 'COM(2013) 534', '2013/0255(APP)', ['Article 86 TFEU'], '2013-08-21', 'European Public Prosecutor’s Office', [
    'cyvou',
    'czsen',
    'frsen',
    'huors',
    'iedai',
    'iesea',
    'mtkam',
    'nltk',
    'nlek',
    'roden',
    'sidz',
    'seriks',
    'ukcom',
    'uklor',
    'ukxyz',
  ]),
  record('COM20160128', 'COM(2016) 128', '2016/0070(COD)', ['Article 53(1) TFEU', 'Article 62 TFEU'], '2016-03-15', 'Posting of workers', [
    'bgnsb',
    'hrsab',
    'czpsp',
    'czsen',
    'dkfol',
    'eerii',
    'huors',
    'lvsae',
    'ltsei',
    'plsej',
    'plsen',
    'roden',
    'rosen',
    'sknrs',
  ]),
];

let fake: FakeIpex;
let dir: string;
let dist: string;
let warnings: string[];

beforeAll(async () => {
  fake = await startFakeIpex({ data: { news: [], event: [], hottopic: [], document: CARDS, glossary: [] }, pageSize: 2 });
  // The small fixture's other kinds, with the sample's registries (the UK chambers, card outcomes).
  dir = await mkdtemp(path.join(tmpdir(), 'ipex-hub-record-'));
  await cp(path.join(ROOT, 'tests/fixtures/small'), dir, { recursive: true });
  const small: { code: string }[] = JSON.parse(await readFile(path.join(dir, 'registries/chambers.json'), 'utf8'));
  const sample: { code: string }[] = JSON.parse(await readFile(path.join(ROOT, 'content/registries/chambers.json'), 'utf8'));
  const merged = [...small, ...sample.filter((c) => !small.some((s) => s.code === c.code))];
  await writeFile(path.join(dir, 'registries/chambers.json'), JSON.stringify(merged));
  await cp(path.join(ROOT, 'content/registries/card-outcomes.json'), path.join(dir, 'registries/card-outcomes.json'));
  await rm(path.join(dir, 'snapshot/documents.json'));
  const r = await sync(dir, fake, { kinds: ['documents'], languages: ['en'] });
  expect(r.ok).toBe(true);
  warnings = (r.report.types.documents?.warnings ?? []).map((w) => w.reason);
  dist = path.join(ROOT, '.test-dist', 'record');
  const b = await buildSite(dir, dist);
  if (b.code !== 0) throw new Error(`build failed:\n${b.output}`);
}, 300_000);

afterAll(async () => {
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});

/** The tally line, the tally table's thresholds and the deadline of a document page. */
async function figures(slug: string) {
  const $ = await page(dist, `/en/documents/${slug}/`);
  return {
    line: $('div.tally figcaption').text(),
    deadline: $('.deadline time').attr('datetime'),
    thresholds: $('.tally-table th')
      .map((_, el) => $(el).text())
      .get()
      .slice(1),
    chambers: $('.scrutiny tbody th')
      .map((_, el) => $(el).text())
      .get(),
    note: $('section[aria-labelledby="h-tally"] p.notice').text(),
  };
}

describe('the three yellow cards, synced and built', () => {
  it('Monti II: 19 of 54 votes, yellow card at 18, deadline 22 May 2012', async () => {
    const f = await figures('com-2012-130');
    expect(f.line).toBe('19 of 54 votes · yellow card threshold reached');
    expect(f.thresholds).toEqual(['yellow card at 18']);
    expect(f.deadline).toBe('2012-05-22');
  });

  it('EPPO: 18 of 56 votes, yellow card at 14, deadline 28 October 2013, the UK chambers among the opinions', async () => {
    const f = await figures('com-2013-534');
    expect(f.line).toBe('18 of 56 votes · yellow card threshold reached');
    expect(f.thresholds).toEqual(['yellow card at 14']);
    expect(f.deadline).toBe('2013-10-28');
    expect(f.chambers).toEqual(expect.arrayContaining(['UK House of Commons', 'UK House of Lords', 'ukxyz']));
    expect(f.note).toBe('Not counted: ukxyz (a chamber code the hub does not know).');
    expect(warnings).toContain('unknown chamber ukxyz on COM(2013) 534: kept and left out of the tally (add it to registries/chambers.json)');
  });

  it('posting of workers: 22 of 56 votes, yellow card at 19 (orange at 29), deadline 10 May 2016', async () => {
    const f = await figures('com-2016-128');
    expect(f.line).toBe('22 of 56 votes · yellow card threshold reached');
    expect(f.thresholds).toEqual(['yellow card at 19', 'orange card at 29']);
    expect(f.deadline).toBe('2016-05-10');
  });

  it('lists every card on record, all years, each with its outcome, whatever documents.since says', async () => {
    const $ = await page(dist, '/en/documents/');
    const cards = $('#cards').next('ul').children('li');
    expect(
      cards
        .map((_, li) => $(li).find('h3').text().split(':')[0])
        .get()
        .sort(),
    ).toEqual(['COM(2012) 130', 'COM(2013) 534', 'COM(2016) 128']);
    expect(
      cards
        .map((_, li) => $(li).find('p.meta').last().text())
        .get()
        .every((t) => /^Outcome: (Withdrawn|Maintained)\./.test(t)),
    ).toBe(true);
  });

  it('shows the former UK chambers as former members, with their past opinions', async () => {
    const $ = await page(dist, '/en/chambers/uklor/');
    expect($('p.notice').text()).toContain('left the European Union on 31 January 2020');
    expect($('#h-scrutiny').parent().find('h3').text()).toContain('COM(2013) 534');
    expect($('#h-open').length).toBe(0);
  });
});
