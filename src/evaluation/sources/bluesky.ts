import { z } from 'zod';
import type { BlueskyAccount } from '../../platforms/bluesky.ts';
import type { LedgerPost } from '../../announce/ledger.ts';
import { sharedByChambers } from '../shared-by.ts';
import { fetchJson, parseResponse, type HttpSettings } from './http.ts';
import { eachPost, type AccountFigures } from './mastodon.ts';

/** Bluesky's public AppView, which answers reads without a session. */
export const BLUESKY_PUBLIC_APPVIEW = 'https://public.api.bsky.app';

const count = z.number().int().nonnegative();
const profileSchema = z.object({ followersCount: count.optional() });
const postsSchema = z.object({
  posts: z.array(
    z.object({ uri: z.string(), likeCount: count.optional(), repostCount: count.optional(), replyCount: count.optional(), quoteCount: count.optional() }),
  ),
});
const repostedBySchema = z.object({ repostedBy: z.array(z.object({ handle: z.string() })) });

/**
 * Bluesky, public and without a session: `app.bsky.actor.getProfile` (followersCount),
 * `app.bsky.feed.getPosts` 25 URIs at a time (likes, reposts, replies, quotes) and, for reposted
 * posts, the first 100 of `app.bsky.feed.getRepostedBy`, of whom only chambers' accounts are counted.
 */
export async function blueskyFigures(
  account: BlueskyAccount,
  posts: LedgerPost[],
  chambers: Map<string, string>,
  appView: string,
  http: HttpSettings,
): Promise<AccountFigures> {
  const base = appView.replace(/\/+$/, '');
  const get = async <T>(method: string, query: URLSearchParams, schema: z.ZodType<T>): Promise<T> => {
    const url = `${base}/xrpc/${method}?${query}`;
    const label = `GET ${url}`;
    return parseResponse(schema, await fetchJson(url, {}, label, http), label);
  };
  const profile = await get('app.bsky.actor.getProfile', new URLSearchParams({ actor: account.identifier }), profileSchema);
  const counts = new Map<string, z.output<typeof postsSchema>['posts'][number]>();
  for (let i = 0; i < posts.length; i += 25) {
    const q = new URLSearchParams();
    for (const p of posts.slice(i, i + 25)) q.append('uris', p.remoteId);
    for (const p of (await get('app.bsky.feed.getPosts', q, postsSchema)).posts) counts.set(p.uri, p);
  }
  const { posts: out, problems } = await eachPost(posts, async (p) => {
    const c = counts.get(p.remoteId);
    let sharedBy: Record<string, number> | undefined;
    if (c?.repostCount && chambers.size > 0) {
      const who = await get('app.bsky.feed.getRepostedBy', new URLSearchParams({ uri: p.remoteId, limit: '100' }), repostedBySchema);
      sharedBy = sharedByChambers(
        who.repostedBy.map((a) => a.handle),
        chambers,
      );
    }
    // A post the AppView no longer returns (deleted) has no counts: missing, not zero.
    return {
      platform: 'bluesky',
      item: p.item,
      remoteId: p.remoteId,
      likes: c?.likeCount ?? null,
      reposts: c?.repostCount ?? null,
      replies: c?.replyCount ?? null,
      quotes: c?.quoteCount ?? null,
      ...(sharedBy ? { sharedBy } : {}),
    };
  });
  return { followers: profile.followersCount ?? 0, posts: out, problems };
}
