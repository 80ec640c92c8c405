import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeSocial, type FakeSocial } from '../../scripts/serve-fake-social.ts';
import { X_USER } from '../../scripts/fake-social/x.ts';
import { xLength } from '../../src/social/count.ts';
import { announce, FAST, ledgerPosts, SECRETS, siteWith, type NewItem } from './support.ts';

// X and a Facebook Page, added to the registry as one module each, posted to by the real command against
// stand-ins on 127.0.0.1 that speak X API v2 and the Graph API (scripts/fake-social/{x,facebook}.ts).
// Neither platform takes an idempotency key: the ledger's pending mark and a look-up by link keep posts single.

let fake: FakeSocial;
beforeEach(async () => {
  fake = await startFakeSocial(SECRETS);
});
afterEach(() => fake.close());

const SITE = 'https://ipex-hub.example';
const tagged = (page: string, source: string) => `${page}?utm_source=${source}&utm_medium=social&utm_campaign=ipex-hub`;

/** An item of new.json as the build writes it: one text per registry platform, each ending with its tagged link. */
function item(n: number): NewItem {
  const page = `${SITE}/en/news/n-${n}/`;
  const title = `COSAC meeting ${n}: conclusions adopted`;
  const post = (source: string) => ({ text: `${title}\n\n${tagged(page, source)}\n\n#IPEX #subsidiarity`, url: tagged(page, source) });
  return {
    id: `urn:ipex-hub:news:n-${n}`,
    firstSeen: `2026-12-0${n}T08:00:00Z`,
    chambers: [],
    languages: {
      en: {
        url: page,
        title,
        description: 'Conclusions of the plenary.',
        card: { url: `${SITE}/og/n-${n}.png`, path: `/og/n-${n}.png`, alt: title, type: 'image/png' },
        posts: { mastodon: post('mastodon'), bluesky: post('bluesky'), linkedin: post('linkedin'), x: post('x'), facebook: post('facebook') },
      },
    },
  };
}
const ITEMS = [item(1), item(2), item(3)];
const env = () => fake.envFor(['x', 'facebook']);
const made = (platform: string) => fake.posts.filter((p) => p.platform === platform);
const ledger = async (file: string) => JSON.parse(await readFile(file, 'utf8'));

describe('X and a Facebook Page through npm run announce', () => {
  it('posts each item once to each, with the kit’s text (X: within 280 weighted) and link, and records the post addresses', async () => {
    const site = await siteWith(ITEMS);
    const r = await announce(['--new', site.newJson, '--ledger', site.ledger, ...FAST], env());
    expect(r.output).toContain('6 posted, 0 failed');
    expect(r.code).toBe(0);
    expect(made('x').map((p) => p.body)).toEqual(ITEMS.map((i) => ({ text: i.languages.en?.posts.x.text })));
    for (const p of made('x')) expect(xLength(String(p.body.text))).toBeLessThanOrEqual(280);
    expect(made('facebook').map((p) => p.body)).toEqual(
      ITEMS.map((i) => ({ message: i.languages.en?.posts.facebook.text, link: i.languages.en?.posts.facebook.url })),
    );
    const posts = await ledgerPosts(site.ledger);
    expect(posts.filter((p) => p.account === 'x:hub').map((p) => p.url)).toEqual(made('x').map((p) => `https://x.com/${X_USER.username}/status/${p.id}`));
    expect(posts.filter((p) => p.account === 'facebook:hub').map((p) => p.url)).toEqual(
      made('facebook').map((p) => `https://www.facebook.com/${SECRETS.facebookPageId}/posts/${p.id.split('_')[1]}`),
    );
    expect(r.output).not.toContain(SECRETS.xToken);
    expect(r.output).not.toContain(SECRETS.facebookToken);
  });

  it('accepts a post, drops the connection, and the rerun finds it by its link: one post each', async () => {
    const site = await siteWith(ITEMS);
    fake.faults.push(
      { platform: 'x', route: 'POST /2/tweets', fault: { drop: true } },
      { platform: 'facebook', route: `POST /v24.0/${SECRETS.facebookPageId}/feed`, fault: { drop: true } },
    );
    const first = await announce(['--new', site.newJson, '--ledger', site.ledger, ...FAST], env());
    expect(first.code).toBe(1);
    expect(first.output).toMatch(/x:hub: FAILED .*may have made it/);
    expect(first.output).toMatch(/facebook:hub: FAILED .*may have made it/);
    // Never sent twice blindly: one create each, left pending in the ledger.
    expect(fake.requests.filter((q) => q.method === 'POST')).toHaveLength(2);
    expect((await ledger(site.ledger)).pending.map((p: { account: string }) => p.account).sort()).toEqual(['facebook:hub', 'x:hub']);

    const second = await announce(['--new', site.newJson, '--ledger', site.ledger, ...FAST], env());
    expect(second.code).toBe(0);
    expect(second.output).toContain(`x:hub: found ${ITEMS[0]?.id}`);
    expect(second.output).toContain(`facebook:hub: found ${ITEMS[0]?.id}`);
    expect(made('x')).toHaveLength(3);
    expect(made('facebook')).toHaveLength(3);
    const l = await ledger(site.ledger);
    expect(l.posts).toHaveLength(6);
    expect(l.pending).toBeUndefined();
    expect(l.posts.find((p: { account: string; item: string }) => p.account === 'x:hub' && p.item === ITEMS[0]?.id).remoteId).toBe(made('x')[0]?.id);
  });

  it('takes X’s refusal of a duplicate text as "already posted" and records that post, when the ledger was lost', async () => {
    const site = await siteWith(ITEMS.slice(0, 1));
    await announce(['--new', site.newJson, '--ledger', site.ledger, '--only', 'x', ...FAST], env());
    await rm(site.ledger);
    const r = await announce(['--new', site.newJson, '--ledger', site.ledger, '--only', 'x', ...FAST], env());
    expect(r.code).toBe(0);
    expect(r.output).toContain('0 posted, 1 found');
    expect(fake.requests.filter((q) => q.path === '/2/tweets' && q.method === 'POST').map((q) => q.answer)).toEqual([201, 403]);
    expect(made('x')).toHaveLength(1);
    expect((await ledgerPosts(site.ledger)).map((p) => p.remoteId)).toEqual([made('x')[0]?.id]);
  });

  it('keeps X within its monthly quota: what does not fit stays queued, not failed, and goes out the next month', async () => {
    const site = await siteWith(ITEMS);
    const quota = { ...env(), X_MONTHLY_POSTS: '2' };
    const first = await announce(['--new', site.newJson, '--ledger', site.ledger, ...FAST], quota);
    expect(first.code).toBe(0);
    expect(first.output).toContain("x:hub: 2 to post, 1 wait for the next run (the platform's monthly quota: 2 left)");
    expect(made('x')).toHaveLength(2);
    expect(made('facebook')).toHaveLength(3);
    expect((await ledger(site.ledger)).queue.map((i: { id: string }) => i.id)).toEqual([ITEMS[2]?.id]);

    // This month again: nothing more to X, the item still queued (and new.json no longer lists it).
    await writeFile(site.newJson, JSON.stringify({ items: [] }));
    const again = await announce(['--new', site.newJson, '--ledger', site.ledger, ...FAST], quota);
    expect(again.code).toBe(0);
    expect(made('x')).toHaveLength(2);
    expect((await ledger(site.ledger)).queue.map((i: { id: string }) => i.id)).toEqual([ITEMS[2]?.id]);

    // A month later (the ledger's posts dated last month): the queued item is posted, once.
    const l = await ledger(site.ledger);
    const lastMonth = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() - 1, 15)).toISOString();
    await writeFile(site.ledger, JSON.stringify({ ...l, posts: l.posts.map((p: object) => ({ ...p, postedAt: lastMonth })) }));
    const next = await announce(['--new', site.newJson, '--ledger', site.ledger, ...FAST], quota);
    expect(next.code).toBe(0);
    expect(made('x').map((p) => p.body.text)).toEqual(ITEMS.map((i) => i.languages.en?.posts.x.text));
    expect(made('facebook')).toHaveLength(3);
    expect((await ledger(site.ledger)).queue ?? []).toEqual([]);
  });

  it('leaves items queued when X answers 429 (its cap reached), with nothing pending and nothing failed; the next run posts them', async () => {
    const site = await siteWith(ITEMS.slice(0, 2));
    const reset = String(Math.floor(Date.now() / 1000) + 86_400);
    fake.faults.push({
      platform: 'x',
      route: 'POST /2/tweets',
      fault: {
        status: 429,
        headers: { 'x-rate-limit-limit': '17', 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': reset },
        body: { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 },
      },
    });
    const first = await announce(['--new', site.newJson, '--ledger', site.ledger, '--only', 'x', ...FAST], env());
    expect(first.code).toBe(0);
    expect(first.output).toContain('0 posted, 0 failed, 2 waiting');
    expect(first.output).toContain(`until ${new Date(Number(reset) * 1000).toISOString()}`);
    // One attempt only: a 429 is not retried into the cap.
    expect(fake.requests.filter((q) => q.path === '/2/tweets')).toHaveLength(1);
    const l = await ledger(site.ledger);
    expect(l.pending ?? []).toEqual([]);
    expect(l.queue.map((i: { id: string }) => i.id)).toEqual(ITEMS.slice(0, 2).map((i) => i.id));
    const second = await announce(['--new', site.newJson, '--ledger', site.ledger, '--only', 'x', ...FAST], env());
    expect(second.output).toContain('2 posted, 0 failed');
    expect(made('x')).toHaveLength(2);
  });

  it('refuses a bad X_MONTHLY_POSTS or Facebook Page id before any request', async () => {
    const site = await siteWith(ITEMS);
    const r = await announce(['--new', site.newJson, '--ledger', site.ledger], { ...env(), X_MONTHLY_POSTS: 'lots', FACEBOOK_PAGE_ID: 'ipexhub' });
    expect(r.code).toBe(2);
    expect(r.output).toContain('X_MONTHLY_POSTS: "lots" is not a whole number ≥ 0');
    expect(r.output).toContain('facebook:hub: FACEBOOK_PAGE_ID "ipexhub" is not a numeric Page id');
    expect(fake.requests).toEqual([]);
  });
});

describe('an item queued before a platform was added', () => {
  it('is not owed to the new platform: it neither blocks its account nor stays queued for it', async () => {
    const old = item(1);
    const en = old.languages.en;
    if (!en) throw new Error('fixture');
    // What a ledger's queue kept of an item from an earlier build: texts for the platforms of that day only.
    const { mastodon, bluesky, linkedin } = en.posts;
    const site = await siteWith([item(2)]);
    await mkdir(path.dirname(site.ledger), { recursive: true });
    await writeFile(
      site.ledger,
      JSON.stringify({
        format: 'ipex-hub-ledger/1',
        posts: [],
        queue: [{ ...old, adopted: false, languages: { en: { ...en, posts: { mastodon, bluesky, linkedin } } } }],
      }),
    );
    const r = await announce(['--new', site.newJson, '--ledger', site.ledger, ...FAST], env());
    expect(r.code).toBe(0);
    expect(r.output).toContain('x:hub: 1 to post');
    expect(made('x').map((p) => p.body.text)).toEqual([item(2).languages.en?.posts.x.text]);
    expect((await ledger(site.ledger)).queue ?? []).toEqual([]);
  });
});
