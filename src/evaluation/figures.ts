import type { EvaluationSnapshot, PostFigures, Source } from './schema.ts';

/** The four criteria of the strategy. */
export const CRITERIA = ['followers', 'likes', 'shares', 'visitors'] as const;
/** One criterion. */
export type Criterion = (typeof CRITERIA)[number];

/** Where figures come from on the scorecard: one account's API, or one platform's exports. */
export interface Channel {
  /** `mastodon:hub`, `bluesky:frass`, `x:export`; for visitors, the `utm_source` (`mastodon`, `ipex-hub`). */
  id: string;
  platform: string;
  /** `hub`, a chamber code, `export`, or the analytics tool for visitors. */
  owner: string;
}

const usable = (s: Source) => s.status === 'ok' || s.status === 'kept-previous';

/** The channel of a source: accounts by id, exports grouped per platform. */
export function channelOf(s: Source): Channel {
  if (s.type === 'account') return { id: s.id, platform: s.platform, owner: s.id.slice(s.platform.length + 1) };
  return { id: `${s.platform}:export`, platform: s.platform, owner: 'export' };
}

/**
 * Every post of a snapshot counted once: API figures first; an export row of a post the API already
 * counted (same platform and id) is left out.
 */
export function countedPosts(s: EvaluationSnapshot): { channel: string; post: PostFigures }[] {
  const out: { channel: string; post: PostFigures }[] = [];
  const seen = new Set<string>();
  const ordered = [...s.sources.filter((x) => x.type === 'account'), ...s.sources.filter((x) => x.type === 'import')];
  for (const src of ordered.filter(usable)) {
    for (const post of src.posts) {
      const key = `${post.platform} ${post.remoteId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ channel: channelOf(src).id, post });
    }
  }
  return out;
}

const sum = (values: (number | null)[]) => values.reduce<number>((n, v) => n + (v ?? 0), 0);
/** Likes of a post (favourites, reactions). */
export const likesOf = (p: PostFigures) => p.likes;
/** Shares of a post: reposts (reblogs, retweets, shares) plus quotes. */
export const sharesOf = (p: PostFigures): number | null => (p.reposts === null && p.quotes === null ? null : (p.reposts ?? 0) + (p.quotes ?? 0));

/** The value of a criterion for a channel in a snapshot; null when the snapshot has no usable source for it (missing, not zero). */
export function valueAt(s: EvaluationSnapshot | undefined, criterion: Criterion, channel: string): number | null {
  if (!s) return null;
  if (criterion === 'visitors') {
    const visits = s.sources.filter((x) => x.visits && usable(x));
    if (visits.length === 0) return null;
    return sum(visits.map((x) => x.visits?.[channel] ?? 0));
  }
  const sources = s.sources.filter((x) => usable(x) && channelOf(x).id === channel);
  if (sources.length === 0) return null;
  if (criterion === 'followers') {
    const known = sources.map((x) => (x.type === 'account' ? (x.followers ?? null) : null)).filter((v): v is number => v !== null);
    return known.length ? sum(known) : null;
  }
  const pick = criterion === 'likes' ? likesOf : sharesOf;
  return sum(
    countedPosts(s)
      .filter((c) => c.channel === channel)
      .map((c) => pick(c.post)),
  );
}

/** Followers gained as the exports report them (LinkedIn's new followers per day), per channel. */
export function gainedAt(s: EvaluationSnapshot | undefined, channel: string): number | null {
  const g = (s?.sources ?? []).filter((x) => usable(x) && channelOf(x).id === channel && x.followersGained !== undefined);
  return g.length ? sum(g.map((x) => x.followersGained ?? 0)) : null;
}
