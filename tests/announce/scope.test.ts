import { createServer } from 'node:http';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeSocial, type FakeSocial } from '../../scripts/serve-fake-social.ts';
import { ROOT } from '../support/build.ts';
import { announce, FAST, ledgerPosts, sampleItems, SECRETS, siteWith, type NewItem } from './support.ts';

// Who is posted for (chambers that opted in) and when (--check-live).
let fake: FakeSocial;
beforeEach(async () => {
  fake = await startFakeSocial(SECRETS);
});
afterEach(() => fake.close());

/** A content folder whose registry gives a chamber its own Mastodon account, posting in French. */
async function registryWithOptIn(code: string, origin: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ipex-hub-registry-'));
  await cp(path.join(ROOT, 'content/registries'), path.join(dir, 'registries'), { recursive: true });
  const file = path.join(dir, 'registries/chambers.json');
  const chambers: { code: string; announce?: unknown }[] = JSON.parse(await readFile(file, 'utf8'));
  const chamber = chambers.find((c) => c.code === code);
  if (!chamber) throw new Error(`no chamber ${code} in the registry`);
  chamber.announce = { mastodon: { url: origin, tokenEnv: 'CHAMBER_MASTODON_TOKEN', lang: 'fr' } };
  await writeFile(file, JSON.stringify(chambers, null, 2));
  return dir;
}

describe('announcing: whose accounts, and when', () => {
  it('posts a chamber’s items to the chamber’s own account, in its language, and nobody else’s', async () => {
    const all = await sampleItems();
    const items = all.slice(0, 8);
    const code = 'cyvou';
    const content = await registryWithOptIn(code, fake.origins.mastodon);
    const site = await siteWith(items);
    const env = {
      MASTODON_URL: fake.env.MASTODON_URL ?? '',
      MASTODON_TOKEN: SECRETS.mastodonToken,
      CHAMBER_MASTODON_TOKEN: SECRETS.mastodonToken,
      HUB_CONTENT_DIR: content,
    };
    const r = await announce(['--new', site.newJson, '--ledger', site.ledger, ...FAST], env);
    expect(r.code).toBe(0);
    const theirs = items.filter((i) => i.chambers.includes(code));
    expect(theirs.length).toBeGreaterThan(1);
    expect(theirs.length).toBeLessThan(items.length);
    const ledger = await ledgerPosts(site.ledger);
    expect(ledger.filter((p) => p.account === 'mastodon:hub').map((p) => p.item)).toEqual(items.map((i) => i.id));
    const chamberPosts = ledger.filter((p) => p.account === `mastodon:${code}`);
    expect(chamberPosts.map((p) => p.item)).toEqual(theirs.map((i) => i.id));
    expect(chamberPosts.every((p) => p.lang === 'fr')).toBe(true);
    const french = fake.posts.filter((p) => p.body.language === 'fr').map((p) => p.body.status);
    expect(french).toEqual(theirs.map((i) => i.languages.fr?.posts.mastodon.text));
  });

  it('a chamber that opted in without its token set is skipped, and the run says so', async () => {
    const content = await registryWithOptIn('cyvou', fake.origins.mastodon);
    const site = await siteWith((await sampleItems()).slice(0, 1));
    const r = await announce(['--new', site.newJson, '--ledger', site.ledger, '--dry-run'], { HUB_CONTENT_DIR: content });
    expect(r.output).toContain('mastodon:cyvou: skipped, CHAMBER_MASTODON_TOKEN not set');
  });

  it('--new takes the deployed site’s new.json by URL, and the cards from their public URLs', async () => {
    const site = await siteWith([]);
    // A static host for the site folder, read on every request.
    const host = createServer((req, res) => {
      readFile(path.join(site.dir, decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname))).then(
        (body) => res.writeHead(200).end(body),
        () => res.writeHead(404).end(),
      );
    });
    await new Promise<void>((r) => host.listen(0, '127.0.0.1', r));
    const address = host.address();
    const origin = `http://127.0.0.1:${address && typeof address === 'object' ? address.port : 0}`;
    try {
      const moved: NewItem[] = JSON.parse(JSON.stringify((await sampleItems()).slice(0, 1)).replaceAll('https://hub.example.eu', origin));
      await writeFile(site.newJson, JSON.stringify({ items: moved }));
      const ledger = path.join(site.dir, 'ledger.json');
      const r = await announce(['--new', `${origin}/social/new.json`, '--ledger', ledger, '--only', 'bluesky', ...FAST], fake.env);
      expect(r.code).toBe(0);
      expect(r.output).toContain('1 posted');
      const card = await readFile(path.join(site.dir, moved[0]?.languages.en?.card.path ?? ''));
      expect(fake.requests.find((q) => q.path.endsWith('uploadBlob'))?.bytes).toBe(card.length);
    } finally {
      await new Promise<void>((r) => host.close(() => r()));
    }
  });

  it('--check-live posts an item only once its page and card answer 200', async () => {
    const items = (await sampleItems()).slice(0, 3);
    const live = new Set<string>();
    const site = createServer((req, res) => res.writeHead(live.has(req.url ?? '') ? 200 : 404).end());
    await new Promise<void>((r) => site.listen(0, '127.0.0.1', r));
    const address = site.address();
    const origin = `http://127.0.0.1:${address && typeof address === 'object' ? address.port : 0}`;
    try {
      const moved: NewItem[] = JSON.parse(JSON.stringify(items).replaceAll('https://hub.example.eu', origin));
      const pathOf = (u: string | undefined) => new URL(u ?? '', origin).pathname;
      // The first item's page and card are live; the second's card is not uploaded yet; the third is live.
      for (const i of [moved[0], moved[2]]) for (const u of [i?.languages.en?.url, i?.languages.en?.card.url]) live.add(pathOf(u));
      live.add(pathOf(moved[1]?.languages.en?.url));
      const dir = await siteWith(moved);
      const r = await announce(['--new', dir.newJson, '--ledger', dir.ledger, '--only', 'mastodon', '--check-live', ...FAST], fake.env);
      expect(r.code).toBe(0);
      expect(r.output).toContain('mastodon:hub: 2 to post, 1 not live yet');
      expect((await ledgerPosts(dir.ledger)).map((p) => p.item)).toEqual([items[0]?.id, items[2]?.id]);
      live.add(pathOf(moved[1]?.languages.en?.card.url));
      const again = await announce(['--new', dir.newJson, '--ledger', dir.ledger, '--only', 'mastodon', '--check-live', ...FAST], fake.env);
      expect(again.output).toContain('1 posted');
      expect(fake.posts).toHaveLength(3);
    } finally {
      await new Promise<void>((r) => site.close(() => r()));
    }
  });
});
