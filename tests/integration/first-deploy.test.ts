import { access, cp, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, ROOT } from '../support/build.ts';
import { textSlug } from '../../src/model/texts.ts';
import { startFakeSocial } from '../../scripts/serve-fake-social.ts';
import { announce, FAST, ledgerPosts, SECRETS } from '../announce/support.ts';
import { fixtureServer, otherIpexServer, snapshotItems, syncCli } from '../sync/support.ts';

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );
/** File ids of the COSAC plenary's documents in tests/fixtures/ipex/events.json. */
const PROGRAMME = '8a8629a88c1b2a01018c1c9f3e5d0001';
const CONTRIBUTION = '8a8629a88c1b2a01018c1c9f3e5d0002';

// What a newcomer does to go live: on a fresh clone (the sample snapshot and its editorial
// examples), `npm run sync` against IPEX (here the local stand-in), then `npm run build`.
describe('from the sample to real data in two commands', () => {
  it('npm run sync && npm run build succeed on a copy of content/, with no manual step', async () => {
    const fake = await fixtureServer();
    try {
      const dir = await mkdtemp(path.join(tmpdir(), 'ipex-hub-first-deploy-'));
      await cp(path.join(ROOT, 'content'), dir, { recursive: true });
      const synced = await syncCli(fake, ['--dir', dir]);
      expect(synced.code, synced.stdout + synced.stderr).toBe(0);
      expect(JSON.parse(await readFile(path.join(dir, 'snapshot/news.json'), 'utf8')).sample).toBe(false);

      const out = await mkdtemp(path.join(tmpdir(), 'ipex-hub-first-deploy-dist-'));
      // Built after the sync, as a deploy is: what it first saw is dated before the build's now, so feeds carry it.
      const built = await buildSite(dir, out, { HUB_NOW: new Date().toISOString() });
      expect(built.code, built.output).toBe(0);
      for (const kind of ['news', 'events', 'topics'] as const) {
        const items = await snapshotItems(dir, kind);
        expect(items.length, kind).toBeGreaterThan(0);
        for (const item of items) {
          // A page in each language IPEX gave the item's title in (the default language when none of the hub's), no empty twin.
          const title = item.title as Record<string, string>;
          const own = ['en', 'fr'].filter((l) => title[l]);
          for (const lang of ['en', 'fr'])
            expect(await exists(path.join(out, lang, kind, String(item.slug), 'index.html')), `${lang}/${kind}/${item.slug}`).toBe(
              (own.length ? own : ['en']).includes(lang),
            );
        }
      }
      // The stand-in's COSAC plenary carries a programme, a contribution and conclusions: the contribution
      // has its page and cards, the meeting's page links it, the COSAC feed carries it; the programme is only a link.
      const meeting = (await snapshotItems(dir, 'events')).find((e) => e.id === 'e-2001');
      const contribution = textSlug(String(meeting?.slug), CONTRIBUTION);
      const html = await readFile(path.join(out, 'en/texts', contribution, 'index.html'), 'utf8');
      const card = /<meta property="og:image" content="[^"]*(\/og\/en\/texts\/[^"]+\.png)"/.exec(html)?.[1];
      expect(card && (await exists(path.join(out, card))), card).toBe(true);
      const meetingPage = await readFile(path.join(out, 'en/events', String(meeting?.slug), 'index.html'), 'utf8');
      expect(meetingPage).toContain(`href="/en/texts/${contribution}/"`);
      expect(meetingPage).toContain(`href="${fake.origin}/IPEXL-WEB/download/file/${PROGRAMME}"`);
      expect(await readFile(path.join(out, 'en/feeds/bodies/cosac.xml'), 'utf8')).toContain(`urn:ipex-hub:texts:${CONTRIBUTION}`);
      const announced = await readFile(path.join(out, 'social/new.json'), 'utf8');
      expect(announced).toContain(`urn:ipex-hub:texts:${CONTRIBUTION}`);
      expect(announced).not.toContain(PROGRAMME);

      // The sample's example override stays on disk but no longer applies; the hub's own item still does.
      expect(await exists(path.join(dir, 'editorial/news/eerste-kamer-own-resources.fr.md'))).toBe(true);
      expect(await exists(path.join(out, 'en/news/hub-welcome/index.html'))).toBe(true);
    } finally {
      await fake.close();
    }
  });
});

// The same two commands against an IPEX unlike the assumed one: news under other field names, no
// glossary index, links in the legacy `.do` form. The sync keeps what it cannot trust; the build
// must still succeed, and publish nothing of the sample as if it were real.
describe('a first deployment against an IPEX that differs', () => {
  it('builds, leaves out the kinds still holding the sample with one warning each, and no path keeps .do', async () => {
    const fake = await otherIpexServer();
    try {
      const dir = await mkdtemp(path.join(tmpdir(), 'ipex-hub-other-deploy-'));
      await cp(path.join(ROOT, 'content'), dir, { recursive: true });
      const sampleNews = await snapshotItems(dir, 'news');
      const sampleTerms = await snapshotItems(dir, 'glossary');
      const synced = await syncCli(fake, ['--dir', dir]);
      expect(synced.code, synced.stdout).toBe(1);

      const out = await mkdtemp(path.join(tmpdir(), 'ipex-hub-other-deploy-dist-'));
      const built = await buildSite(dir, out);
      expect(built.code, built.output).toBe(0);
      for (const kind of ['news', 'glossary'])
        expect(built.output.split(`${kind} left out: its snapshot still holds the sample data`).length - 1, kind).toBe(1);
      expect(built.output).not.toMatch(/events left out|topics left out|documents left out/);
      for (const lang of ['en', 'fr']) {
        expect(await exists(path.join(out, lang, 'news')), `${lang}/news`).toBe(false);
        expect(await exists(path.join(out, lang, 'glossary')), `${lang}/glossary`).toBe(false);
        expect(await exists(path.join(out, lang, 'feeds/news.xml')), `${lang}/feeds/news.xml`).toBe(false);
        const home = await readFile(path.join(out, lang, 'index.html'), 'utf8');
        expect(home).not.toContain(`href="/${lang}/news/"`);
        expect(home).not.toContain(`href="/${lang}/glossary/"`);
        expect(home).toContain(`href="/${lang}/events/"`);
      }
      const pages = (await readdir(out, { recursive: true })).map(String);
      // No page links to a section that is not there.
      for (const page of pages.filter((p) => p.endsWith('.html'))) {
        expect(await readFile(path.join(out, page), 'utf8'), page).not.toMatch(/href="\/(en|fr)\/(news|glossary)\/"/);
      }
      const published = (kind: string, item: Record<string, unknown>) =>
        pages.filter((p) => p.startsWith(path.join('en', kind, String(item.slug))) || p.startsWith(path.join('og', 'en', kind, String(item.slug))));
      for (const item of sampleNews) expect(published('news', item), String(item.id)).toEqual([]);
      for (const item of sampleTerms) expect(published('glossary', item), String(item.id)).toEqual([]);
      // Nor is a sample title anywhere, e.g. in a feed or the share kit.
      const feed = await readFile(path.join(out, 'en/feeds/all.xml'), 'utf8');
      for (const item of sampleNews) expect(feed).not.toContain(String(item.id));
      expect(pages.filter((p) => /\.do\b/i.test(p))).toEqual([]);
      for (const kind of ['events', 'topics', 'documents'] as const) {
        for (const item of await snapshotItems(dir, kind)) expect(String(item.id), kind).not.toMatch(/\.do$/);
      }
      const manifest = await readFile(path.join(out, 'social/manifest.json'), 'utf8');
      for (const item of sampleNews) expect(manifest).not.toContain(`"${String(item.id)}"`);
    } finally {
      await fake.close();
    }
  });
});

// A first deployment finds every item new; announcing them all would flood the accounts with a
// backlog. `announce --baseline` records what is published as announced, and later runs post only
// what IPEX adds after it.
describe('a first deployment that does not flood', () => {
  it('announce --baseline posts nothing; after an upstream change the next announce posts only the new item', async () => {
    const ipex = await fixtureServer();
    const social = await startFakeSocial(SECRETS);
    try {
      const dir = await mkdtemp(path.join(tmpdir(), 'ipex-hub-baseline-'));
      await cp(path.join(ROOT, 'content'), dir, { recursive: true });
      const ledger = path.join(dir, 'social/ledger.json');
      expect((await syncCli(ipex, ['--dir', dir])).code).toBe(0);
      const first = await mkdtemp(path.join(tmpdir(), 'ipex-hub-baseline-dist-'));
      expect((await buildSite(dir, first)).code).toBe(0);
      const published = Object.keys(JSON.parse(await readFile(path.join(first, 'social/manifest.json'), 'utf8')).items);

      const base = await announce(['--baseline', '--new', path.join(first, 'social/new.json'), '--ledger', ledger, ...FAST], social.env);
      expect(base.code, base.output).toBe(0);
      expect(base.output).toContain(
        `announce --baseline: ${published.length} items recorded as announced without a post (${published.length} in the baseline), nothing posted`,
      );
      expect(social.requests).toEqual([]);
      expect(await ledgerPosts(ledger)).toEqual([]);

      const record = ipex.data.news[0];
      if (!record) throw new Error('no news fixture');
      ipex.data.news.push({
        link: '/IPEXL-WEB/news/n-1099',
        source: { ...record.source, titles: [{ language: 'EN', message: 'Added after the first deployment' }], publicationDate: '2026-11-26 10:00' },
      });
      expect((await syncCli(ipex, ['--dir', dir])).code).toBe(0);
      // Built without the previous manifest, so that new.json lists every item again: only the ledger's
      // baseline stands between the accounts and the backlog.
      const second = await mkdtemp(path.join(tmpdir(), 'ipex-hub-baseline-dist-'));
      expect((await buildSite(dir, second)).code).toBe(0);
      const next = await announce(['--new', path.join(second, 'social/new.json'), '--ledger', ledger, ...FAST], social.env);
      expect(next.code, next.output).toBe(0);
      expect(next.output).toContain('3 posted, 0 failed');
      expect(social.posts.map((p) => p.platform).sort()).toEqual(['bluesky', 'linkedin', 'mastodon']);
      expect(new Set((await ledgerPosts(ledger)).map((p) => p.item))).toEqual(new Set(['urn:ipex-hub:news:n-1099']));
    } finally {
      await ipex.close();
      await social.close();
    }
  });
});
