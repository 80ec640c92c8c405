import { access, cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, ROOT } from '../support/build.ts';
import { textSlug } from '../../src/model/texts.ts';
import { fixtureServer, snapshotItems, syncCli } from '../sync/support.ts';

const exists = (file: string) => access(file).then(() => true, () => false);
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
          for (const lang of ['en', 'fr']) expect(await exists(path.join(out, lang, kind, String(item.slug), 'index.html')), `${lang}/${kind}/${item.slug}`).toBe(true);
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
