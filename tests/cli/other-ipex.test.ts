import { cp, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { FakeIpex } from '../../scripts/serve-fake-ipex.ts';
import { leftOutKinds, snapshotStates } from '../../src/content/served.ts';
import { inventoryOf } from '../../src/ipex/inventory.ts';
import { sanitisedHit } from '../../src/sync/probe.ts';
import { ROOT } from '../support/build.ts';
import { otherIpexServer, snapshotItems, snapshotText, syncCli, tempContent } from '../sync/support.ts';

// The first real deployment meets an IPEX whose names differ from the assumed ones
// (IPEX-DATA.md): the operator must see what it sends, and nothing empty or fictional may pass as real.
let fake: FakeIpex;
afterEach(async () => {
  await fake.close();
});

/** A copy of the committed content/ (the sample snapshot), as a fresh clone has it. */
async function sampleCopy(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ipex-hub-other-'));
  await cp(path.join(ROOT, 'content'), dir, { recursive: true });
  return dir;
}

const NEWS_FAILURE =
  'news: 0 of 6 hits have titles; 0 of 6 hits have publicationDate; fields seen: date (6), headline (5), body (3), parliaments (1), shared (1)';

describe('against an IPEX that names news fields otherwise, has no glossary and links in .do', () => {
  it('--probe names the fields IPEX sent, shows one sanitised hit per kind, and writes nothing', async () => {
    fake = await otherIpexServer();
    const dir = await tempContent();
    const r = await syncCli(fake, ['--probe', '--dir', dir]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain('news EN: 2 hits; fields seen: headline (2), body (2), date (2), parliaments (1), shared (1)');
    expect(r.stdout).toContain('    needed titles: in 0 of 2 hits');
    expect(r.stdout).toContain(
      '  a sync would keep the previous news: news: 0 of 2 hits have titles; 0 of 2 hits have publicationDate; fields seen: headline (2)',
    );
    expect(r.stdout).toMatch(/^glossary: not served: POST .*\/IPEXL-WEB\/api\/search\/glossary\?appLng=EN .*HTTP 404/m);
    expect(r.stdout).toContain('  events: usable');
    expect(r.stdout).toContain('"headline": "Budget 2027: <b>national</b> parliaments\' views"');
    // Only first pages, one per kind and language.
    expect(fake.requests.every((q) => q.page === 1)).toBe(true);
    expect(fake.requests).toHaveLength(5 * 2);
    expect(await readdir(dir)).toEqual(['registries']);
  });

  it('the sync keeps the previous news, exits 1 naming the fields seen, and writes the inventory next to the snapshot', async () => {
    fake = await otherIpexServer();
    const dir = await sampleCopy();
    const news = await snapshotText(dir, 'news');
    const r = await syncCli(fake, ['--dir', dir]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toMatch(/^news {3}kept-previous/m);
    expect(r.stdout).toContain(`    reason: ${NEWS_FAILURE}`);
    expect(r.stdout).toContain(`field inventory: ${path.relative(ROOT, path.join(dir, 'snapshot/inventory.json'))}`);
    expect(await snapshotText(dir, 'news')).toBe(news);
    const inventory = JSON.parse(await readFile(path.join(dir, 'snapshot/inventory.json'), 'utf8'));
    expect(inventory.kinds.news.failure).toBe(NEWS_FAILURE);
    expect(inventory.kinds.news.languages[1]).toMatchObject({ lang: 'fr', hits: 6, seen: { headline: 5, body: 3, date: 6 } });
    expect(inventory.kinds.news.languages[0].lacking).toContainEqual({ field: 'titles', have: 0, needed: true });
    expect(inventory.kinds.events.failure).toBeUndefined();
  });

  it('no id or slug keeps .do', async () => {
    fake = await otherIpexServer();
    const dir = await tempContent();
    await syncCli(fake, ['--dir', dir, '--only', 'events,topics,documents']);
    for (const kind of ['events', 'topics', 'documents'] as const) {
      const items = await snapshotItems(dir, kind);
      expect(items.length, kind).toBeGreaterThan(0);
      for (const item of items) expect(`${item.id} ${item.slug} ${JSON.stringify(item.related ?? {})}`, kind).not.toMatch(/\.do\b/i);
    }
    expect((await snapshotItems(dir, 'topics')).find((t) => t.id === 't-3001')?.related).toEqual({ news: [], events: ['e-2001'] });
  });
});

describe('a kind IPEX does not serve', () => {
  it('gets an empty snapshot on a first sync, which the build leaves out; the sample is left out once a sync ran', async () => {
    fake = await otherIpexServer();
    const dir = await tempContent();
    const r = await syncCli(fake, ['--dir', dir, '--only', 'events,glossary']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^ {4}reason: IPEX does not serve glossary \(fetch incomplete: POST .*HTTP 404 Not Found \(1 attempt\)\); an empty snapshot was written, and the build leaves glossary out$/m,
    );
    expect(JSON.parse(await snapshotText(dir, 'glossary'))).toMatchObject({ sample: false, items: [] });
    const states = snapshotStates(dir);
    expect(Object.fromEntries(states)).toEqual({ news: 'missing', events: 'real', topics: 'missing', documents: 'missing', glossary: 'empty' });
    expect(leftOutKinds(states).map((l) => l.kind)).toEqual(['glossary']);
    expect(leftOutKinds(snapshotStates(path.join(ROOT, 'content')))).toEqual([]);
    const mixed = snapshotStates(path.join(ROOT, 'content')).set('events', 'real');
    expect(leftOutKinds(mixed).map((l) => l.kind)).toEqual(['news', 'topics', 'documents', 'glossary']);
  });
});

describe('the field inventory', () => {
  const hit = (source: Record<string, unknown>, link: string | undefined = '/x/a') => ({ link, source, page: 1 });

  it('fails a kind only when most hits lack a needed field, naming the primary language plainly', () => {
    const titled = hit({ titles: [{ language: 'EN', message: 'T' }], publicationDate: '2026-11-20 09:00' });
    const bare = hit({ headline: 'T', publicationDate: '2026-11-20 09:00' });
    expect(inventoryOf('news', [{ lang: 'en', hits: [titled, titled, bare] }]).failure).toBeUndefined();
    expect(inventoryOf('news', [{ lang: 'en', hits: [titled, bare, bare] }]).failure).toBe(
      'news: 1 of 3 hits have titles; fields seen: publicationDate (3), headline (2), titles (1)',
    );
    expect(
      inventoryOf('news', [
        { lang: 'en', hits: [titled] },
        { lang: 'fr', hits: [bare] },
      ]).failure,
    ).toBe('news (FR): 0 of 1 hits have titles; fields seen: headline (1), publicationDate (1)');
    expect(inventoryOf('glossary', [{ lang: 'en', hits: [hit({ titles: ['x'] }, '/'), hit({ titles: ['x'] }, '/.do')] }]).failure).toBe(
      'glossary: 0 of 2 hits have fields.link.value; fields seen: titles (2)',
    );
    expect(inventoryOf('news', [{ lang: 'en', hits: [] }]).failure).toBeUndefined();
  });

  it('prints a hit without control characters, walls of text or endless lists', () => {
    const shown = JSON.stringify(
      sanitisedHit({ link: '/x/a.do', source: { titles: Array.from({ length: 5 }, (_, i) => ({ message: `t${i}\u001b[31m` })), body: 'x'.repeat(500) } }),
    );
    expect(shown).not.toContain('\\u001b');
    expect(shown).toContain('… 2 more');
    expect(shown).toContain('… (500 characters)');
    expect(shown).toContain('"value":"/x/a.do"');
  });
});
