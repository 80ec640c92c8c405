import { z } from 'zod';
import { post } from '../evaluation/imports/rows.ts';
import { postOf, type Due, type PlatformClient, type Remote } from '../announce/client.ts';
import { parseJson, PostError, QuotaError, send, type HttpContext } from '../announce/http.ts';
import type { LedgerPost } from '../announce/ledger.ts';
import type { HttpResponse } from '../http/request.ts';
import { ExportOnly, fetchJsonOr404, NOT_FOUND, parseResponse, SourceError, type HttpSettings } from '../evaluation/sources/http.ts';
import type { AccountFigures } from '../evaluation/sources/mastodon.ts';
import type { PostFigures } from '../evaluation/schema.ts';
import { xLength } from './count.ts';
import { accountId, definePlatform, httpUrl, type Platform } from './platform.ts';
import { envName, ownerFields, postLang } from './schema.ts';

// X (API v2, ../shared/PLATFORMS.md): `POST /2/tweets` with `{ text }` as the account (an OAuth 2.0
// user-context token with tweet.read, tweet.write, users.read). X has no idempotency key but refuses the
// same text twice (403, duplicate content), and its low tiers allow only hundreds of posts a month.

/** X's API origin. */
export const X_API = 'https://api.x.com';
/** Posts a month the Free tier allows a user (the X developer portal's product page); `X_MONTHLY_POSTS` sets the paid tier's. */
export const X_MONTHLY_POSTS = 500;

/** An X account: its user-context access token (the account's id and handle come from `GET /2/users/me`). */
export const xAccount = z.object({ platform: z.literal('x'), ...ownerFields, token: z.string(), api: z.string() });
/** An X account. */
export type XAccount = z.output<typeof xAccount>;

const userSchema = z.object({
  data: z.object({ id: z.string(), username: z.string(), public_metrics: z.object({ followers_count: z.number().int().nonnegative() }).optional() }),
});
const tweetSchema = z.object({
  id: z.string(),
  text: z.string(),
  created_at: z.string().optional(),
  entities: z.object({ urls: z.array(z.object({ expanded_url: z.string().optional(), unwound_url: z.string().optional() })).optional() }).optional(),
  public_metrics: z.object({ retweet_count: z.number(), reply_count: z.number(), like_count: z.number(), quote_count: z.number() }).optional(),
});
const timelineSchema = z.object({ data: z.array(tweetSchema).optional() });
const problemSchema = z.object({ title: z.string().optional(), detail: z.string().optional(), type: z.string().optional(), reason: z.string().optional() });

/** X's problem document (`title`, `detail`), shortened, for a refusal's message. */
function problem(res: HttpResponse): z.output<typeof problemSchema> {
  try {
    const p = problemSchema.safeParse(JSON.parse(res.text()));
    return p.success ? p.data : {};
  } catch {
    return {};
  }
}
const refused = (label: string, res: HttpResponse) => {
  const p = problem(res);
  const said = [p.title, p.detail].filter(Boolean).join(': ').slice(0, 200);
  return `${label}: HTTP ${res.status}${said ? ` (${said})` : ''}`;
};
/** The 403 X answers to a text it already has from the account. */
const isDuplicate = (res: HttpResponse) => res.status === 403 && /duplicate content/i.test(problem(res).detail ?? '');

/** The tweet that links to a page: X shortens links to t.co in `text`, and gives the address in `entities.urls`. */
function linksTo(t: z.output<typeof tweetSchema>, url: string): boolean {
  return (t.entities?.urls ?? []).some((u) => u.expanded_url === url || u.unwound_url === url) || t.text.includes(url);
}

/** The client of an X account. */
function xClient(account: XAccount, http: HttpContext): PlatformClient {
  const id = accountId(account);
  const api = account.api.replace(/\/+$/, '');
  let me: { id: string; username: string } | undefined;
  const call = (method: string, path: string, init: RequestInit, safe = true): Promise<HttpResponse> =>
    send(
      `${api}${path}`,
      { ...init, method, headers: { Authorization: `Bearer ${account.token}`, ...init.headers } },
      {
        ...http,
        label: `${id} ${method} ${path.split('?')[0]}`,
        // A create is never repeated blindly: no key makes a second one the same post. A 429 is the quota, for the next run.
        ...(safe ? {} : { retryErrors: false, noRetry: () => true }),
      },
    );
  const remote = (tweet: string, extra: Partial<Remote> = {}): Remote => ({
    remoteId: tweet,
    url: `https://x.com/${me?.username ?? 'i'}/status/${tweet}`,
    ...extra,
  });

  const find = async (due: Due): Promise<Remote | undefined> => {
    const q = new URLSearchParams({ max_results: '100', exclude: 'replies,retweets', 'tweet.fields': 'created_at,entities' });
    const res = await call('GET', `/2/users/${encodeURIComponent(me?.id ?? '')}/tweets?${q}`, {});
    if (res.status !== 200)
      throw new PostError(`${refused(`${id} GET /2/users/:id/tweets`, res)}; the account's recent posts cannot be searched for the one left pending`, true);
    const url = postOf(due, 'x').url;
    const t = (parseJson(res, timelineSchema, `${id} GET /2/users/:id/tweets`).data ?? []).find((x) => linksTo(x, url));
    return t ? remote(t.id, { found: true, ...(t.created_at ? { createdAt: new Date(t.created_at).toISOString() } : {}) }) : undefined;
  };

  return {
    preview: (due) => ({ request: `POST ${api}/2/tweets`, body: { text: postOf(due, 'x').text } }),
    async open() {
      const res = await call('GET', '/2/users/me', {});
      if (res.status !== 200) throw new PostError(refused(`${id} GET /2/users/me`, res), false);
      me = parseJson(res, userSchema, `${id} GET /2/users/me`).data;
    },
    find,
    async post(due) {
      const res = await call(
        'POST',
        '/2/tweets',
        { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: postOf(due, 'x').text }) },
        false,
      );
      if (res.status === 201) return remote(parseJson(res, z.object({ data: z.object({ id: z.string() }) }), `${id} POST /2/tweets`).data.id);
      // The same text twice: an earlier attempt made the post (its answer was lost); take that one.
      if (isDuplicate(res)) {
        const earlier = await find(due);
        if (earlier) return earlier;
        throw new PostError(`${refused(`${id} POST /2/tweets`, res)}; no recent post of the account links to ${postOf(due, 'x').url}`, false);
      }
      if (res.status === 429) throw new QuotaError(`${refused(`${id} POST /2/tweets`, res)}: X's posting quota is reached${resetNote(res)}`);
      throw new PostError(refused(`${id} POST /2/tweets`, res), res.status >= 500);
    },
  };
}

/** When X says its limit resets (`x-rate-limit-reset`, Unix seconds; the 24-hour user limit's own header). */
function resetNote(res: HttpResponse): string {
  const reset = Number(res.headers.get('x-user-limit-24hour-reset') ?? res.headers.get('x-rate-limit-reset'));
  return Number.isFinite(reset) && reset > 0 ? ` until ${new Date(reset * 1000).toISOString()}` : '';
}

/**
 * Figures from `GET /2/tweets?ids=…&tweet.fields=public_metrics` (100 a request) and the account's
 * `followers_count`, where the tier allows reads; where it does not (403 client-not-enrolled, 402, a
 * usage cap), the scorecard takes X's figures from the analytics export in content/evaluation/imports/.
 */
async function xFigures(account: XAccount, posts: LedgerPost[], http: HttpSettings): Promise<AccountFigures> {
  const api = account.api.replace(/\/+$/, '');
  const init = { headers: { Authorization: `Bearer ${account.token}` } };
  const get = async <T>(path: string, schema: z.ZodType<T>): Promise<T> => {
    const label = `GET ${api}${path.split('?')[0]}`;
    try {
      const json = await fetchJsonOr404(`${api}${path}`, init, label, http);
      if (json === NOT_FOUND) throw new SourceError(`${label}: HTTP 404`);
      return parseResponse(schema, json, label);
    } catch (e) {
      if (e instanceof SourceError && /HTTP (402|403|429)/.test(e.message)) {
        throw new ExportOnly(`${e.message}: this API tier gives no figures; put X's analytics export in content/evaluation/imports/`);
      }
      throw e;
    }
  };
  const user = await get('/2/users/me?user.fields=public_metrics', userSchema);
  const counts = new Map<string, z.output<typeof tweetSchema>>();
  for (let i = 0; i < posts.length; i += 100) {
    const q = new URLSearchParams({
      ids: posts
        .slice(i, i + 100)
        .map((p) => p.remoteId)
        .join(','),
      'tweet.fields': 'public_metrics',
    });
    for (const t of (await get(`/2/tweets?${q}`, timelineSchema)).data ?? []) counts.set(t.id, t);
  }
  const out: PostFigures[] = posts.map((p) => {
    // A deleted post is left out of `data`: no figures, not zero.
    const m = counts.get(p.remoteId)?.public_metrics;
    return {
      platform: 'x',
      item: p.item,
      remoteId: p.remoteId,
      likes: m?.like_count ?? null,
      reposts: m?.retweet_count ?? null,
      replies: m?.reply_count ?? null,
      quotes: m?.quote_count ?? null,
    };
  });
  return { followers: user.data.public_metrics?.followers_count ?? 0, posts: out };
}

/** X: 280 weighted characters (twitter-text: URLs 23, most emoji 2); the share link is the post intent. */
export const x: Platform<'x'> = definePlatform({
  id: 'x',
  name: 'X',
  limit: { max: 280, count: xLength },
  share: (s) => `https://x.com/intent/post?text=${encodeURIComponent(s.title)}&url=${encodeURIComponent(s.url('x'))}`,
  env: { required: ['X_TOKEN'], optional: { X_API_URL: X_API } },
  hubAccount: (v, lang) => ({ platform: 'x', owner: 'hub', lang, token: v.X_TOKEN ?? '', api: v.X_API_URL || X_API }),
  account: xAccount,
  chamber: {
    schema: z.object({ tokenEnv: envName, lang: postLang }),
    secretEnv: (e) => e.tokenEnv,
    account: (e, owner, token) => ({ platform: 'x', owner, lang: e.lang, token, api: X_API }),
  },
  secrets: (a) => [a.token],
  problems: (a) => (httpUrl(a.api) ? [] : [`X_API_URL "${a.api}" is not an http(s) URL`]),
  placeholder: (owner, lang) => ({ platform: 'x', owner, lang, token: '', api: X_API }),
  client: (a, c) => xClient(a, c.http),
  figures: (a, posts, c) => xFigures(a, posts, c.http),
  quota: { posts: X_MONTHLY_POSTS, env: 'X_MONTHLY_POSTS' },
  exports: [
    {
      // X (Twitter) analytics → Tweets → Export data ("tweet activity").
      name: 'X tweet activity export',
      platform: 'x',
      headings: ['tweet id', 'tweet permalink', 'time', 'retweets', 'replies', 'likes'],
      row: (c) =>
        post('x', c, {
          day: 'time',
          id: 'tweet id',
          url: 'tweet permalink',
          likes: 'likes',
          reposts: 'retweets',
          replies: 'replies',
          quotes: undefined,
          paid: (x) => (x.has('promoted impressions') ? (Number(x.get('promoted impressions')) || 0) > 0 : undefined),
        }),
    },
    {
      // X account analytics → Content → Export (newer format).
      name: 'X post analytics export',
      platform: 'x',
      headings: ['post id', 'date', 'likes', 'reposts', 'replies'],
      row: (c) =>
        post('x', c, {
          day: 'date',
          id: 'post id',
          url: c.has('post link') ? 'post link' : undefined,
          likes: 'likes',
          reposts: 'reposts',
          replies: 'replies',
          quotes: undefined,
        }),
    },
  ],
  profile: (h) => (/^@?\w{1,15}$/.test(h) ? `https://x.com/${h.replace(/^@/, '')}` : undefined),
});
