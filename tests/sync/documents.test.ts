import { afterEach, describe, expect, it } from 'vitest';
import type { FakeIpex, FakeRecord } from '../../scripts/serve-fake-ipex.ts';
import { summaryLines } from '../../src/sync/report.ts';
import { fixtureServer, NOW2, pagesAsked, snapshotItem, snapshotItems, snapshotText, sync, syncedOnceFrom, tempContent } from './support.ts';

let fake: FakeIpex;
afterEach(async () => {
  await fake.close();
});

const T2 = '2026-11-25T13:00:00.000Z';
const DOC = 'COM20260538';

/** A fake server with the fixtures and a content folder whose documents were synced once. */
async function syncedOnce(): Promise<string> {
  fake = await fixtureServer();
  return syncedOnceFrom(fake, ['documents']);
}

function record(link: string): FakeRecord {
  const r = fake.data.document.find((x) => x.link.endsWith(link));
  if (!r) throw new Error(`no fixture ${link}`);
  return r;
}

/** The fixture's scrutiny entries of a document, to edit between syncs. */
function scrutinies(link: string): Record<string, unknown>[] {
  const list = record(link).source.scrutinies;
  if (!Array.isArray(list)) throw new Error(`fixture ${link} has no scrutinies`);
  return list;
}

function scrutinyOf(link: string, chamber: string): Record<string, unknown> {
  const s = scrutinies(link).find((x) => String(x.parliament).toLowerCase() === chamber);
  if (!s) throw new Error(`fixture ${link} has no scrutiny of ${chamber}`);
  return s;
}

describe('a first sync of documents', () => {
  it('asks for every page in both languages with the documented request', async () => {
    fake = await fixtureServer();
    const r = await sync(await tempContent(), fake, { kinds: ['documents'] });
    expect(r.ok).toBe(true);
    // Five documents, two per page: pages 1-3, then an empty 4th.
    expect(pagesAsked(fake, 'document', 'EN')).toEqual([1, 2, 3, 4]);
    expect(pagesAsked(fake, 'document', 'FR')).toEqual([1, 2, 3, 4]);
    expect(fake.requests).toHaveLength(8);
    expect(fake.requests[0]?.body).toEqual({ pageNumber: 1, filters: { type: ['document'] }, sort: { transmissionDate: 'DESC' } });
  });

  it('maps a document with both languages, its scrutinies and the moments it first saw', async () => {
    const dir = await syncedOnce();
    const file = `${fake.origin}/IPEXL-WEB/download/file/8a8629a8e1b84c6b0f0e3c5a1d2b3c4d`;
    expect(await snapshotItem(dir, 'documents', DOC)).toEqual({
      id: DOC,
      slug: 'com-2026-538',
      firstSeen: '2026-11-25T11:59:59.000Z',
      title: {
        en: 'Proposal for a Regulation on European business wallets',
        fr: 'Proposition de règlement relatif aux portefeuilles européens pour les entreprises',
      },
      summary: {
        en: 'The proposal creates business wallets. It builds on the digital identity framework.',
        fr: 'La proposition crée des portefeuilles pour les entreprises.',
      },
      body: {
        en: 'The proposal creates business wallets. It builds on the digital identity framework.',
        fr: 'La proposition crée des portefeuilles pour les entreprises.',
      },
      tags: [{ key: 'digital', label: { en: 'Digital', fr: 'Numérique' } }],
      reference: 'COM(2026) 538',
      procedure: '2026/0275(COD)',
      adoptionDate: '2026-11-03',
      transmissionDate: '2026-11-04',
      legalBasis: ['Article 114 TFEU'],
      scrutinies: [
        { chamber: 'debta', status: 'completed', reasonedOpinion: false, politicalDialogue: true, documents: [] },
        {
          chamber: 'frass',
          status: 'ongoing',
          reasonedOpinion: true,
          reasonedOpinionDate: '2026-11-20',
          politicalDialogue: false,
          documents: [{ url: file, title: { en: 'Reasoned opinion of the Assemblée nationale', fr: 'Avis motivé de l’Assemblée nationale' } }],
        },
        { chamber: 'lvsae', reasonedOpinion: false, politicalDialogue: false, documents: [] },
        // A chamber IPEX names that the registry lacks is kept, reported, and left out of the tally.
        { chamber: 'xxsen', status: 'ongoing', reasonedOpinion: true, politicalDialogue: false, documents: [] },
      ],
      opinionsSeen: { frass: '2026-11-25T11:59:59.000Z', xxsen: '2026-11-25T11:59:59.000Z' },
      source: `${fake.origin}/IPEXL-WEB/dossier/document/${DOC}`,
    });
  });

  it('reports what it dropped and skips a document without a reference', async () => {
    fake = await fixtureServer();
    const { report } = await sync(await tempContent(), fake, { kinds: ['documents'] });
    const r = report.types.documents;
    expect(r).toMatchObject({ status: 'updated', fetched: 5, total: 4, added: ['COM20260099', 'COM20260200', DOC, 'COM20260540'] });
    expect(r?.skipped).toEqual([{ id: 'JOIN20260012', field: 'reference', reason: 'must not be empty' }]);
    expect(r?.warnings.map((w) => `${w.id} ${w.field}`)).toEqual([
      `${DOC} scrutinies[2].parliament`,
      `${DOC} scrutinies[3].status`,
      `${DOC} scrutinies[4].parliament`,
      'COM20260540 procedure',
      'COM20260540 scrutinies[0].documents[0].url',
      'COM20260540 scrutinies[0].documents[2].url',
      'COM20260540 scrutinies[0].reasonedOpinionDate',
      'COM20260540 scrutinies[1].parliament',
    ]);
    expect(r?.warnings[0]?.reason).toBe('unknown chamber xxsen on COM(2026) 538: kept and left out of the tally (add it to registries/chambers.json)');
  });

  it('cleans hostile values and keeps partial documents', async () => {
    const dir = await syncedOnce();
    const hostile = await snapshotItem(dir, 'documents', 'COM20260540');
    expect(hostile).toMatchObject({
      reference: 'COM(2026) 540',
      title: { en: 'Hostile proposal' },
      body: { en: 'Body click' },
      legalBasis: ['Article 87(2) TFEU'],
      subsidiarityDeadline: '2027-01-20',
      transmissionDate: '2026-11-05',
    });
    expect(hostile?.procedure).toBeUndefined();
    expect(hostile?.scrutinies).toEqual([
      { chamber: 'plsej', status: 'completed', reasonedOpinion: true, politicalDialogue: false, documents: [{ url: 'https://example.org/a.pdf' }] },
    ]);
    const text = await snapshotText(dir, 'documents');
    for (const bad of ['<script', 'alert(', 'onerror', 'javascript:', '<img', '\u0001', '\\u0001']) expect(text).not.toContain(bad);
    expect(await snapshotItem(dir, 'documents', 'COM20260099')).toMatchObject({ reference: 'COM(2026) 99', scrutinies: [], legalBasis: [] });
  });

  it('records when a threshold was first seen reached (Article 76: 14 votes)', async () => {
    const dir = await syncedOnce();
    const doc = await snapshotItem(dir, 'documents', 'COM20260200');
    expect(doc?.thresholdsSeen).toEqual({ yellow: '2026-11-25T11:59:58.000Z' });
    expect(Object.keys(doc?.opinionsSeen ?? {})).toHaveLength(7);
  });
});

describe('documents across syncs', () => {
  it('leaves the file byte-identical when nothing changed upstream', async () => {
    const dir = await syncedOnce();
    const before = await snapshotText(dir, 'documents');
    const r = await sync(dir, fake, { kinds: ['documents'], now: NOW2 });
    expect(r.report.types.documents?.status).toBe('unchanged');
    expect(await snapshotText(dir, 'documents')).toBe(before);
  });

  it('makes a changed scrutiny an update of its document, naming the chamber and the field', async () => {
    const dir = await syncedOnce();
    scrutinyOf(DOC, 'frass').status = 'completed';
    Object.assign(scrutinyOf(DOC, 'debta'), { reasonedOpinion: true, reasonedOpinionDate: '2026-11-24' });
    const r = await sync(dir, fake, { kinds: ['documents'], now: NOW2 });
    expect(r.report.types.documents?.updated).toEqual([
      { id: DOC, fields: ['scrutinies.debta.reasonedOpinion', 'scrutinies.debta.reasonedOpinionDate', 'scrutinies.frass.status', 'opinionsSeen.debta'] },
    ]);
    expect(summaryLines(r.report)).toContain(
      `    ${DOC} updated: scrutinies.debta.reasonedOpinion, scrutinies.debta.reasonedOpinionDate, scrutinies.frass.status, opinionsSeen.debta`,
    );
    const doc = await snapshotItem(dir, 'documents', DOC);
    expect(doc).toMatchObject({ firstSeen: '2026-11-25T11:59:59.000Z', updated: T2, opinionsSeen: { frass: '2026-11-25T11:59:59.000Z', debta: T2 } });
  });

  it('names a scrutiny that appears or disappears by its chamber', async () => {
    const dir = await syncedOnce();
    const list = scrutinies(DOC);
    list.splice(
      list.findIndex((s) => s.parliament === 'lvsae'),
      1,
    );
    list.push({ parliament: 'ptass', status: 'ongoing' });
    const r = await sync(dir, fake, { kinds: ['documents'], now: NOW2 });
    expect(r.report.types.documents?.updated).toEqual([{ id: DOC, fields: ['scrutinies.lvsae', 'scrutinies.ptass'] }]);
  });

  it('keeps an opinion’s first-seen moment when IPEX re-dates it, withdraws it or sends it again', async () => {
    const dir = await syncedOnce();
    const frass = scrutinyOf(DOC, 'frass');
    frass.reasonedOpinionDate = '2026-11-19';
    const redated = await sync(dir, fake, { kinds: ['documents'], now: NOW2 });
    expect(redated.report.types.documents?.updated).toEqual([{ id: DOC, fields: ['scrutinies.frass.reasonedOpinionDate'] }]);
    expect((await snapshotItem(dir, 'documents', DOC))?.opinionsSeen).toEqual({ frass: '2026-11-25T11:59:59.000Z', xxsen: '2026-11-25T11:59:59.000Z' });

    frass.reasonedOpinion = false;
    await sync(dir, fake, { kinds: ['documents'], now: new Date('2026-11-25T14:00:00Z') });
    frass.reasonedOpinion = true;
    const again = await sync(dir, fake, { kinds: ['documents'], now: new Date('2026-11-25T15:00:00Z') });
    expect(again.report.types.documents?.updated).toEqual([{ id: DOC, fields: ['scrutinies.frass.reasonedOpinion'] }]);
    expect((await snapshotItem(dir, 'documents', DOC))?.opinionsSeen).toEqual({ frass: '2026-11-25T11:59:59.000Z', xxsen: '2026-11-25T11:59:59.000Z' });
  });

  it('records a threshold reached in a later sync once, and keeps it', async () => {
    fake = await fixtureServer();
    const dir = await tempContent();
    const list = scrutinies('COM20260200');
    const last = list.pop();
    if (!last) throw new Error('fixture COM20260200 has no scrutiny');
    await sync(dir, fake, { kinds: ['documents'] });
    expect((await snapshotItem(dir, 'documents', 'COM20260200'))?.thresholdsSeen).toBeUndefined();
    list.push(last);
    const r = await sync(dir, fake, { kinds: ['documents'], now: NOW2 });
    expect(r.report.types.documents?.updated).toEqual([{ id: 'COM20260200', fields: ['scrutinies.grvou', 'opinionsSeen.grvou', 'thresholdsSeen.yellow'] }]);
    expect((await snapshotItem(dir, 'documents', 'COM20260200'))?.thresholdsSeen).toEqual({ yellow: T2 });
    list.pop();
    await sync(dir, fake, { kinds: ['documents'], now: new Date('2026-11-25T14:00:00Z') });
    expect((await snapshotItem(dir, 'documents', 'COM20260200'))?.thresholdsSeen).toEqual({ yellow: T2 });
  });

  it('withdraws a document that disappears, and keeps the others when a page fails', async () => {
    const dir = await syncedOnce();
    fake.data.document = fake.data.document.filter((r) => !r.link.endsWith('COM20260099'));
    const r = await sync(dir, fake, { kinds: ['documents'], now: NOW2 });
    expect(r.report.types.documents?.withdrawn).toEqual(['COM20260099']);
    expect((await snapshotItem(dir, 'documents', 'COM20260099'))?.withdrawn).toBe(T2);
    const before = await snapshotText(dir, 'documents');
    fake.faults.push({ index: 'document', lang: 'FR', page: 2, fault: { truncate: true } });
    const broken = await sync(dir, fake, { kinds: ['news', 'events', 'topics', 'documents'], now: new Date('2026-11-25T14:00:00Z') });
    expect(broken.ok).toBe(false);
    expect(broken.report.types.documents).toMatchObject({ status: 'kept-previous' });
    expect(broken.report.types.news?.status).toBe('updated');
    expect(await snapshotText(dir, 'documents')).toBe(before);
  });

  it('records when it first saw a check in its last 14 days, once, with no upstream change', async () => {
    const dir = await syncedOnce();
    // COM20260540's deadline is 20 January 2027: its last 14 days begin on 6 January, Brussels time.
    const inWindow = await sync(dir, fake, { kinds: ['documents'], now: new Date('2027-01-06T05:17:00Z') });
    expect(inWindow.report.types.documents?.updated).toContainEqual({ id: 'COM20260540', fields: ['checkSeen.closing'] });
    expect((await snapshotItem(dir, 'documents', 'COM20260540'))?.checkSeen).toEqual({ closing: '2027-01-06T05:17:00.000Z' });
    const before = await snapshotText(dir, 'documents');
    const later = await sync(dir, fake, { kinds: ['documents'], now: new Date('2027-01-06T06:17:00Z') });
    expect(later.report.types.documents?.status).toBe('unchanged');
    expect(await snapshotText(dir, 'documents')).toBe(before);
  });

  it('pages documents between full runs only until a page IPEX sends unchanged, and withdraws nothing then', async () => {
    const dir = await syncedOnce();
    // syncedOnce was a full run (two per page: 5 documents, pages 1-3 and an empty 4th per language).
    fake.data.document = fake.data.document.filter((r) => !r.link.endsWith('COM20260099'));
    const first = fake.data.document[0];
    if (!first) throw new Error('no document fixture');
    fake.data.document[0] = { ...first, source: { ...first.source, titles: [{ language: 'EN', message: 'Retitled since the last run' }] } };
    const titles = async () => Object.fromEntries((await snapshotItems(dir, 'documents')).map((d) => [String(d.id), d.title]));
    const before = await titles();
    const light = await sync(dir, fake, { kinds: ['documents'], now: NOW2, fullEveryHours: 24 });
    // Each language stops where its own pages are unchanged; an item listed in one language only is left as it was, not stripped of the other's text.
    const after = await titles();
    expect(Object.keys(after).filter((id) => JSON.stringify(after[id]) !== JSON.stringify(before[id]))).toEqual([first.link.split('/').at(-1)]);
    // Page 1 holds the changed document, page 2 only unchanged ones: paging stops there.
    expect(pagesAsked(fake, 'document', 'EN')).toEqual([1, 2]);
    expect(light.report.types.documents).toMatchObject({ status: 'updated', light: true, withdrawn: [] });
    expect(summaryLines(light.report)).toContain('    light run: paged until documents unchanged since the last run; the next full run checks the rest');
    fake.requests.length = 0;
    const full = await sync(dir, fake, { kinds: ['documents'], now: new Date('2026-11-26T12:00:00Z'), fullEveryHours: 24 });
    expect(pagesAsked(fake, 'document', 'EN')).toEqual([1, 2, 3]);
    expect(full.report.types.documents?.withdrawn).toEqual(['COM20260099']);
    expect(full.report.types.documents?.light).toBeUndefined();
  });

  it('retries a 500 on a documents page', async () => {
    const dir = await syncedOnce();
    fake.faults.push({ index: 'document', lang: 'EN', page: 2, fault: { status: 500 } });
    const r = await sync(dir, fake, { kinds: ['documents'], now: NOW2 });
    expect(r.ok).toBe(true);
    expect(r.retries).toHaveLength(1);
    expect(r.report.types.documents?.status).toBe('unchanged');
  });
});
