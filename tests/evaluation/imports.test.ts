import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImport, readImports, type ImportContext } from '../../src/evaluation/imports/read.ts';
import { ROOT } from '../support/build.ts';

const DIR = path.join(ROOT, 'tests/fixtures/evaluation/imports');
const ctx: ImportContext = {
  days: ['2026-11-02', '2026-11-25'],
  ledgerByUrl: new Map([['https://www.linkedin.com/feed/update/urn:li:share:7001', { item: 'urn:ipex-hub:events:e-1', remoteId: 'urn:li:share:7001' }]]),
};
const read = async (name: string) => readImport(name, await readFile(path.join(DIR, name), 'utf8'), ctx);

describe('platform exports, by their real column headings', () => {
  it('LinkedIn page content: rows in the trial, the title line skipped, a bad row named with its number and reason, the rest counted', async () => {
    const s = await read('linkedin-content.csv');
    expect(s).toMatchObject({ platform: 'linkedin', status: 'ok', reason: 'LinkedIn page content export' });
    expect(s.posts).toEqual([
      { platform: 'linkedin', item: 'urn:ipex-hub:events:e-1', remoteId: 'urn:li:share:7001', likes: 41, reposts: 12, replies: 5, quotes: null, paid: false },
      {
        platform: 'linkedin',
        remoteId: 'https://www.linkedin.com/feed/update/urn:li:share:7002',
        likes: 97,
        reposts: 30,
        replies: 11,
        quotes: null,
        paid: true,
      },
    ]);
    expect(s.problems).toEqual(['linkedin-content.csv: row 5: column "likes": "many" is not a count']);
  });

  it('LinkedIn followers: new followers per day within the trial', async () => {
    expect(await read('linkedin-followers.csv')).toMatchObject({ status: 'ok', followersGained: 24, posts: [] });
  });

  it('X tweet activity: decimals as counts, retweets as reposts', async () => {
    const s = await read('x-tweet-activity.csv');
    expect(s.posts.map((p) => [p.remoteId, p.likes, p.reposts, p.replies, p.paid])).toEqual([
      ['1858000000000000001', 52, 17, 4, false],
      ['1858000000000000002', 31, 9, 2, false],
    ]);
  });

  it('Facebook Page posts: reactions as likes, shares as reposts', async () => {
    const s = await read('facebook-posts.csv');
    expect(s.posts).toEqual([{ platform: 'facebook', remoteId: '122100000000000001', likes: 28, reposts: 6, replies: 3, quotes: null, paid: false }]);
  });

  it('Matomo campaign CSV: visits per source', async () => {
    expect((await read('matomo-campaigns.csv')).visits).toEqual({ 'ipex-hub': 120, mastodon: 45, x: 1005 });
  });

  it('Plausible sources CSV (dashboard export filtered on the campaign): visitors per source', async () => {
    expect((await read('plausible-utm_sources.csv')).visits).toEqual({ mastodon: 61, bluesky: 40, 'ipex-hub': 88 });
  });

  it('a file of no known export fails with its name and what was expected; the folder still reads the rest', async () => {
    const all = await readImports(DIR, ctx);
    const bad = all.find((s) => s.id === 'import:notes.csv');
    expect(bad?.status).toBe('failed');
    expect(bad?.reason).toMatch(/^notes\.csv: no known export headings/);
    expect(all.filter((s) => s.status === 'ok')).toHaveLength(6);
  });
});
