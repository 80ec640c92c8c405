import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { FakeIpex, FakeRecord } from '../../scripts/serve-fake-ipex.ts';
import { fixtureServer, NOW2, pagesAsked, snapshotItem, snapshotItems, snapshotText, sync, syncedOnceFrom, tempContent } from './support.ts';

// The glossary against the stand-in IPEX: the documented request, the shared sanitiser on hostile
// definitions, every script kept, the same faults and rails as the other kinds.
let fake: FakeIpex;
afterEach(async () => {
  await fake.close();
});

const T2 = '2026-11-25T13:00:00.000Z';

function record(id: string): FakeRecord {
  const r = fake.data.glossary.find((x) => x.link?.endsWith(`/${id}`));
  if (!r) throw new Error(`no fixture ${id}`);
  return r;
}

/** A fake server with the fixtures and a content folder whose glossary was synced once. */
async function syncedOnce(): Promise<string> {
  fake = await fixtureServer();
  return syncedOnceFrom(fake, ['glossary']);
}

describe('a first sync of the glossary', () => {
  it('asks for every page in both languages, alphabetically, with the documented request', async () => {
    fake = await fixtureServer();
    const r = await sync(await tempContent(), fake, { kinds: ['glossary'] });
    expect(r.ok).toBe(true);
    // Six hits, two per page: pages 1-3, then an empty 4th.
    expect(pagesAsked(fake, 'glossary', 'EN')).toEqual([1, 2, 3, 4]);
    expect(pagesAsked(fake, 'glossary', 'FR')).toEqual([1, 2, 3, 4]);
    expect(fake.requests[0]?.body).toEqual({ pageNumber: 1, filters: { type: ['glossary'] }, sort: { title: 'ASC' } });
    expect(String(fake.requests[0]?.headers['user-agent'])).toMatch(/^IPEX-Hub\//);
  });

  it('maps a term in both languages, its labels, and a definition with no script, handler or unsafe link', async () => {
    const dir = await syncedOnce();
    const term = await snapshotItem(dir, 'glossary', 'GL-0001');
    expect(term).toMatchObject({
      id: 'GL-0001',
      slug: 'reasoned-opinion',
      title: { en: 'Reasoned opinion', fr: 'Avis motivé' },
      summary: {
        en: 'A reasoned opinion says why a draft breaches subsidiarity.',
        fr: 'Un avis motivé explique pourquoi un projet ne respecte pas la subsidiarité.',
      },
      tags: [{ key: 'subsidiarity', label: { en: 'Subsidiarity', fr: 'Subsidiarité' } }],
      source: `${fake.origin}/IPEXL-WEB/glossary/GL-0001`,
    });
    const text = await snapshotText(dir, 'glossary');
    expect(text).not.toMatch(/<script|alert|onerror|javascript:/i);
    const body = (term?.body as Record<string, string>).en;
    expect(body).toContain('this link');
    expect(body).toContain(`[the glossary](${fake.origin}/IPEXL-WEB/glossary)`);
  });

  it('keeps Greek, Cyrillic, Arabic, Hebrew and emoji, cleans control characters and markup, and gives ASCII slugs', async () => {
    const dir = await syncedOnce();
    const greek = await snapshotItem(dir, 'glossary', 'GL-0003');
    expect(greek?.title).toEqual({ en: 'Επικουρικότητα / Субсидиарност 🇪🇺' });
    expect((greek?.body as Record<string, string>).en).toContain('مبدأ التبعية and Hebrew עקרון הסובסידיאריות 🇪🇺🗳️');
    expect(greek?.slug).toBe('epikoyrikotita-subsidiarnost');
    const orange = await snapshotItem(dir, 'glossary', 'GL-0002');
    expect(orange).toMatchObject({ title: { en: 'Orange card' }, slug: 'orange-card' });
  });

  it('skips a term whose title is only a script and a hit without a link, and says why', async () => {
    fake = await fixtureServer();
    const dir = await tempContent();
    const r = await sync(dir, fake, { kinds: ['glossary'] });
    // Five distinct terms and the link-less hit of each language.
    expect(r.report.types.glossary).toMatchObject({ status: 'updated', total: 4, fetched: 7 });
    expect(r.report.types.glossary?.skipped).toEqual([
      { id: 'EN page 3 hit 5', field: 'fields.link.value', reason: expect.stringMatching(/no link/) },
      { id: 'FR page 3 hit 5', field: 'fields.link.value', reason: expect.stringMatching(/no link/) },
      { id: 'GL-0005', field: 'title', reason: 'needs text in at least one language' },
    ]);
    expect((await snapshotItems(dir, 'glossary')).map((i) => i.id)).not.toContain('GL-0005');
  });

  it('cuts an absurdly long term and definition, with a slug of at most 80 characters', async () => {
    fake = await fixtureServer();
    fake.data.glossary.push({
      link: '/IPEXL-WEB/glossary/GL-0004',
      source: {
        titles: [{ language: 'EN', message: 'Very long term '.repeat(250) }],
        descriptions: [{ language: 'EN', message: `<p>${'A definition that goes on and on. '.repeat(3500)}</p>` }],
      },
    });
    const dir = await tempContent();
    expect((await sync(dir, fake, { kinds: ['glossary'] })).ok).toBe(true);
    const long = await snapshotItem(dir, 'glossary', 'GL-0004');
    const title = (long?.title as Record<string, string>).en ?? '';
    expect(title.length).toBeLessThanOrEqual(1_000);
    expect(title.endsWith('…')).toBe(true);
    expect(((long?.body as Record<string, string>).en ?? '').length).toBeLessThanOrEqual(100_000);
    expect(String(long?.slug).length).toBeLessThanOrEqual(80);
  });
});

describe('the glossary on the same rails as the other kinds', () => {
  it('retries a 503, waits as long as Retry-After says after a 429, and times out a hanging request', async () => {
    fake = await fixtureServer();
    fake.faults.push(
      { index: 'glossary', lang: 'EN', page: 1, fault: { status: 503 } },
      { index: 'glossary', lang: 'FR', page: 2, fault: { status: 429, headers: { 'Retry-After': '1' } } },
      { index: 'glossary', lang: 'EN', page: 3, fault: { hang: true } },
    );
    const r = await sync(await tempContent(), fake, { kinds: ['glossary'] });
    expect(r.ok).toBe(true);
    expect(r.report.types.glossary?.total).toBe(4);
    expect(r.retries.map((e) => e.reason).sort()).toEqual(
      ['HTTP 429 Too Many Requests', 'HTTP 503 Service Unavailable', expect.stringMatching(/time/i)].sort(),
    );
    expect(r.retries.find((e) => e.retryAfter)?.delayMs).toBe(1000);
  });

  it('keeps the previous glossary when a response is truncated JSON or the server keeps failing', async () => {
    const dir = await syncedOnce();
    const before = await snapshotText(dir, 'glossary');
    record('GL-0006').source.titles = [{ language: 'EN', message: 'Changed upstream' }];
    fake.faults.push({ index: 'glossary', lang: 'FR', page: 2, fault: { truncate: true }, times: Infinity });
    const r = await sync(dir, fake, { kinds: ['glossary'], now: NOW2 });
    expect(r.ok).toBe(false);
    expect(r.report.types.glossary).toMatchObject({ status: 'kept-previous', reason: expect.stringMatching(/^fetch incomplete/) });
    expect(await snapshotText(dir, 'glossary')).toBe(before);
    fake.faults.length = 0;
    fake.faults.push({ index: 'glossary', fault: { status: 500 }, times: Infinity });
    expect((await sync(dir, fake, { kinds: ['glossary'], now: NOW2 })).report.types.glossary?.status).toBe('kept-previous');
    expect(await snapshotText(dir, 'glossary')).toBe(before);
  });

  it('keeps ids, slugs and first-seen times; names changed fields; marks vanished terms withdrawn', async () => {
    const dir = await syncedOnce();
    const yellow = await snapshotItem(dir, 'glossary', 'GL-0006');
    record('GL-0006').source.titles = [{ language: 'EN', message: 'Yellow card (Protocol No 2)' }];
    fake.data.glossary = fake.data.glossary.filter((x) => !x.link?.endsWith('/GL-0002'));
    const r = await sync(dir, fake, { kinds: ['glossary'], now: NOW2 });
    expect(r.report.types.glossary).toMatchObject({ status: 'updated', added: [], withdrawn: ['GL-0002'], updated: [{ id: 'GL-0006', fields: ['title'] }] });
    const after = await snapshotItem(dir, 'glossary', 'GL-0006');
    expect(after).toMatchObject({
      id: 'GL-0006',
      slug: 'yellow-card',
      firstSeen: yellow?.firstSeen,
      updated: T2,
      title: { en: 'Yellow card (Protocol No 2)', fr: 'Carton jaune' },
    });
    expect(await snapshotItem(dir, 'glossary', 'GL-0002')).toMatchObject({ slug: 'orange-card', withdrawn: T2 });
  });

  it('does not trust a listing that shrank below half of the glossary it holds', async () => {
    const dir = await syncedOnce();
    const before = await snapshotText(dir, 'glossary');
    fake.data.glossary = fake.data.glossary.slice(0, 1);
    const r = await sync(dir, fake, { kinds: ['glossary'], now: NOW2 });
    expect(r.report.types.glossary).toMatchObject({
      status: 'kept-previous',
      reason: expect.stringMatching(/IPEX listed 1 glossary items where the snapshot holds 4/),
    });
    expect(await snapshotText(dir, 'glossary')).toBe(before);
  });

  it('never gives an IPEX term a slug an editor’s new term takes', async () => {
    fake = await fixtureServer();
    const dir = await tempContent();
    await mkdir(path.join(dir, 'editorial', 'glossary'), { recursive: true });
    await writeFile(path.join(dir, 'editorial', 'glossary', 'yellow-card.en.md'), '---\nid: hub-yellow\ntitle: Yellow card\n---\nOur own definition.\n');
    expect((await sync(dir, fake, { kinds: ['glossary'] })).ok).toBe(true);
    expect(await snapshotItem(dir, 'glossary', 'GL-0006')).toMatchObject({ slug: 'yellow-card-2' });
  });
});
