import { channelOf, countedPosts, gainedAt, likesOf, sharesOf, valueAt, type Channel, type Criterion } from './figures.ts';
import type { EvaluationSnapshot, SourceStatus } from './schema.ts';
import { snapshotAt, trialWeeks, type Week } from './weeks.ts';

/** One channel's line under a criterion: at the first snapshot, now, the change, and week by week. */
export interface ScoreRow {
  channel: Channel;
  start: number | null;
  now: number | null;
  change: number | null;
  weekly: (number | null)[];
}

/** Totals of posts grouped by something (an item's kind, a chamber). */
export interface GroupTotals {
  key: string;
  posts: number;
  likes: number;
  shares: number;
  replies: number;
}

/** Everything the scorecard page, its charts and its downloads show, as plain data. */
export interface Scorecard {
  sample: boolean;
  trial: { start: string; end: string };
  campaign: string | null;
  /** Days of the first and the latest snapshot in the trial; null without any. */
  first: string | null;
  latest: string | null;
  weeks: Week[];
  criteria: Record<Criterion, ScoreRow[]>;
  /** Reposts by chambers' official accounts, per chamber code, most first. */
  sharedBy: { chamber: string; shares: number }[];
  /** Replies and quotes by parliaments' official accounts and by their registered members, per chamber code, most first. */
  answeredBy: { chamber: string; byChamber: number; byMembers: number }[];
  /** The ten items shared most (reposts and quotes, every platform). */
  top: (GroupTotals & { item: string })[];
  byKind: GroupTotals[];
  byChamber: GroupTotals[];
  /** Posts counted in the latest snapshot that an export marks as paid (sponsored, promoted, boosted). */
  paidPosts: number;
  /** The latest snapshot's sources and their state. */
  sources: { id: string; type: string; platform: string; status: SourceStatus; reason: string | null; keptFrom: string | null; problems: string[] }[];
}

/** The kind in an item id (`urn:ipex-hub:news:n-1001` → `news`). */
export function kindOfItem(item: string): string {
  return item.split(':')[2] ?? 'unknown';
}

function channelsFor(history: EvaluationSnapshot[], criterion: Criterion): Channel[] {
  const out = new Map<string, Channel>();
  for (const h of history) {
    for (const s of h.sources) {
      if (criterion === 'visitors') {
        for (const src of Object.keys(s.visits ?? {})) out.set(src, { id: src, platform: src, owner: s.platform });
      } else if (s.type !== 'visitors' && s.status !== 'not-configured') {
        // Exports count only for what they report: posts, or (followers) new followers.
        const reports = s.type === 'account' || (criterion === 'followers' ? s.followersGained !== undefined : s.posts.length > 0);
        if (reports) out.set(channelOf(s).id, channelOf(s));
      }
    }
  }
  return [...out.values()].sort((a, b) => a.id.localeCompare(b.id));
}

function grouped(posts: ReturnType<typeof countedPosts>, keys: (item: string) => string[]): GroupTotals[] {
  const out = new Map<string, GroupTotals>();
  for (const { post } of posts) {
    if (!post.item) continue;
    for (const key of keys(post.item)) {
      const g = out.get(key) ?? { key, posts: 0, likes: 0, shares: 0, replies: 0 };
      g.posts += 1;
      g.likes += likesOf(post) ?? 0;
      g.shares += sharesOf(post) ?? 0;
      g.replies += post.replies ?? 0;
      out.set(key, g);
    }
  }
  return [...out.values()].sort((a, b) => b.shares - a.shares || b.likes - a.likes || a.key.localeCompare(b.key));
}

/**
 * The scorecard from the dated snapshots (oldest first) and each item's chambers: the four criteria
 * per channel (first snapshot, latest, change, weekly), shares by chambers' accounts, the ten items
 * shared most, and results by kind and by chamber. A channel without figures stays null, never zero.
 */
export function buildScorecard(history: EvaluationSnapshot[], trial: { start: string; end: string }, itemChambers: Map<string, string[]>): Scorecard {
  const inTrial = history.filter((h) => h.date >= trial.start && h.date <= trial.end);
  const firstSnap = inTrial[0];
  const latestSnap = inTrial.at(-1);
  // Weeks from the one of the first collection: earlier weeks have no figures to show.
  const weeks = latestSnap && firstSnap ? trialWeeks(trial, latestSnap.date).filter((w) => w.end >= firstSnap.date) : [];
  const rows = (c: Criterion): ScoreRow[] =>
    channelsFor(inTrial, c).map((channel) => {
      const start = valueAt(firstSnap, c, channel.id);
      const now = valueAt(latestSnap, c, channel.id);
      const gained = c === 'followers' ? gainedAt(latestSnap, channel.id) : null;
      const change = start !== null && now !== null ? now - start : gained;
      return { channel, start, now, change, weekly: weeks.map((w) => valueAt(snapshotAt(inTrial, w.end, trial.start), c, channel.id)) };
    });
  const criteria: Record<Criterion, ScoreRow[]> = { followers: rows('followers'), likes: rows('likes'), shares: rows('shares'), visitors: rows('visitors') };
  const posts = latestSnap ? countedPosts(latestSnap) : [];
  const shared = new Map<string, number>();
  for (const { post } of posts) for (const [code, n] of Object.entries(post.sharedBy ?? {})) shared.set(code, (shared.get(code) ?? 0) + n);
  const answered = new Map<string, { byChamber: number; byMembers: number }>();
  for (const { post } of posts) {
    for (const [code, a] of Object.entries(post.answeredBy ?? {})) {
      const row = answered.get(code) ?? { byChamber: 0, byMembers: 0 };
      answered.set(code, { byChamber: row.byChamber + a.chamber, byMembers: row.byMembers + a.members });
    }
  }
  return {
    sample: inTrial.some((h) => h.sample),
    trial,
    campaign: latestSnap?.campaign ?? null,
    first: firstSnap?.date ?? null,
    latest: latestSnap?.date ?? null,
    weeks,
    criteria,
    sharedBy: [...shared].map(([chamber, shares]) => ({ chamber, shares })).sort((a, b) => b.shares - a.shares || a.chamber.localeCompare(b.chamber)),
    answeredBy: [...answered]
      .map(([chamber, a]) => ({ chamber, ...a }))
      .sort((a, b) => b.byChamber + b.byMembers - (a.byChamber + a.byMembers) || a.chamber.localeCompare(b.chamber)),
    top: grouped(posts, (i) => [i])
      .filter((g) => g.shares > 0)
      .slice(0, 10)
      .map((g) => ({ ...g, item: g.key })),
    byKind: grouped(posts, (i) => [kindOfItem(i)]),
    byChamber: grouped(posts, (i) => itemChambers.get(i) ?? []),
    paidPosts: posts.filter((p) => p.post.paid === true).length,
    sources: (latestSnap?.sources ?? []).map((s) => ({
      id: s.id,
      type: s.type,
      platform: s.platform,
      status: s.status,
      reason: s.reason ?? null,
      keptFrom: s.keptFrom ?? null,
      problems: s.problems,
    })),
  };
}
