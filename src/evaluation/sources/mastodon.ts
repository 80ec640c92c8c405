import { z } from 'zod';
import type { MastodonAccount } from '../../platforms/mastodon.ts';
import type { LedgerPost } from '../../announce/ledger.ts';
import type { PostFigures } from '../schema.ts';
import { sharedByChambers } from '../shared-by.ts';
import { describeError } from '../../http/request.ts';
import { fetchJson, fetchJsonOr404, NOT_FOUND, parseResponse as parse, type HttpSettings } from './http.ts';

const count = z.number().int().nonnegative();
const accountSchema = z.object({ followers_count: count });
const statusSchema = z.object({ favourites_count: count, reblogs_count: count, replies_count: count, quotes_count: count.optional() });
const rebloggersSchema = z.array(z.object({ acct: z.string() }));

/** What one account's API says: followers and the counts of its posts. */
export interface AccountFigures {
  followers: number;
  posts: PostFigures[];
  /** Posts whose figures could not be read (they are missing, the account's others kept): the post and why. */
  problems?: string[] | undefined;
}

/** A post with no figures: deleted, or its reads failed. Missing, not zero. */
export function missingFigures(p: LedgerPost): PostFigures {
  return { platform: p.platform, item: p.item, remoteId: p.remoteId, likes: null, reposts: null, replies: null, quotes: null };
}

/** Each post's figures from `read`; a post whose read fails is missing and named in `problems`, and the others are kept. */
export async function eachPost(posts: LedgerPost[], read: (p: LedgerPost) => Promise<PostFigures>): Promise<{ posts: PostFigures[]; problems: string[] }> {
  const out: PostFigures[] = [];
  const problems: string[] = [];
  for (const p of posts) {
    try {
      out.push(await read(p));
    } catch (e) {
      out.push(missingFigures(p));
      problems.push(`${p.remoteId} (${p.item}): ${describeError(e)}`);
    }
  }
  return { posts: out, problems };
}

/**
 * Mastodon: `followers_count` from `GET /api/v1/accounts/verify_credentials`; per ledger post,
 * `GET /api/v1/statuses/:id` (favourites, reblogs, replies, quotes where the server counts them)
 * and, when reblogged, the first 80 rebloggers, of whom only chambers' official accounts are counted.
 */
export async function mastodonFigures(
  account: MastodonAccount,
  posts: LedgerPost[],
  chambers: Map<string, string>,
  http: HttpSettings,
): Promise<AccountFigures> {
  const base = account.url.replace(/\/+$/, '');
  const host = new URL(base).host;
  const init = { headers: { Authorization: `Bearer ${account.token}` } };
  const get = async <T>(path: string, schema: z.ZodType<T>): Promise<T> => {
    const label = `GET ${base}${path}`;
    return parse(schema, await fetchJson(`${base}${path}`, init, label, http), label);
  };
  const me = await get('/api/v1/accounts/verify_credentials', accountSchema);
  const { posts: out, problems } = await eachPost(posts, async (p) => {
    const id = encodeURIComponent(p.remoteId);
    const label = `GET ${base}/api/v1/statuses/${id}`;
    const json = await fetchJsonOr404(`${base}/api/v1/statuses/${id}`, init, label, http);
    // Deleted: its counts are gone, which is missing, not zero.
    if (json === NOT_FOUND) return missingFigures(p);
    const s = parse(statusSchema, json, label);
    let sharedBy: Record<string, number> | undefined;
    if (s.reblogs_count > 0 && chambers.size > 0) {
      const who = await get(`/api/v1/statuses/${id}/reblogged_by?limit=80`, rebloggersSchema);
      // A local account's acct has no domain: it is on this server.
      sharedBy = sharedByChambers(
        who.map((a) => (a.acct.includes('@') ? a.acct : `${a.acct}@${host}`)),
        chambers,
      );
    }
    return {
      platform: 'mastodon',
      item: p.item,
      remoteId: p.remoteId,
      likes: s.favourites_count,
      reposts: s.reblogs_count,
      replies: s.replies_count,
      quotes: s.quotes_count ?? null,
      ...(sharedBy ? { sharedBy } : {}),
    };
  });
  return { followers: me.followers_count, posts: out, problems };
}
