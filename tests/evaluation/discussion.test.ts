import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEDGER_FORMAT } from '../../src/announce/ledger.ts';
import { collectDiscussion, type DiscussionOptions } from '../../src/discussion/collect.ts';
import { readDiscussion } from '../../src/discussion/read.ts';
import { memberSchema, type Member } from '../../src/model/members.ts';
import { chamberSchema, type Chamber } from '../../src/model/schemas.ts';
import { discussionOf } from '../../src/routes/discussion.ts';
import { startStandins, type StandinData } from '../../scripts/serve-fake-platforms.ts';

const BSKY = 'at://did:plc:hub/app.bsky.feed.post/3lhub1';
const ITEM = 'urn:ipex-hub:news:n-1';
const chambers: Chamber[] = [
  chamberSchema.parse({
    code: 'ep',
    country: 'EU',
    name: 'European Parliament',
    names: { en: 'European Parliament', fr: 'Parlement européen' },
    accounts: { mastodon: '@EuroParl@social.network.europa.eu', bluesky: '@europarl.bsky.social' },
  }),
  chamberSchema.parse({ code: 'lvsae', country: 'LV', name: 'Saeima', names: { en: 'Saeima of Latvia' } }),
];
const anna: Member = {
  ...memberSchema.parse({
    name: 'Anna Bērziņa',
    chamber: 'lvsae',
    consent: '2026-11-02',
    accounts: { bluesky: '@anna.example.org', mastodon: '@anna@saeima.example' },
  }),
  id: 'anna-berzina',
};

const data: StandinData = {
  mastodon: {
    followers: 1,
    statuses: { '1001': { favourites: 0, reblogs: 0, replies: 3 } },
    contexts: {
      '1001': [
        {
          id: '5001',
          acct: 'EuroParl@social.network.europa.eu',
          text: '<p>Our committee discusses it on Monday.<br>Agenda: <a href="https://ep.example/a" rel="nofollow">link</a></p><script>alert(1)</script>',
          at: '2026-11-03T10:00:00.000Z',
        },
        { id: '5002', acct: 'stranger@elsewhere.example', text: '<p>Stranger danger: my opinion</p>', at: '2026-11-03T10:05:00.000Z' },
        { id: '5003', acct: 'anna@saeima.example', text: '<p>Direct message</p>', at: '2026-11-03T10:06:00.000Z', visibility: 'direct' },
      ],
    },
  },
  bluesky: {
    followers: 1,
    posts: { [BSKY]: { likes: 0, reposts: 0, replies: 2, quotes: 1 } },
    threads: {
      [BSKY]: [
        {
          id: '3lrep1',
          acct: 'a.stranger.bsky.social',
          text: 'Stranger danger again',
          at: '2026-11-03T11:00:00.000Z',
          replies: [{ id: '3lrep2', acct: 'anna.example.org', text: 'I am the rapporteur on this file.', at: '2026-11-03T11:30:00.000Z' }],
        },
      ],
    },
    quotes: { [BSKY]: [{ id: '3lquo1', acct: 'europarl.bsky.social', text: 'Worth a read', at: '2026-11-03T12:00:00.000Z' }] },
  },
  linkedin: { followers: 0, shares: {} },
  matomo: { campaigns: {}, bySource: {} },
  plausible: {},
  failing: [],
};

let stand: Awaited<ReturnType<typeof startStandins>>;
let dir = '';
const quick = { timeoutMs: 5_000, retry: { retries: 0, baseDelayMs: 1, maxDelayMs: 2, maxRetryAfterMs: 5 } };

beforeAll(async () => {
  stand = await startStandins(data);
  dir = await mkdtemp(path.join(os.tmpdir(), 'hub-discussion-'));
  await mkdir(path.join(dir, 'social'), { recursive: true });
  const post = (platform: string, remoteId: string, url: string) => ({
    item: ITEM,
    platform,
    account: `${platform}:hub`,
    lang: 'en',
    remoteId,
    url,
    postedAt: '2026-11-03T09:00:00Z',
  });
  await writeFile(
    path.join(dir, 'social/ledger.json'),
    JSON.stringify({
      format: LEDGER_FORMAT,
      posts: [post('mastodon', '1001', `${stand.origin}/@hub/1001`), post('bluesky', BSKY, 'https://bsky.app/profile/hub.example.eu/post/3lhub1')],
    }),
  );
});
afterAll(async () => {
  await stand?.close();
  await rm(dir, { recursive: true, force: true });
});

const options = (members: Member[] = [anna]): DiscussionOptions => ({
  contentDir: dir,
  chambers,
  members,
  appView: stand.origin,
  http: quick,
  now: new Date('2026-11-04T07:00:00Z'),
});
const page = async (members: Member[] = [anna]) =>
  discussionOf(
    (id) => id === ITEM,
    { discussion: (await readDiscussion(dir))?.posts ?? [], chambers: new Map(chambers.map((c) => [c.code, c])), members },
    'en',
  );

describe('npm run discussion against stand-ins of Mastodon and the Bluesky AppView', () => {
  it('keeps the replies and quotes of a chamber and a registered member, and stores nothing of a stranger', async () => {
    const r = await collectDiscussion(options());
    expect(r.failures).toEqual([]);
    const stored = await readFile(r.file, 'utf8');
    expect(stored).not.toMatch(/stranger/i);
    expect(stored).not.toContain('Direct message'); // not public
    expect(stored).not.toContain('<'); // markup gone, the script's text with it
    const shown = await page();
    expect(shown.map((e) => [e.author, e.label, e.text])).toEqual([
      ['European Parliament', 'Reply on Mastodon', 'Our committee discusses it on Monday.\nAgenda: link'],
      ['Anna Bērziņa', 'Reply on Bluesky', 'I am the rapporteur on this file.'],
      ['European Parliament', 'Quote on Bluesky', 'Worth a read'],
    ]);
    expect(shown.map((e) => e.url)).toEqual([
      'https://social.network.europa.eu/@EuroParl/5001',
      'https://bsky.app/profile/anna.example.org/post/3lrep2',
      'https://bsky.app/profile/europarl.bsky.social/post/3lquo1',
    ]);
    expect(shown[1]?.authorHref).toBe('/en/chambers/lvsae/');
  });

  it('drops a reply deleted upstream at the next collection, and keeps a thread’s replies while it cannot be read', async () => {
    await collectDiscussion(options());
    data.bluesky.quotes = {};
    data.failing = ['/api/v1/statuses/1001/context'];
    const r = await collectDiscussion(options());
    expect(r.failures).toEqual([expect.stringMatching(/^mastodon 1001 \(urn:ipex-hub:news:n-1\): .*HTTP 500/)]);
    expect((await page()).map((e) => e.text)).toEqual(['Our committee discusses it on Monday.\nAgenda: link', 'I am the rapporteur on this file.']);
    data.failing = [];
    delete data.bluesky.threads;
    delete data.bluesky.posts[BSKY]; // the post itself is gone: NotFound
    await collectDiscussion(options());
    expect((await page()).map((e) => e.author)).toEqual(['European Parliament']);
  });

  it('shows no reply of a member whose file is removed, from the next build on', async () => {
    data.bluesky.posts[BSKY] = { likes: 0, reposts: 0, replies: 1, quotes: 0 };
    data.bluesky.threads = { [BSKY]: [{ id: '3lrep3', acct: 'anna.example.org', text: 'Rapporteur here', at: '2026-11-05T08:00:00.000Z' }] };
    await collectDiscussion(options());
    expect((await page()).map((e) => e.author)).toContain('Anna Bērziņa');
    expect((await page([])).map((e) => e.author)).toEqual(['European Parliament']);
    await collectDiscussion(options([]));
    expect(await readFile(path.join(dir, 'discussion/discussion.json'), 'utf8')).not.toContain('anna');
  });
});
