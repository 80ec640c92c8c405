import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { z } from 'zod';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeSocial, type FakeSocial } from '../../scripts/serve-fake-social.ts';
import { PLATFORM_IDS } from '../../src/platforms/index.ts';
import { LIMITS } from '../../src/social/count.ts';
import { SMALL_DIST } from '../support/build.ts';
import { announce, FAST, ledgerPosts, sampleItems, SECRETS, siteWith, type NewItem } from './support.ts';

// The real command against stand-ins that speak the platforms' endpoints and record every request.
let fake: FakeSocial;
let items: NewItem[];
beforeAll(async () => {
  items = (await sampleItems()).slice(0, 3);
});
beforeEach(async () => {
  fake = await startFakeSocial(SECRETS);
});
afterEach(() => fake.close());

const creates = (f: FakeSocial) =>
  f.requests.filter((r) => ['POST /api/v1/statuses', 'POST /xrpc/com.atproto.repo.putRecord', 'POST /rest/posts'].includes(`${r.method} ${r.path}`));
const decoder = new TextDecoder();
const linkedinBody = z.object({ content: z.object({ article: z.object({ source: z.string() }) }) });
const blueskyRecord = z.object({
  facets: z.array(
    z.object({
      index: z.object({ byteStart: z.number(), byteEnd: z.number() }),
      features: z.array(z.object({ $type: z.string(), uri: z.string().optional(), tag: z.string().optional() })),
    }),
  ),
  embed: z.object({
    external: z.object({ uri: z.string(), title: z.string(), description: z.string(), thumb: z.object({ size: z.number(), mimeType: z.string() }) }),
  }),
});
const slice = (text: string, start: number, end: number) => decoder.decode(new TextEncoder().encode(text).slice(start, end));

describe('npm run announce against stand-ins', () => {
  it('posts each new item once to every account, oldest first, with the share kit’s texts, and records them', async () => {
    const site = await siteWith(items);
    const r = await announce(['--new', site.newJson, '--ledger', site.ledger, ...FAST], fake.env);
    expect(r.output).toContain('9 posted, 0 failed');
    expect(r.code).toBe(0);
    const en = items.map((i) => i.languages.en);
    expect(fake.posts.map((p) => p.platform)).toEqual([
      'mastodon',
      'mastodon',
      'mastodon',
      'bluesky',
      'bluesky',
      'bluesky',
      'linkedin',
      'linkedin',
      'linkedin',
    ]);
    const byPlatform = (p: string) => fake.posts.filter((x) => x.platform === p).map((x) => x.body);
    expect(byPlatform('mastodon')).toEqual(en.map((v) => ({ status: v?.posts.mastodon.text, language: 'en', visibility: 'public' })));
    expect(byPlatform('bluesky').map((b) => b.text)).toEqual(en.map((v) => v?.posts.bluesky.text));
    expect(byPlatform('linkedin').map((b) => linkedinBody.parse(b).content.article.source)).toEqual(en.map((v) => v?.posts.linkedin.url));

    const ledger = await ledgerPosts(site.ledger);
    expect(ledger).toHaveLength(9);
    expect(ledger.map((p) => p.remoteId).sort()).toEqual(fake.posts.map((p) => p.id).sort());
    expect(new Set(ledger.map((p) => `${p.account} ${p.item}`)).size).toBe(9);
  });

  it('keeps texts within each platform’s count, facets slicing exactly their text, cards within the blob limit', async () => {
    const site = await siteWith(items);
    await announce(['--new', site.newJson, '--ledger', site.ledger, ...FAST], fake.env);
    for (const p of fake.posts) {
      if (p.platform === 'mastodon') expect(LIMITS.mastodon.count(String(p.body.status))).toBeLessThanOrEqual(500);
      if (p.platform === 'linkedin') expect([...String(p.body.commentary)].length).toBeLessThanOrEqual(3000);
      if (p.platform !== 'bluesky') continue;
      const text = String(p.body.text);
      expect(LIMITS.bluesky.count(text)).toBeLessThanOrEqual(300);
      const record = blueskyRecord.parse(p.body);
      expect(record.facets.length).toBeGreaterThan(0);
      for (const f of record.facets) {
        const feature = f.features[0];
        const cut = slice(text, f.index.byteStart, f.index.byteEnd);
        expect(cut).toBe(feature?.$type === 'app.bsky.richtext.facet#link' ? feature.uri : `#${feature?.tag}`);
      }
      const { external } = record.embed;
      expect(external.title.length).toBeGreaterThan(0);
      expect(external.thumb.size).toBeLessThanOrEqual(1_000_000);
      expect(external.thumb.mimeType).toMatch(/^image\//);
    }
    const li = fake.requests.filter((r) => r.platform === 'linkedin' && r.path === '/rest/posts');
    for (const r of li) expect(r.headers['linkedin-version']).toMatch(/^\d{6}$/);
  });

  it('re-encodes a card over the 1,000,000-byte blob limit before it becomes a Bluesky thumb', async () => {
    const first = structuredClone(items[0]);
    const en = first?.languages.en;
    if (!first || !en) throw new Error('sample item without English');
    en.card.path = '/big/card.png';
    const site = await siteWith([first]);
    await mkdir(path.join(site.dir, 'big'));
    const noise = await sharp(randomBytes(1200 * 630 * 3), { raw: { width: 1200, height: 630, channels: 3 } })
      .png()
      .toBuffer();
    expect(noise.length).toBeGreaterThan(1_000_000);
    await writeFile(path.join(site.dir, 'big/card.png'), noise);
    const r = await announce(['--new', site.newJson, '--ledger', site.ledger, '--only', 'bluesky', ...FAST], fake.env);
    expect(r.code).toBe(0);
    const upload = fake.requests.find((q) => q.path.endsWith('uploadBlob'));
    expect(upload?.bytes).toBeLessThanOrEqual(1_000_000);
    expect(upload?.headers['content-type']).toBe('image/jpeg');
  });

  it('posts nothing on a rerun, and sends nothing at all', async () => {
    const site = await siteWith(items);
    await announce(['--new', site.newJson, '--ledger', site.ledger, ...FAST], fake.env);
    const before = fake.requests.length;
    const ledgerBefore = await readFile(site.ledger, 'utf8');
    const r = await announce(['--new', site.newJson, '--ledger', site.ledger, ...FAST], fake.env);
    expect(r.code).toBe(0);
    expect(r.output).toContain('0 posted, 0 failed');
    expect(fake.requests.length).toBe(before);
    expect(await readFile(site.ledger, 'utf8')).toBe(ledgerBefore);
  });

  it('makes no duplicate when a platform accepts a post and then drops the connection', async () => {
    const site = await siteWith(items);
    fake.faults.push(
      { platform: 'mastodon', route: 'POST /api/v1/statuses', fault: { drop: true } },
      { platform: 'bluesky', route: 'POST /xrpc/com.atproto.repo.putRecord', fault: { drop: true } },
      { platform: 'linkedin', route: 'POST /rest/posts', fault: { drop: true } },
    );
    const first = await announce(['--new', site.newJson, '--ledger', site.ledger, ...FAST], fake.env);
    // Mastodon (same Idempotency-Key) and Bluesky (same record key, swapRecord null) recover in the run;
    // LinkedIn has no key, so its post stays pending and the run fails.
    expect(first.code).toBe(1);
    expect(first.output).toMatch(/linkedin:hub: FAILED .*may have made it/);
    const pending = JSON.parse(await readFile(site.ledger, 'utf8')).pending;
    expect(pending).toEqual([expect.objectContaining({ item: items[0]?.id, account: 'linkedin:hub' })]);
    const second = await announce(['--new', site.newJson, '--ledger', site.ledger, ...FAST], fake.env);
    expect(second.code).toBe(0);
    expect(second.output).toContain(`linkedin:hub: found ${items[0]?.id}`);
    for (const platform of ['mastodon', 'bluesky', 'linkedin']) expect(fake.posts.filter((p) => p.platform === platform)).toHaveLength(3);
    const keys = fake.requests.filter((r) => r.path === '/api/v1/statuses').map((r) => r.headers['idempotency-key']);
    expect(keys[0]).toBe(keys[1]);
    const ledger = JSON.parse(await readFile(site.ledger, 'utf8'));
    expect(ledger.posts).toHaveLength(9);
    expect(ledger.pending).toBeUndefined();
  });

  it('finds a Mastodon post left pending after the server forgot its Idempotency-Key, instead of posting again', async () => {
    const site = await siteWith(items.slice(0, 1));
    fake.faults.push({ platform: 'mastodon', route: 'POST /api/v1/statuses', fault: { drop: true } });
    const first = await announce(['--new', site.newJson, '--ledger', site.ledger, '--only', 'mastodon', '--backoff', '20', '--retries', '0'], fake.env);
    expect(first.code).toBe(1);
    expect(JSON.parse(await readFile(site.ledger, 'utf8')).pending).toHaveLength(1);
    fake.expireKeys();
    const second = await announce(['--new', site.newJson, '--ledger', site.ledger, ...FAST], fake.env);
    expect(second.code).toBe(0);
    expect(second.output).toContain(`mastodon:hub: found ${items[0]?.id}`);
    expect(fake.posts.filter((p) => p.platform === 'mastodon')).toHaveLength(1);
    expect((await ledgerPosts(site.ledger)).find((p) => p.platform === 'mastodon')?.remoteId).toBe(fake.posts[0]?.id);
  });

  it('posts nothing twice to Bluesky even when the ledger is lost: the record keys are the same', async () => {
    const site = await siteWith(items);
    await announce(['--new', site.newJson, '--ledger', site.ledger, '--only', 'bluesky', ...FAST], fake.env);
    const before = await ledgerPosts(site.ledger);
    await rm(site.ledger);
    const asked = fake.requests.length;
    const r = await announce(['--new', site.newJson, '--ledger', site.ledger, '--only', 'bluesky', ...FAST], fake.env);
    expect(r.code).toBe(0);
    expect(fake.posts).toHaveLength(3);
    const after = await ledgerPosts(site.ledger);
    expect(after.map((p) => p.remoteId)).toEqual(before.map((p) => p.remoteId));
    // Told as it is: found, not posted; each post's own time kept; no card uploaded for a write that would be refused.
    expect(r.output).toContain('announce: 0 posted, 3 found (posted earlier), 0 failed');
    expect(r.output.match(/bluesky:hub: found \S+, posted earlier: https:\/\/bsky\.app\//g)).toHaveLength(3);
    expect(after.map((p) => p.postedAt)).toEqual(fake.posts.map((p) => p.body.createdAt));
    expect(
      fake.requests
        .slice(asked)
        .map((q) => q.path)
        .filter((p) => p !== '/xrpc/com.atproto.server.createSession'),
    ).toEqual(Array(3).fill('/xrpc/com.atproto.repo.getRecord'));
  });

  it('leaves a ledger after a 500 midway that the next run completes, in order', async () => {
    const site = await siteWith(items);
    // The second Bluesky post meets a server that keeps failing through every retry.
    fake.faults.push({ platform: 'bluesky', route: 'POST /xrpc/com.atproto.repo.putRecord', skip: 1, times: 3, fault: { status: 500 } });
    const first = await announce(['--new', site.newJson, '--ledger', site.ledger, ...FAST], fake.env);
    expect(first.code).toBe(1);
    expect(first.output).toMatch(/bluesky:hub: FAILED .*HTTP 500.*1 more wait/);
    expect((await ledgerPosts(site.ledger)).filter((p) => p.platform === 'bluesky').map((p) => p.item)).toEqual([items[0]?.id]);
    const second = await announce(['--new', site.newJson, '--ledger', site.ledger, ...FAST], fake.env);
    expect(second.code).toBe(0);
    expect(second.output).toContain('2 posted, 0 failed');
    const bsky = fake.posts.filter((p) => p.platform === 'bluesky').map((p) => p.body.text);
    expect(bsky).toEqual(items.map((i) => i.languages.en?.posts.bluesky.text));
    expect((await ledgerPosts(site.ledger)).filter((p) => p.platform === 'bluesky').map((p) => p.item)).toEqual(items.map((i) => i.id));
  });

  it('waits out a 429 until its reset time (Mastodon X-RateLimit-Reset, AT Protocol RateLimit-Reset)', async () => {
    const site = await siteWith(items.slice(0, 1));
    let mastodonReset = 0;
    let blueskyReset = 0;
    fake.faults.push(
      {
        platform: 'mastodon',
        route: 'POST /api/v1/statuses',
        fault: {
          status: 429,
          body: { error: 'Too many requests' },
          headers: () => ({ 'X-RateLimit-Reset': new Date((mastodonReset = Date.now() + 1500)).toISOString() }),
        },
      },
      {
        platform: 'bluesky',
        route: 'POST /xrpc/com.atproto.repo.putRecord',
        fault: {
          status: 429,
          body: { error: 'RateLimitExceeded' },
          headers: () => ({ 'RateLimit-Reset': String((blueskyReset = Math.ceil(Date.now() / 1000) + 1)) }),
        },
      },
    );
    const r = await announce(['--new', site.newJson, '--ledger', site.ledger, ...FAST], fake.env);
    expect(r.code).toBe(0);
    const statuses = fake.requests.filter((q) => q.path === '/api/v1/statuses');
    expect(statuses.map((q) => q.answer)).toEqual([429, 200]);
    expect(statuses[1]?.at).toBeGreaterThanOrEqual(mastodonReset - 50);
    const puts = fake.requests.filter((q) => q.path.endsWith('putRecord'));
    expect(puts.map((q) => q.answer)).toEqual([429, 200]);
    expect(puts[1]?.at).toBeGreaterThanOrEqual(blueskyReset * 1000 - 50);
    expect(fake.posts).toHaveLength(3);
  });

  it('--dry-run prints what would be posted, where and as what, and sends and writes nothing', async () => {
    const site = await siteWith(items);
    const r = await announce(['--dry-run', '--new', site.newJson, '--ledger', site.ledger], fake.env);
    expect(r.code).toBe(0);
    expect(fake.requests).toHaveLength(0);
    await expect(stat(site.ledger)).rejects.toThrow();
    expect(r.output).toContain(`POST ${fake.origins.mastodon}/api/v1/statuses`);
    expect(r.output).toContain(`POST ${fake.origins.bluesky}/xrpc/com.atproto.repo.putRecord`);
    expect(r.output).toContain(`POST ${fake.origins.linkedin}/rest/posts`);
    for (const i of items) expect(r.output).toContain(JSON.stringify(i.languages.en?.posts.mastodon.text));
    // Platforms without their variables are shown as they would post: every registry entry.
    expect(r.output).toContain('POST https://api.x.com/2/tweets');
    expect(r.output).toContain('POST https://graph.facebook.com/v24.0/FACEBOOK_PAGE_ID/feed');
    expect(r.output).toContain(`${items.length * PLATFORM_IDS.length} would be posted`);
  });

  it('--max holds per account; the rest waits in the ledger’s queue for the next run, whose new.json no longer lists it', async () => {
    const site = await siteWith(items);
    const r = await announce(['--new', site.newJson, '--ledger', site.ledger, '--max', '2', ...FAST], fake.env);
    expect(r.code).toBe(0);
    expect(r.output).toContain('mastodon:hub: 2 to post, 1 wait for the next run (--max 2)');
    expect(creates(fake)).toHaveLength(6);
    expect(JSON.parse(await readFile(site.ledger, 'utf8')).queue.map((i: NewItem) => i.id)).toEqual([items[2]?.id]);
    // The next build announces nothing new; the queued item still goes out, then leaves the queue.
    const next = await siteWith([]);
    const again = await announce(['--new', next.newJson, '--ledger', site.ledger, '--max', '2', ...FAST], fake.env);
    expect(again.output).toContain('3 posted');
    expect(fake.posts.filter((p) => p.platform === 'mastodon').map((p) => p.body.status)).toEqual(items.map((i) => i.languages.en?.posts.mastodon.text));
    expect(JSON.parse(await readFile(site.ledger, 'utf8')).queue).toBeUndefined();
  });

  it('--dry-run --max 2 puts a COSAC plenary’s contribution and conclusions first, ahead of hundreds of other new items; the programme is not announced', async () => {
    // The small fixture's Warsaw plenary (a programme, a contribution, conclusions), behind the sample's backlog.
    const small: NewItem[] = JSON.parse(await readFile(path.join(SMALL_DIST, 'social/new.json'), 'utf8')).items;
    const texts = small.filter((i) => i.adopted);
    const backlog = (await sampleItems()).filter((i) => !i.adopted);
    expect(backlog.length).toBeGreaterThan(200);
    const site = await siteWith([...backlog, ...[...texts].reverse()]);
    const r = await announce(['--dry-run', '--max', '2', '--new', site.newJson, '--ledger', site.ledger], fake.env);
    expect(r.code, r.output).toBe(0);
    const previewed = [...r.output.matchAll(/\[\d\/2\] (\S+) in /g)].map((m) => m[1]);
    const ids = ['urn:ipex-hub:texts:c05ac000000000000000000000000002', 'urn:ipex-hub:texts:c05ac000000000000000000000000003'];
    // Every account of the hub (those without variables shown as they would post), each posting the contribution and then the conclusions.
    expect(previewed).toEqual(PLATFORM_IDS.flatMap(() => ids));
    expect(r.output).toContain(`wait for the next run (--max 2)`);
    expect(r.output).not.toContain('c05ac000000000000000000000000001');
    expect(fake.requests).toHaveLength(0);
  });

  it('--mastodon-media attaches the wide card with its alt text, once the server has processed it', async () => {
    const site = await siteWith(items.slice(0, 1));
    const r = await announce(['--new', site.newJson, '--ledger', site.ledger, '--only', 'mastodon', '--mastodon-media', ...FAST], fake.env);
    expect(r.code).toBe(0);
    const media = fake.requests.find((q) => q.path === '/api/v2/media');
    expect(media?.bytes).toBeGreaterThan(10_000);
    const ids = fake.posts[0]?.body.media_ids;
    expect(ids).toHaveLength(1);
    const upload = fake.uploads.get(`mastodon:${Array.isArray(ids) ? ids[0] : ''}`);
    expect(upload?.alt).toBe(items[0]?.languages.en?.card.alt);
    expect(upload?.mime).toBe('image/png');
    // The server answered 202 (processing); the status waited until the media had its URL.
    expect(fake.requests.filter((q) => q.path.startsWith('/api/v1/media/')).map((q) => q.answer)).toEqual([206, 200]);
    expect(fake.requests.find((q) => q.path === '/api/v1/statuses')?.answer).toBe(200);
  });

  it('never shows a secret, even when a platform echoes it back, and keeps it out of the ledger', async () => {
    const site = await siteWith(items);
    const wrong = 'wrong-mastodon-token-Jd83kQp0';
    const r = await announce(['--new', site.newJson, '--ledger', site.ledger, ...FAST], { ...fake.env, MASTODON_TOKEN: wrong });
    expect(r.code).toBe(1);
    expect(r.output).toContain('mastodon:hub: FAILED to start');
    expect(r.output).toContain('[secret]');
    const ledger = await readFile(site.ledger, 'utf8');
    for (const s of [wrong, SECRETS.blueskyPassword, SECRETS.linkedinToken, SECRETS.mastodonToken]) {
      expect(r.output).not.toContain(s);
      expect(ledger).not.toContain(s);
    }
  });

  it('exits 2 on bad flags or configuration before any request', async () => {
    const site = await siteWith(items);
    const runs = [
      await announce(['--new', site.newJson, '--max', '0'], fake.env),
      await announce(['--new', site.newJson, '--only', 'mastodon,threads'], fake.env),
      await announce(['--new', site.newJson, '--bogus'], fake.env),
      await announce(['--new', `${site.dir}/missing.json`], fake.env),
      await announce(['--new', site.newJson], { ...fake.env, MASTODON_URL: 'mastodon.example' }),
      await announce(['--new', site.newJson], { ...fake.env, LINKEDIN_ORGANIZATION: 'acme' }),
    ];
    expect(runs.map((r) => r.code)).toEqual([2, 2, 2, 2, 2, 2]);
    expect(runs[4]?.output).toContain('MASTODON_URL "mastodon.example" is not an http(s) URL');
    expect(fake.requests).toHaveLength(0);
  });

  it('says which platforms it skips for want of their variables', async () => {
    const site = await siteWith(items.slice(0, 1));
    const env = { MASTODON_URL: fake.env.MASTODON_URL ?? '', MASTODON_TOKEN: fake.env.MASTODON_TOKEN ?? '' };
    const r = await announce(['--new', site.newJson, '--ledger', site.ledger, ...FAST], env);
    expect(r.code).toBe(0);
    expect(r.output).toContain('bluesky:hub: skipped, BLUESKY_IDENTIFIER, BLUESKY_APP_PASSWORD not set');
    expect(r.output).toContain('linkedin:hub: skipped, LINKEDIN_TOKEN, LINKEDIN_ORGANIZATION not set');
    expect(fake.posts.map((p) => p.platform)).toEqual(['mastodon']);
  });
});
