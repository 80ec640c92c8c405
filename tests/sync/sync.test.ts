import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { FakeIpex } from '../../scripts/serve-fake-ipex.ts';
import { summaryLines } from '../../src/sync/report.ts';
import { changesOnDisk, fixtureServer, NOW2, snapshotFiles, snapshotItem, snapshotItems, snapshotText, snapshotTexts, sync, tempContent } from './support.ts';

let fake: FakeIpex;
afterEach(async () => {
  await fake.close();
});

/** A fake server with the fixtures and a content folder synced once from it. */
async function syncedOnce(): Promise<string> {
  fake = await fixtureServer();
  const dir = await tempContent();
  const first = await sync(dir, fake);
  expect(first.ok).toBe(true);
  fake.requests.length = 0;
  return dir;
}

const titleOf = (records: FakeIpex['data']['news'], link: string) => {
  const r = records.find((x) => x.link.endsWith(link));
  if (!r) throw new Error(`no fixture ${link}`);
  return r;
};

describe('a first sync from the fixtures', () => {
  it('asks for every page of every kind in both languages, with the documented requests', async () => {
    fake = await fixtureServer();
    const { ok } = await sync(await tempContent(), fake);
    expect(ok).toBe(true);
    const pages = (index: string, lang: string) => fake.requests.filter((r) => r.index === index && r.lang === lang).map((r) => r.page);
    // Two hits per page: 6 news → pages 1-3 and an empty 4th; 3 events → 1-2 and an empty 3rd.
    expect(pages('news', 'EN')).toEqual([1, 2, 3, 4]);
    expect(pages('news', 'FR')).toEqual([1, 2, 3, 4]);
    expect(pages('event', 'EN')).toEqual([1, 2, 3]);
    expect(pages('hottopic', 'FR')).toEqual([1, 2]);
    expect(fake.requests).toHaveLength(2 * (4 + 3 + 2));
    expect(fake.requests.every((r) => r.status === 200)).toBe(true);
    const event = fake.requests.find((r) => r.index === 'event' && r.page === 2);
    expect(event?.body).toEqual({ pageNumber: 2, filters: { type: ['calendarevent'] }, sort: { startDate: 'DESC' } });
    expect(fake.requests.find((r) => r.index === 'hottopic')?.body).toEqual({
      pageNumber: 1,
      filters: { type: ['hottopic'] },
      sort: { lastUpdateDate: 'DESC' },
    });
    expect(new Set(fake.requests.map((r) => r.headers['user-agent']))).toEqual(new Set(['IPEX-Hub/0.1 (+https://hub.example.eu)']));
  });

  it('merges two language responses into one item, each text from its own language', async () => {
    const dir = await syncedOnce();
    expect(await snapshotItem(dir, 'news', 'n-1001')).toEqual({
      id: 'n-1001',
      slug: 'budget-2027-national-parliaments-views',
      firstSeen: '2026-11-25T12:00:00.000Z',
      published: '2026-11-20T08:00:00.000Z',
      title: { en: "Budget 2027: national parliaments' views", fr: 'Budget 2027 : l’avis des parlements nationaux' },
      summary: { en: 'The chambers discussed the budget.', fr: 'Les chambres ont débattu du budget.' },
      body: {
        en: `The chambers **discussed** the budget.\n\n- own resources\n- cohesion\n\nSee [the calendar](${fake.origin}/IPEXL-WEB/calendar).`,
        fr: 'Les chambres ont débattu du budget.',
      },
      tags: [{ key: 'subsidiarity', label: { en: 'Subsidiarity', fr: 'Subsidiarité' } }],
      chambers: ['debta', 'frass'],
      source: `${fake.origin}/IPEXL-WEB/news/n-1001`,
    });
  });

  it('strips scripts, handlers and javascript: links from titles and bodies', async () => {
    const dir = await syncedOnce();
    const item = await snapshotItem(dir, 'news', 'n-1002');
    expect(item?.title).toEqual({ en: 'Budget talks' });
    expect(item?.body).toEqual({ en: `Hello click [budget](${fake.origin}/IPEXL-WEB/news/n-1001)` });
    const text = await snapshotText(dir, 'news');
    for (const bad of ['<script', 'alert(', 'onerror', 'onmouseover', 'javascript:', '<img']) expect(text).not.toContain(bad);
  });

  it('drops a control character (U+0001) from a title', async () => {
    const dir = await syncedOnce();
    expect((await snapshotItem(dir, 'news', 'n-1003'))?.title).toEqual({ en: 'Control character in a title' });
    expect(await snapshotText(dir, 'news')).not.toMatch(/\\u0001|\u0001/);
  });

  it('skips an item without a title, reports why, and keeps the others', async () => {
    fake = await fixtureServer();
    const dir = await tempContent();
    const { report } = await sync(dir, fake);
    expect((await snapshotItems(dir, 'news')).map((i) => i.id)).toEqual(['n-1005', 'n-1006', 'n-1003', 'n-1002', 'n-1001']);
    expect(report.types.news?.skipped).toEqual([{ id: 'n-1004', field: 'title', reason: 'needs text in at least one language' }]);
    expect(report.types.news?.warnings).toEqual([
      { id: 'n-1001', field: 'parliaments', reason: 'unknown chamber "xxsen" dropped (add it to registries/chambers.json)' },
    ]);
    expect(await changesOnDisk(dir)).toEqual(JSON.parse(JSON.stringify(report)));
    expect(summaryLines(report)).toContain('    skipped: news n-1004 field "title": needs text in at least one language');
  });

  it('gives new items distinct first-seen times up to now, the oldest upstream date first', async () => {
    const dir = await syncedOnce();
    const seen = (await snapshotItems(dir, 'news')).map((i) => [i.id, i.firstSeen]);
    expect(seen).toEqual([
      ['n-1005', '2026-11-25T11:59:56.000Z'],
      ['n-1006', '2026-11-25T11:59:57.000Z'],
      ['n-1003', '2026-11-25T11:59:58.000Z'],
      ['n-1002', '2026-11-25T11:59:59.000Z'],
      ['n-1001', '2026-11-25T12:00:00.000Z'],
    ]);
  });

  it('maps events (timed, all-day, day only) and topics (related ids that exist)', async () => {
    const dir = await syncedOnce();
    const events = await snapshotItems(dir, 'events');
    expect(events.map((e) => [e.id, e.start, e.end, e.conference])).toEqual([
      ['e-2001', '2026-12-03T09:30', '2026-12-04T13:00', 'cosac'],
      ['e-2002', '2026-12-10', '2026-12-11', 'ipc-cfsp-csdp'],
      ['e-2003', '2027-01-15', undefined, 'other'],
    ]);
    expect(events[0]).toMatchObject({
      title: { en: 'LXXVI COSAC plenary meeting', fr: 'LXXVIe réunion plénière de la COSAC' },
      venue: { en: 'Assemblée nationale, Paris, France' },
    });
    expect(events[0]).not.toHaveProperty('timeZone');
    const topic = await snapshotItem(dir, 'topics', 't-3001');
    expect(topic?.related).toEqual({ news: ['n-1001'], events: ['e-2001'] });
    expect(topic?.body).toEqual({ en: '## Why it matters\n\nNew own resources need ratification.' });
    expect(await changesOnDisk(dir)).toMatchObject({
      types: {
        topics: { warnings: [{ id: 't-3001', field: 'relatedLinks[2].url', reason: '"/IPEXL-WEB/news/n-9999": no news or event with that id; dropped' }] },
      },
    });
  });
});

describe('the texts of a meeting', () => {
  const FILE = (n: number) => `8a8629a88c1b2a01018c1c9f3e5d000${n}`;

  it('keeps the documents of an event, sanitised, with the moment the hub first saw each adopted text; a bad entry is reported, not fatal', async () => {
    const dir = await syncedOnce();
    const ev = await snapshotItem(dir, 'events', 'e-2001');
    expect(ev?.documents).toEqual([
      {
        id: FILE(1),
        type: 'programme',
        url: `${fake.origin}/IPEXL-WEB/download/file/${FILE(1)}`,
        title: { en: 'Programme of the LXXVI COSAC' },
        published: '2026-11-02T09:00:00.000Z',
      },
      {
        id: FILE(2),
        type: 'contribution',
        url: `${fake.origin}/IPEXL-WEB/download/file/${FILE(2)}`,
        title: { en: 'Contribution of the LXXVI COSAC', fr: 'Contribution de la LXXVIe COSAC' },
        published: '2026-12-04T14:00:00.000Z',
      },
      {
        id: FILE(3),
        type: 'conclusions',
        url: `${fake.origin}/IPEXL-WEB/download/file/${FILE(3)}`,
        title: { en: 'Conclusions of the LXXVI COSAC' },
        published: '2026-12-04T14:05:00.000Z',
      },
      { id: FILE(4), type: 'other', url: `${fake.origin}/IPEXL-WEB/download/file/${FILE(4)}` },
    ]);
    // Adopted texts only, at the event's own first sight.
    expect(ev?.textsSeen).toEqual({ [FILE(2)]: ev?.firstSeen, [FILE(3)]: ev?.firstSeen });
    const warnings = ((await changesOnDisk(dir)) as { types: { events: { warnings: { id: string; field: string }[] } } }).types.events.warnings;
    expect(warnings.map((w) => `${w.id} ${w.field}`)).toEqual([
      'e-2001 documents[3].url',
      'e-2001 documents[4].documentType',
      'e-2001 documents[4].publicationDate',
    ]);
  });

  it('dates a text added later at the run that first saw it, and keeps every earlier moment when IPEX edits or drops a text', async () => {
    const dir = await syncedOnce();
    const before = await snapshotItem(dir, 'events', 'e-2001');
    const record = titleOf(fake.data.event, 'e-2001');
    const docs = record.source.documents as Record<string, unknown>[];
    docs.splice(2, 1);
    docs.push({ url: `/IPEXL-WEB/download/file/${FILE(5)}`, documentType: 'declaration', titles: [{ language: 'EN', message: 'Declaration on Ukraine' }] });
    const r = await sync(dir, fake, { now: NOW2 });
    const after = await snapshotItem(dir, 'events', 'e-2001');
    expect(after?.firstSeen).toBe(before?.firstSeen);
    expect(after?.textsSeen).toEqual({ [FILE(2)]: before?.firstSeen, [FILE(3)]: before?.firstSeen, [FILE(5)]: '2026-11-25T13:00:00.000Z' });
    expect(r.report.types.events?.updated).toEqual([{ id: 'e-2001', fields: ['documents', `textsSeen.${FILE(5)}`] }]);
    // The conclusions IPEX dropped stay, withdrawn, so that their page stays and says so.
    const docs2 = after?.documents as { id: string; withdrawn?: string }[];
    expect(docs2.map((d) => [d.id, d.withdrawn])).toEqual([
      [FILE(1), undefined],
      [FILE(2), undefined],
      [FILE(4), undefined],
      [FILE(5), undefined],
      [FILE(3), '2026-11-25T13:00:00.000Z'],
    ]);
    // Nothing changed upstream since: nothing is rewritten, the withdrawal keeps its moment.
    const again = await sync(dir, fake, { now: new Date('2026-11-25T14:00:00Z') });
    expect(again.report.types.events?.status).toBe('unchanged');
    expect(await snapshotItem(dir, 'events', 'e-2001')).toEqual(after);
    // Back upstream: listed again, no longer withdrawn, first seen as before.
    docs.push({
      url: `/IPEXL-WEB/download/file/${FILE(3)}`,
      documentType: 'conclusions',
      titles: [{ language: 'EN', message: 'Conclusions of the LXXVI COSAC' }],
      publicationDate: '2026-12-04 15:05',
    });
    await sync(dir, fake, { now: new Date('2026-11-25T15:00:00Z') });
    const back = await snapshotItem(dir, 'events', 'e-2001');
    expect((back?.documents as { id: string; withdrawn?: string }[]).find((d) => d.id === FILE(3))?.withdrawn).toBeUndefined();
    expect(back?.textsSeen).toEqual(after?.textsSeen);
  });
});

describe('retries', () => {
  it('retries a 500 and then succeeds, with the same result as a clean run', async () => {
    fake = await fixtureServer();
    fake.faults.push({ index: 'news', lang: 'EN', page: 2, fault: { status: 500 } });
    const faulted = await tempContent();
    const r = await sync(faulted, fake);
    expect(r.ok).toBe(true);
    expect(fake.requests.filter((q) => q.index === 'news' && q.lang === 'EN' && q.page === 2).map((q) => q.status)).toEqual([500, 200]);
    expect(r.retries.map((e) => [e.retry, e.reason, e.retryAfter])).toEqual([[1, 'HTTP 500 Internal Server Error', false]]);
    const clean = await tempContent();
    await sync(clean, fake);
    expect(await snapshotTexts(faulted)).toEqual(await snapshotTexts(clean));
  });

  it('waits as long as Retry-After says after a 429', async () => {
    fake = await fixtureServer();
    fake.faults.push({ index: 'event', lang: 'FR', page: 1, fault: { status: 429, headers: { 'Retry-After': '1' } } });
    const dir = await tempContent();
    const r = await sync(dir, fake);
    expect(r.ok).toBe(true);
    expect(r.retries.map((e) => [e.reason, e.delayMs, e.retryAfter])).toEqual([['HTTP 429 Too Many Requests', 1000, true]]);
    expect((await snapshotItems(dir, 'events')).map((e) => e.id)).toEqual(['e-2001', 'e-2002', 'e-2003']);
  });

  it('gives up on a request that hangs past the timeout, and retries it', async () => {
    fake = await fixtureServer();
    fake.faults.push({ index: 'hottopic', lang: 'EN', page: 1, fault: { hang: true } });
    const dir = await tempContent();
    const r = await sync(dir, fake);
    expect(r.ok).toBe(true);
    expect(r.retries.map((e) => e.reason)).toEqual([`timeout: no complete response within 400 ms`]);
    expect(fake.requests.filter((q) => q.index === 'hottopic' && q.lang === 'EN' && q.page === 1).map((q) => q.status)).toEqual(['hang', 200]);
    expect((await snapshotItems(dir, 'topics')).map((t) => t.id)).toEqual(['t-3002', 't-3001']);
  });
});

describe('safety rails', () => {
  it('keeps a kind whose response is truncated JSON, and updates the others', async () => {
    const dir = await syncedOnce();
    const before = await snapshotTexts(dir);
    titleOf(fake.data.news, 'n-1001').source.titles = [{ language: 'EN', message: 'Changed title' }];
    titleOf(fake.data.event, 'e-2002').source.titles = [{ language: 'EN', message: 'Changed event' }];
    fake.faults.push({ index: 'news', lang: 'FR', page: 2, fault: { truncate: true } });
    const r = await sync(dir, fake, { now: NOW2 });
    expect(r.ok).toBe(false);
    expect(r.report.types.news?.status).toBe('kept-previous');
    expect(r.report.types.news?.reason).toMatch(
      /^fetch incomplete: POST http:\/\/127\.0\.0\.1:\d+\/IPEXL-WEB\/api\/search\/news\?appLng=FR .*"pageNumber":2.*: response is not valid JSON/,
    );
    expect(await snapshotText(dir, 'news')).toBe(before['news.json']);
    expect(r.report.types.events?.updated).toEqual([{ id: 'e-2002', fields: ['title'] }]);
    expect(await snapshotText(dir, 'events')).not.toBe(before['events.json']);
    expect(summaryLines(r.report)[0]).toMatch(/^news {3}kept-previous 5 items/);
  });

  it('keeps the old data of a kind that fails midway, exits non-zero, and updates the other kinds', async () => {
    const dir = await syncedOnce();
    const before = await snapshotTexts(dir);
    titleOf(fake.data.news, 'n-1006').source.titles = [{ language: 'EN', message: 'Subsidiarity checks in 2026 (revised)' }];
    titleOf(fake.data.event, 'e-2001').source.titles = [{ language: 'EN', message: 'Changed event' }];
    fake.faults.push({ index: 'event', page: 2, times: Number.POSITIVE_INFINITY, fault: { status: 503 } });
    const r = await sync(dir, fake, { now: NOW2 });
    expect(r.ok).toBe(false);
    expect(r.report.types.events).toMatchObject({ status: 'kept-previous', added: [], updated: [], withdrawn: [], total: 3 });
    expect(r.report.types.events?.reason).toMatch(/appLng=(EN|FR) .*"pageNumber":2.*: HTTP 503 Service Unavailable \(3 attempts\)$/);
    expect(await snapshotText(dir, 'events')).toBe(before['events.json']);
    expect(r.report.types.news).toMatchObject({ status: 'updated', updated: [{ id: 'n-1006', fields: ['title'] }] });
    expect(r.report.types.topics?.status).toBe('unchanged');
    expect(await snapshotFiles(dir)).toEqual(['.http-cache.json', 'changes.json', 'events.json', 'inventory.json', 'news.json', 'topics.json']);
  });

  it('keeps a kind when IPEX lists far fewer items than the snapshot holds, unless told otherwise', async () => {
    const dir = await syncedOnce();
    const before = await snapshotText(dir, 'news');
    fake.data.news = fake.data.news.slice(0, 2);
    const r = await sync(dir, fake, { now: NOW2 });
    expect(r.ok).toBe(false);
    expect(r.report.types.news?.reason).toBe('IPEX listed 2 news items where the snapshot holds 5: fewer than 50% (--min-ratio 0.5)');
    expect(await snapshotText(dir, 'news')).toBe(before);
    const accepted = await sync(dir, fake, { now: NOW2, minRatio: 0 });
    expect(accepted.ok).toBe(true);
    expect(accepted.report.types.news?.withdrawn).toEqual(['n-1003', 'n-1005', 'n-1006']);
  });

  it('does not overwrite a snapshot file it cannot read', async () => {
    const dir = await syncedOnce();
    await writeFile(path.join(dir, 'snapshot/news.json'), '{"format": "ipex-hub-snapshot/1", "items": [');
    const r = await sync(dir, fake, { now: NOW2 });
    expect(r.ok).toBe(false);
    expect(r.report.types.news?.reason).toMatch(/snapshot\/news\.json: field "\(file\)": not valid JSON/);
    expect(await snapshotText(dir, 'news')).toBe('{"format": "ipex-hub-snapshot/1", "items": [');
    expect(fake.requests.some((q) => q.index === 'news')).toBe(false);
  });
});

describe('identity across syncs', () => {
  it('rewrites nothing when nothing changed upstream', async () => {
    const dir = await syncedOnce();
    const before = await snapshotTexts(dir);
    const r = await sync(dir, fake, { now: NOW2 });
    expect(r.ok).toBe(true);
    expect(await snapshotTexts(dir)).toEqual(before);
    expect(Object.values(r.report.types).map((t) => t.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);
  });

  for (const mode of ['304', '412'] as const) {
    it(`sends conditional requests and reuses the cached body on ${mode}`, async () => {
      fake = await fixtureServer();
      fake.conditional = mode;
      const dir = await tempContent();
      await sync(dir, fake);
      const before = await snapshotTexts(dir);
      fake.requests.length = 0;
      const r = await sync(dir, fake, { now: NOW2 });
      expect(r.ok).toBe(true);
      expect(fake.requests.every((q) => q.status === Number(mode) && typeof q.headers['if-none-match'] === 'string')).toBe(true);
      expect(fake.requests).toHaveLength(18);
      expect(await snapshotTexts(dir)).toEqual(before);
    });
  }

  it('keeps id, slug and first-seen time when IPEX edits a title, and reports "updated: title"', async () => {
    const dir = await syncedOnce();
    const before = await snapshotItem(dir, 'news', 'n-1001');
    const record = titleOf(fake.data.news, 'n-1001');
    record.source.titles = [{ language: 'EN', message: 'Budget 2027: a new title' }];
    const r = await sync(dir, fake, { now: NOW2 });
    const after = await snapshotItem(dir, 'news', 'n-1001');
    expect(after).toEqual({
      ...before,
      updated: '2026-11-25T13:00:00.000Z',
      title: { en: 'Budget 2027: a new title', fr: 'Budget 2027 : l’avis des parlements nationaux' },
    });
    expect(after?.slug).toBe('budget-2027-national-parliaments-views');
    expect(r.report.types.news).toMatchObject({ status: 'updated', added: [], updated: [{ id: 'n-1001', fields: ['title'] }], withdrawn: [] });
    expect(summaryLines(r.report)).toContain('    n-1001 updated: title');
    expect(JSON.parse(await snapshotText(dir, 'news')).syncedAt).toBe('2026-11-25T13:00:00.000Z');
    expect(JSON.parse(await snapshotText(dir, 'events')).syncedAt).toBe('2026-11-25T12:00:00.000Z');
  });

  it('marks an item removed upstream as withdrawn, keeps its data, and restores it when it comes back', async () => {
    const dir = await syncedOnce();
    const before = await snapshotItem(dir, 'news', 'n-1006');
    const removed = titleOf(fake.data.news, 'n-1006');
    fake.data.news = fake.data.news.filter((r) => r !== removed);
    const r = await sync(dir, fake, { now: NOW2 });
    expect(r.report.types.news).toMatchObject({ status: 'updated', added: [], updated: [], withdrawn: ['n-1006'] });
    expect(await snapshotItem(dir, 'news', 'n-1006')).toEqual({ ...before, withdrawn: '2026-11-25T13:00:00.000Z' });
    expect(await snapshotItems(dir, 'news')).toHaveLength(5);

    fake.data.news.push(removed);
    const back = await sync(dir, fake, { now: new Date('2026-11-25T14:00:00Z') });
    expect(back.report.types.news?.updated).toEqual([{ id: 'n-1006', fields: ['withdrawn'] }]);
    expect(await snapshotItem(dir, 'news', 'n-1006')).toEqual({ ...before, updated: '2026-11-25T14:00:00.000Z' });
  });

  it('dates a new item after every item already held, with a slug of its own', async () => {
    const dir = await syncedOnce();
    fake.data.news.unshift({
      link: '/IPEXL-WEB/news/n-1007',
      source: { titles: [{ language: 'EN', message: 'Subsidiarity checks in 2026' }], publicationDate: '2026-01-01 10:00' },
    });
    const r = await sync(dir, fake, { now: NOW2 });
    expect(r.report.types.news?.added).toEqual(['n-1007']);
    const items = await snapshotItems(dir, 'news');
    expect(items.at(-1)).toMatchObject({ id: 'n-1007', slug: 'subsidiarity-checks-in-2026-2', firstSeen: '2026-11-25T13:00:00.000Z' });
    expect((await snapshotItem(dir, 'news', 'n-1006'))?.slug).toBe('subsidiarity-checks-in-2026');
  });

  it('keeps the previous version of an item that turns invalid upstream, and reports it', async () => {
    const dir = await syncedOnce();
    const before = await snapshotItem(dir, 'news', 'n-1005');
    titleOf(fake.data.news, 'n-1005').source.titles = [{ language: 'EN', message: '<script>only a script</script>' }];
    const r = await sync(dir, fake, { now: NOW2 });
    expect(r.report.types.news).toMatchObject({
      status: 'unchanged',
      withdrawn: [],
      skipped: [
        { id: 'n-1004', field: 'title' },
        { id: 'n-1005', field: 'title', reason: 'needs text in at least one language' },
      ],
    });
    expect(await snapshotItem(dir, 'news', 'n-1005')).toEqual(before);
  });

  it('takes an item listed on two pages once', async () => {
    fake = await fixtureServer();
    fake.data.news.splice(3, 0, titleOf(fake.data.news, 'n-1001'));
    const dir = await tempContent();
    const r = await sync(dir, fake);
    expect(r.ok).toBe(true);
    expect((await snapshotItems(dir, 'news')).filter((i) => i.id === 'n-1001')).toHaveLength(1);
    expect(r.report.types.news?.warnings).toContainEqual({
      id: 'n-1001',
      field: 'fields.link.value',
      reason: 'listed twice in EN (pages 1 and 2); the first is kept',
    });
    expect(r.report.types.news?.fetched).toBe(6);
  });

  it('leaves events outside a date window alone', async () => {
    const dir = await syncedOnce();
    const before = await snapshotItem(dir, 'events', 'e-2003');
    const r = await sync(dir, fake, { now: NOW2, kinds: ['events'], range: ['2026-12-01', '2026-12-31'] });
    expect(r.ok).toBe(true);
    expect(Object.keys(r.report.types)).toEqual(['events']);
    expect(r.report.types.events).toMatchObject({ status: 'unchanged', fetched: 2, withdrawn: [] });
    expect(fake.requests.every((q) => q.index === 'event')).toBe(true);
    expect(fake.requests[0]?.body).toMatchObject({ filters: { type: ['calendarevent'], startDateByDateRange: ['2026-12-01', '2026-12-31'] } });
    expect(await snapshotItem(dir, 'events', 'e-2003')).toEqual(before);
  });

  it('replaces the sample snapshot instead of merging with it', async () => {
    fake = await fixtureServer();
    const dir = await tempContent();
    await sync(dir, fake, { kinds: ['topics'] });
    const sample = JSON.parse(await snapshotText(dir, 'topics'));
    await writeFile(
      path.join(dir, 'snapshot/topics.json'),
      JSON.stringify({ ...sample, sample: true, items: [{ ...sample.items[0], id: 'sample-1', slug: 'sample-1' }] }),
    );
    const r = await sync(dir, fake, { now: NOW2, kinds: ['topics'] });
    expect(r.report.types.topics).toMatchObject({ status: 'updated', replacedSample: true, withdrawn: [], added: ['t-3002', 't-3001'] });
    const after = JSON.parse(await snapshotText(dir, 'topics'));
    expect(after.sample).toBe(false);
    expect(after.items.map((i: { id: string }) => i.id)).toEqual(['t-3002', 't-3001']);
  });
});
