import { access, cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, ROOT } from '../support/build.ts';
import { fixtureServer, snapshotItems, syncCli } from '../sync/support.ts';

const exists = (file: string) => access(file).then(() => true, () => false);

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
      const built = await buildSite(dir, out);
      expect(built.code, built.output).toBe(0);
      for (const kind of ['news', 'events', 'topics'] as const) {
        const items = await snapshotItems(dir, kind);
        expect(items.length, kind).toBeGreaterThan(0);
        for (const item of items) {
          for (const lang of ['en', 'fr']) expect(await exists(path.join(out, lang, kind, String(item.slug), 'index.html')), `${lang}/${kind}/${item.slug}`).toBe(true);
        }
      }
      // The sample's example override stays on disk but no longer applies; the hub's own item still does.
      expect(await exists(path.join(dir, 'editorial/news/eerste-kamer-own-resources.fr.md'))).toBe(true);
      expect(await exists(path.join(out, 'en/news/hub-welcome/index.html'))).toBe(true);
    } finally {
      await fake.close();
    }
  });
});
