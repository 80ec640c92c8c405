import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEDGER_FORMAT } from '../../src/announce/ledger.ts';
import { readChambers } from '../../src/content/chambers.ts';
import { collect, type CollectOptions } from '../../src/evaluation/collect.ts';
import { readHistory } from '../../src/evaluation/history.ts';
import { buildScorecard } from '../../src/evaluation/scorecard.ts';
import { evaluationView } from '../../src/evaluation/view.ts';
import { ROOT } from '../support/build.ts';
import { startStandins, type StandinData } from '../../scripts/serve-fake-platforms.ts';

const TRIAL = { start: '2026-11-02', end: '2027-01-31' };
const BSKY = (n: number) => `at://did:plc:hub/app.bsky.feed.post/3lhub${n}`;
const data: StandinData = {
  mastodon: {
    followers: 321,
    statuses: {
      '1001': { favourites: 12, reblogs: 4, replies: 2, quotes: 1, rebloggedBy: ['EuroParl@social.network.europa.eu', 'someone@example.social'] },
      '1002': { favourites: 3, reblogs: 0, replies: 0 },
    },
  },
  bluesky: {
    followers: 210,
    posts: { [BSKY(1)]: { likes: 20, reposts: 6, replies: 3, quotes: 2, repostedBy: ['europarl.bsky.social', 'a.person.bsky.social'] } },
  },
  linkedin: { followers: 1500, shares: { 'urn:li:share:7001': { likes: 41, comments: 5, shares: 12 } } },
  matomo: { campaigns: { 'ipex-hub-trial': 300, other: 9 }, bySource: { 'mastodon - social': 120, 'bluesky - social': 80, 'ipex-hub - referral': 100 } },
  plausible: {},
  failing: [],
};
const post = (item: string, platform: string, account: string, remoteId: string, url: string, postedAt: string) => ({
  item,
  platform,
  account,
  lang: 'en',
  remoteId,
  url,
  postedAt,
});
const ledger = {
  format: LEDGER_FORMAT,
  posts: [
    post('urn:ipex-hub:news:n-1', 'mastodon', 'mastodon:hub', '1001', 'https://social.example/@hub/1001', '2026-11-03T09:00:00Z'),
    post('urn:ipex-hub:events:e-1', 'mastodon', 'mastodon:hub', '1002', 'https://social.example/@hub/1002', '2026-11-04T09:00:00Z'),
    post('urn:ipex-hub:news:n-1', 'bluesky', 'bluesky:hub', BSKY(1), 'https://bsky.app/profile/hub/post/3lhub1', '2026-11-03T09:01:00Z'),
    post(
      'urn:ipex-hub:events:e-1',
      'linkedin',
      'linkedin:hub',
      'urn:li:share:7001',
      'https://www.linkedin.com/feed/update/urn:li:share:7001',
      '2026-11-04T09:02:00Z',
    ),
    post('urn:ipex-hub:news:n-0', 'mastodon', 'mastodon:hub', '999', 'https://social.example/@hub/999', '2026-10-01T09:00:00Z'),
  ],
};

let stand: Awaited<ReturnType<typeof startStandins>>;
let dir = '';
let env: Record<string, string> = {};
const quick = { timeoutMs: 5_000, retry: { retries: 1, baseDelayMs: 1, maxDelayMs: 2, maxRetryAfterMs: 5 } };

beforeAll(async () => {
  stand = await startStandins(data);
  dir = await mkdtemp(path.join(os.tmpdir(), 'hub-evaluate-'));
  await cp(path.join(ROOT, 'content/registries'), path.join(dir, 'registries'), { recursive: true });
  await mkdir(path.join(dir, 'social'), { recursive: true });
  await writeFile(path.join(dir, 'social/ledger.json'), JSON.stringify(ledger));
  await mkdir(path.join(dir, 'evaluation/imports'), { recursive: true });
  for (const f of ['linkedin-content.csv', 'x-tweet-activity.csv'])
    await cp(path.join(ROOT, 'tests/fixtures/evaluation/imports', f), path.join(dir, 'evaluation/imports', f));
  // The committed sample history, which the first real run replaces.
  await cp(path.join(ROOT, 'content/evaluation/2026-11-02.json'), path.join(dir, 'evaluation/2026-11-02.json'));
  env = {
    MASTODON_URL: stand.origin,
    MASTODON_TOKEN: 'mastodon-token',
    BLUESKY_IDENTIFIER: 'hub.example.eu',
    BLUESKY_APP_PASSWORD: 'app-pass',
    BLUESKY_APPVIEW: stand.origin,
    LINKEDIN_TOKEN: 'li-token',
    LINKEDIN_ORGANIZATION: '42',
    LINKEDIN_API_URL: stand.origin,
    MATOMO_URL: stand.origin,
    MATOMO_TOKEN: 'matomo-secret',
    MATOMO_SITE_ID: '7',
  };
});
afterAll(async () => {
  await stand?.close();
  await rm(dir, { recursive: true, force: true });
});

const options = async (now: string, e: Record<string, string> = env): Promise<CollectOptions> => ({
  contentDir: dir,
  env: e,
  now: new Date(now),
  chambers: await readChambers(dir, 'content'),
  hubLang: 'en',
  campaign: 'ipex-hub-trial',
  trial: TRIAL,
  http: quick,
});

describe('npm run evaluate against stand-ins of the platform and analytics APIs', () => {
  it('collects followers, post counts, chambers’ reposts, exports and visits; the scorecard shows exactly the inputs', async () => {
    const r = await collect(await options('2026-11-09T07:00:00Z'));
    expect(r.failed).toBe(false);
    const files = (await readdir(path.join(dir, 'evaluation'))).filter((f) => f.endsWith('.json'));
    expect(files).toEqual(['2026-11-09.json']); // the sample history is gone, not mixed in
    const by = new Map(r.snapshot.sources.map((s) => [s.id, s]));
    expect(by.get('mastodon:hub')).toMatchObject({ status: 'ok', followers: 321 });
    expect(by.get('mastodon:hub')?.posts).toEqual([
      { platform: 'mastodon', item: 'urn:ipex-hub:news:n-1', remoteId: '1001', likes: 12, reposts: 4, replies: 2, quotes: 1, sharedBy: { ep: 1 } },
      { platform: 'mastodon', item: 'urn:ipex-hub:events:e-1', remoteId: '1002', likes: 3, reposts: 0, replies: 0, quotes: null },
    ]);
    expect(by.get('bluesky:hub')?.posts).toEqual([
      { platform: 'bluesky', item: 'urn:ipex-hub:news:n-1', remoteId: BSKY(1), likes: 20, reposts: 6, replies: 3, quotes: 2, sharedBy: { ep: 1 } },
    ]);
    expect(by.get('linkedin:hub')).toMatchObject({
      followers: 1500,
      posts: [{ remoteId: 'urn:li:share:7001', likes: 41, reposts: 12, replies: 5, quotes: null }],
    });
    expect(by.get('visitors')).toMatchObject({ platform: 'matomo', visits: { mastodon: 120, bluesky: 80, 'ipex-hub': 100 } });
    // The Matomo token travels in the POST body, never in a URL.
    expect(stand.seen.filter((s) => s.path.includes('matomo-secret'))).toEqual([]);

    const card = buildScorecard(
      await readHistory(path.join(dir, 'evaluation')),
      TRIAL,
      new Map([
        ['urn:ipex-hub:news:n-1', ['frass']],
        ['urn:ipex-hub:events:e-1', ['ep']],
      ]),
    );
    expect(card.weeks).toEqual([{ start: '2026-11-09', end: '2026-11-15' }]); // from the week of the first collection
    const now = (c: 'followers' | 'likes' | 'shares' | 'visitors', id: string) => card.criteria[c].find((row) => row.channel.id === id)?.now;
    expect(now('followers', 'mastodon:hub')).toBe(321);
    expect(now('followers', 'bluesky:hub')).toBe(210);
    expect(now('likes', 'mastodon:hub')).toBe(15);
    expect(now('shares', 'mastodon:hub')).toBe(5); // 4 reblogs + 1 quote
    expect(now('shares', 'bluesky:hub')).toBe(8);
    // The LinkedIn export row of the post the API counted is not counted twice; the other one is.
    expect(now('likes', 'linkedin:hub')).toBe(41);
    // Export rows count up to the day of the collection (the second rows are dated later).
    expect(now('likes', 'linkedin:export')).toBe(0);
    expect(now('likes', 'x:export')).toBe(52);
    expect(now('visitors', 'ipex-hub')).toBe(100);
    expect(card.sharedBy).toEqual([{ chamber: 'ep', shares: 2 }]);
    expect(card.paidPosts).toBe(0); // the sponsored LinkedIn row is dated after this collection
    expect(card.top[0]).toMatchObject({ item: 'urn:ipex-hub:news:n-1', shares: 13, likes: 32 });
    expect(card.byKind.map((g) => [g.key, g.posts, g.likes, g.shares])).toEqual([
      ['news', 2, 32, 13],
      ['events', 2, 44, 12],
    ]);
    expect(card.byChamber.find((g) => g.key === 'frass')).toMatchObject({ posts: 2, likes: 32, shares: 13 });
  });

  it('a source without its variables is reported as not configured and shows as missing, not as zero', async () => {
    const { MATOMO_URL: _m, LINKEDIN_TOKEN: _l, ...partial } = env;
    const r = await collect(await options('2026-11-10T07:00:00Z', partial));
    const by = new Map(r.snapshot.sources.map((s) => [s.id, s]));
    expect(by.get('linkedin:hub')).toMatchObject({ status: 'not-configured', reason: 'LINKEDIN_TOKEN not set' });
    expect(by.get('visitors')).toMatchObject({ status: 'not-configured', reason: 'MATOMO_URL not set' });
    const card = buildScorecard([r.snapshot], TRIAL, new Map());
    expect(card.criteria.followers.find((row) => row.channel.id === 'linkedin:hub')).toBeUndefined();
    const history = await readHistory(path.join(dir, 'evaluation'));
    const full = buildScorecard(history, TRIAL, new Map());
    const li = full.criteria.followers.find((row) => row.channel.id === 'linkedin:hub');
    expect(li).toMatchObject({ start: 1500, now: null, change: null });
    const view = evaluationView(full, 'en', [], new Map());
    const row = view.criteria.find((c) => c.key === 'followers')?.rows.find((x) => x.name === 'LinkedIn · hub');
    expect(row).toMatchObject({ start: '1,500', now: 'not collected', change: 'not collected' });
    await rm(r.file);
  });

  it('counts the replies and quotes npm run discussion kept, per chamber: by its official account and by its registered members', async () => {
    const entry = (kind: string, author: Record<string, string>, n: number) => ({
      platform: 'bluesky',
      kind,
      url: `https://bsky.app/profile/x/post/${n}`,
      date: '2026-11-05T10:00:00.000Z',
      text: 'text',
      author,
      handle: 'x',
    });
    await mkdir(path.join(dir, 'discussion'), { recursive: true });
    await writeFile(
      path.join(dir, 'discussion/discussion.json'),
      JSON.stringify({
        format: 'ipex-hub-discussion/1',
        collectedAt: '2026-11-10T06:00:00.000Z',
        posts: [
          {
            item: 'urn:ipex-hub:news:n-1',
            platform: 'bluesky',
            remoteId: BSKY(1),
            entries: [
              entry('reply', { type: 'chamber', code: 'ep' }, 1),
              entry('quote', { type: 'chamber', code: 'ep' }, 2),
              entry('reply', { type: 'member', id: 'anna-berzina', chamber: 'lvsae' }, 3),
            ],
          },
          {
            item: 'urn:ipex-hub:news:n-1',
            platform: 'mastodon',
            remoteId: '1001',
            entries: [{ ...entry('reply', { type: 'member', id: 'anna-berzina', chamber: 'lvsae' }, 4), platform: 'mastodon' }],
          },
        ],
      }),
    );
    const r = await collect(await options('2026-11-10T07:00:00Z'));
    await rm(path.join(dir, 'discussion'), { recursive: true });
    const by = new Map(r.snapshot.sources.map((s) => [s.id, s]));
    expect(by.get('bluesky:hub')?.posts[0]?.answeredBy).toEqual({ ep: { chamber: 2, members: 0 }, lvsae: { chamber: 0, members: 1 } });
    expect(by.get('mastodon:hub')?.posts.map((p) => p.answeredBy)).toEqual([{ lvsae: { chamber: 0, members: 1 } }, undefined]);
    expect(buildScorecard([r.snapshot], TRIAL, new Map()).answeredBy).toEqual([
      { chamber: 'ep', byChamber: 2, byMembers: 0 },
      { chamber: 'lvsae', byChamber: 0, byMembers: 2 },
    ]);
    await rm(r.file);
  });

  it('one failing call about one post marks only that post missing and keeps the account’s other figures', async () => {
    // The rebloggers of status 1001 cannot be read (the first 80 are asked for only when it was reblogged).
    data.failing = ['/api/v1/statuses/1001/reblogged_by', '/xrpc/app.bsky.feed.getRepostedBy'];
    const r = await collect(await options('2026-11-10T07:00:00Z'));
    data.failing = [];
    const by = new Map(r.snapshot.sources.map((s) => [s.id, s]));
    expect(by.get('mastodon:hub')).toMatchObject({ status: 'ok', followers: 321 });
    expect(by.get('mastodon:hub')?.posts).toEqual([
      { platform: 'mastodon', item: 'urn:ipex-hub:news:n-1', remoteId: '1001', likes: null, reposts: null, replies: null, quotes: null },
      { platform: 'mastodon', item: 'urn:ipex-hub:events:e-1', remoteId: '1002', likes: 3, reposts: 0, replies: 0, quotes: null },
    ]);
    expect(by.get('mastodon:hub')?.problems).toEqual([expect.stringMatching(/^1001 \(urn:ipex-hub:news:n-1\): .*reblogged_by.*HTTP 500/)]);
    expect(by.get('bluesky:hub')).toMatchObject({ status: 'ok', followers: 210, posts: [expect.objectContaining({ remoteId: BSKY(1), likes: null })] });
    await rm(r.file);
  });

  it('a second run on the same day replaces only that day; a failing source keeps its previous figures and says so', async () => {
    const before = await readFile(path.join(dir, 'evaluation/2026-11-09.json'), 'utf8');
    data.mastodon.followers = 330;
    const first = await collect(await options('2026-11-16T07:00:00Z'));
    expect(first.failed).toBe(false);
    data.failing = ['/rest/', '/index.php'];
    data.mastodon.followers = 340;
    const second = await collect(await options('2026-11-16T18:00:00Z'));
    data.failing = [];
    expect(second.failed).toBe(true);
    expect(await readFile(path.join(dir, 'evaluation/2026-11-09.json'), 'utf8')).toBe(before);
    expect((await readdir(path.join(dir, 'evaluation'))).filter((f) => f.endsWith('.json'))).toEqual(['2026-11-09.json', '2026-11-16.json']);
    const saved = (await readHistory(path.join(dir, 'evaluation'))).at(-1);
    expect(saved?.collectedAt).toBe('2026-11-16T18:00:00.000Z');
    const by = new Map(saved?.sources.map((s) => [s.id, s]));
    expect(by.get('mastodon:hub')).toMatchObject({ status: 'ok', followers: 340 });
    // Kept from the earlier run of the same day, which is the latest that had them.
    expect(by.get('linkedin:hub')).toMatchObject({ status: 'kept-previous', keptFrom: '2026-11-16', followers: 1500 });
    expect(by.get('linkedin:hub')?.reason).toMatch(/HTTP 500/);
    expect(by.get('visitors')).toMatchObject({ status: 'kept-previous', visits: { mastodon: 120 } });
    expect(by.get('visitors')?.reason).toMatch(/^Matomo Referrers\.getCampaigns \(site 7\)/);
    expect(JSON.stringify(saved)).not.toContain('matomo-secret');
    // The sponsored LinkedIn export row (12 Nov) now counts, and the scorecard says it is paid.
    expect(buildScorecard(saved ? [saved] : [], TRIAL, new Map()).paidPosts).toBe(1);
  });

  it('the command line adds a day, exit 0; and exits 1 when a source fails', async () => {
    // Asynchronous: the stand-ins run in this process and must keep answering.
    const run = (now: string, extra: Record<string, string> = {}) =>
      new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, ['scripts/evaluate.ts', '--dir', dir, '--now', now, '--retries', '0', '--timeout', '5000'], {
          cwd: ROOT,
          env: { ...process.env, ...env, ...extra },
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d) => (stdout += d));
        child.stderr.on('data', (d) => (stderr += d));
        child.on('close', (status) => resolve({ status, stdout, stderr }));
      });
    const ok = await run('2026-11-23T07:00:00Z');
    expect(ok.stdout + ok.stderr).not.toMatch(/FAILED/);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/mastodon:hub: ok \(340 followers, 2 posts\)/);
    expect((await readdir(path.join(dir, 'evaluation'))).filter((f) => f.endsWith('.json'))).toContain('2026-11-23.json');
    const bad = await run('2026-11-24T07:00:00Z', { MASTODON_TOKEN: 'wrong' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/mastodon:hub: FAILED, kept the figures of 2026-11-23 \(340 followers, 2 posts\): GET .*verify_credentials: HTTP 401/);
    expect((await run('2026-10-01T07:00:00Z')).status).toBe(2);
  });
});
