// `npm run sample:evaluation`: writes a sample trial history to content/evaluation/ (deterministic:
// seeded PRNG, items taken from the sample snapshot in order), marked "sample": true so that the first
// real `npm run evaluate` replaces it. Not real figures.
import { readFile, mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { serializeSnapshot } from '../src/evaluation/history.ts';
import { EVALUATION_FORMAT, type EvaluationSnapshot, type PostFigures, type Source } from '../src/evaluation/schema.ts';
import { writeFileAtomic } from '../src/files/atomic.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIR = path.join(ROOT, 'content', 'evaluation');
const DATES = ['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23'];
const TRIAL = { start: '2026-11-02', end: '2027-01-31' };

let seed = 20261102;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (max: number) => Math.floor(random() * (max + 1));

async function items(kind: string, n: number): Promise<string[]> {
  const json: { items: { id: string }[] } = JSON.parse(await readFile(path.join(ROOT, 'content', 'snapshot', `${kind}.json`), 'utf8'));
  return json.items.slice(-n).map((i) => `urn:ipex-hub:${kind}:${i.id}`);
}

const guids = [...(await items('news', 14)), ...(await items('events', 6)), ...(await items('topics', 2))];
// Each item is posted in a given week; its counts grow a little every week after.
const posts = guids.map((item, i) => ({
  item,
  week: i % DATES.length,
  base: { likes: 2 + int(20), reposts: int(8), replies: int(4), quotes: int(2) },
  growth: 1 + random(),
}));

function postFigures(platform: string, week: number, id: (i: number) => string, scale: number): PostFigures[] {
  return posts
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => p.week <= week)
    .map(({ p, i }) => {
      const f = (n: number) => Math.round(n * scale * (1 + (week - p.week) * 0.4 * p.growth));
      const sharedBy = platform !== 'x' && i % 5 === 0 && week > p.week ? { sharedBy: { ep: 1 } } : {};
      return {
        platform,
        item: p.item,
        remoteId: id(i),
        likes: f(p.base.likes),
        reposts: f(p.base.reposts),
        replies: f(p.base.replies),
        quotes: platform === 'x' ? null : f(p.base.quotes),
        ...sharedBy,
      };
    });
}

const snapshots: EvaluationSnapshot[] = DATES.map((date, week) => {
  const sources: Source[] = [
    {
      id: 'mastodon:hub',
      type: 'account',
      platform: 'mastodon',
      status: 'ok',
      followers: 140 + week * 37 + int(5),
      posts: postFigures('mastodon', week, (i) => `11350${100 + i}`, 1),
      problems: [],
    },
    {
      id: 'bluesky:hub',
      type: 'account',
      platform: 'bluesky',
      status: 'ok',
      followers: 95 + week * 52 + int(5),
      posts: postFigures('bluesky', week, (i) => `at://did:plc:samplehub/app.bsky.feed.post/3lsample${String(i).padStart(4, '0')}`, 1.3),
      problems: [],
    },
    {
      id: 'linkedin:hub',
      type: 'account',
      platform: 'linkedin',
      status: 'not-configured',
      reason: 'LINKEDIN_TOKEN, LINKEDIN_ORGANIZATION not set',
      posts: [],
      problems: [],
    },
    {
      id: 'import:linkedin-followers.csv',
      type: 'import',
      platform: 'linkedin',
      status: 'ok',
      reason: 'LinkedIn page followers export',
      followersGained: week * 23 + int(4),
      posts: [],
      problems: [],
    },
    {
      id: 'import:x-tweet-activity.csv',
      type: 'import',
      platform: 'x',
      status: 'ok',
      reason: 'X tweet activity export',
      posts: postFigures('x', week, (i) => `18600000000000${1000 + i}`, 0.8),
      problems: [],
    },
    {
      id: 'visitors',
      type: 'visitors',
      platform: 'matomo',
      status: 'ok',
      posts: [],
      problems: [],
      visits: { bluesky: 40 + week * 61, 'ipex-hub': 25 + week * 44, linkedin: week * 30, mastodon: 55 + week * 70, x: 20 + week * 35 },
    },
  ];
  return { format: EVALUATION_FORMAT, sample: true, date, collectedAt: `${date}T06:00:00.000Z`, trial: TRIAL, campaign: 'ipex-hub-trial', sources };
});

await mkdir(DIR, { recursive: true });
for (const name of await readdir(DIR)) if (/^\d{4}-\d{2}-\d{2}\.json$/.test(name)) await rm(path.join(DIR, name));
for (const s of snapshots) await writeFileAtomic(path.join(DIR, `${s.date}.json`), serializeSnapshot(s));
console.log(`wrote ${snapshots.length} sample snapshots to ${path.relative(ROOT, DIR)}/`);
