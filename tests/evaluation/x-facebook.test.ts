import { cp, mkdir, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeSocial, type FakeSocial } from '../../scripts/serve-fake-social.ts';
import { collect } from '../../src/evaluation/collect.ts';
import { ROOT } from '../support/build.ts';
import { announce, FAST, SECRETS, siteWith, type NewItem } from '../announce/support.ts';

// The scorecard's figures for X and a Facebook Page: from their APIs where the tier allows
// (X `GET /2/tweets?ids=…&tweet.fields=public_metrics`, Graph `?ids=…&fields=shares,reactions.summary,…`),
// else from the export in content/evaluation/imports/, as for LinkedIn.

let fake: FakeSocial;
beforeEach(async () => {
  fake = await startFakeSocial(SECRETS);
});
afterEach(() => fake.close());

const quick = { timeoutMs: 5_000, retry: { retries: 1, baseDelayMs: 1, maxDelayMs: 2, maxRetryAfterMs: 5 } };
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

function item(n: number): NewItem {
  const page = `https://ipex-hub.example/en/news/n-${n}/`;
  const post = (s: string) => ({ text: `News ${n}\n\n${page}?utm_source=${s}`, url: `${page}?utm_source=${s}` });
  return {
    id: `urn:ipex-hub:news:n-${n}`,
    firstSeen: `2026-12-0${n}T08:00:00Z`,
    chambers: [],
    languages: {
      en: {
        url: page,
        title: `News ${n}`,
        description: '',
        card: { url: `${page}card.png`, path: '/og/c.png', alt: '', type: 'image/png' },
        posts: { mastodon: post('m'), bluesky: post('b'), linkedin: post('l'), x: post('x'), facebook: post('facebook') },
      },
    },
  };
}

/** Posts two items to X and Facebook through the announcer, and gives a content folder holding its ledger. */
async function posted(): Promise<string> {
  const site = await siteWith([item(1), item(2)]);
  const r = await announce(['--new', site.newJson, '--ledger', site.ledger, ...FAST], fake.envFor(['x', 'facebook']));
  expect(r.output).toContain('4 posted, 0 failed');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'hub-evaluate-x-'));
  await mkdir(path.join(dir, 'social'), { recursive: true });
  await mkdir(path.join(dir, 'evaluation/imports'), { recursive: true });
  await cp(site.ledger, path.join(dir, 'social/ledger.json'));
  return dir;
}

const run = (dir: string) =>
  collect({
    contentDir: dir,
    env: fake.envFor(['x', 'facebook']),
    now: new Date(),
    chambers: [],
    hubLang: 'en',
    campaign: 'ipex-hub',
    trial: { start: day(-30), end: day(30) },
    http: quick,
  });

describe('npm run evaluate for X and a Facebook Page', () => {
  it('reads followers and each post’s likes, reposts, replies and quotes from their APIs', async () => {
    const dir = await posted();
    const { snapshot, failed } = await run(dir);
    expect(failed).toBe(false);
    const by = new Map(snapshot.sources.map((s) => [s.id, s]));
    const ids = (p: string) =>
      fake.posts
        .filter((x) => x.platform === p)
        .map((x) => x.id)
        .sort();
    expect(by.get('x:hub')).toMatchObject({ status: 'ok', platform: 'x', followers: 321 });
    expect(by.get('x:hub')?.posts).toEqual(
      ids('x').map((remoteId) => expect.objectContaining({ platform: 'x', remoteId, likes: 7, reposts: 2, replies: 1, quotes: 1 })),
    );
    expect(by.get('facebook:hub')).toMatchObject({ status: 'ok', platform: 'facebook', followers: 456 });
    // Facebook counts no quotes: missing, not zero.
    expect(by.get('facebook:hub')?.posts).toEqual(
      ids('facebook').map((remoteId) => expect.objectContaining({ platform: 'facebook', remoteId, likes: 11, reposts: 3, replies: 2, quotes: null })),
    );
  });

  it('takes X’s figures from its export when the tier refuses reads: not configured, not failed', async () => {
    const dir = await posted();
    await cp(path.join(ROOT, 'tests/fixtures/evaluation/imports/x-tweet-activity.csv'), path.join(dir, 'evaluation/imports/x-tweet-activity.csv'));
    const enrolled = {
      title: 'Client Forbidden',
      detail:
        'When authenticating requests to the Twitter API v2 endpoints, you must use keys and tokens from a Twitter developer App that is attached to a Project.',
      reason: 'client-not-enrolled',
      type: 'https://api.twitter.com/2/problems/client-forbidden',
    };
    fake.faults.push({ platform: 'x', route: 'GET /2/users/me', times: 5, fault: { status: 403, body: enrolled } });
    const { snapshot, failed } = await run(dir);
    expect(failed).toBe(false);
    const x = snapshot.sources.find((s) => s.id === 'x:hub');
    expect(x).toMatchObject({ status: 'not-configured' });
    expect(x?.reason).toMatch(/HTTP 403.*X's analytics export in content\/evaluation\/imports/);
    const imported = snapshot.sources.find((s) => s.id === 'import:x-tweet-activity.csv');
    expect(imported).toMatchObject({ type: 'import', platform: 'x' });
    expect(imported?.posts.length).toBeGreaterThan(0);
  });
});
