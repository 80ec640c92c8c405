import { z } from 'zod';
import { post } from '../evaluation/imports/rows.ts';
import { postOf, type Due, type PlatformClient, type Remote } from '../announce/client.ts';
import { parseJson, PostError, QuotaError, send, type HttpContext } from '../announce/http.ts';
import type { LedgerPost } from '../announce/ledger.ts';
import type { HttpResponse } from '../http/request.ts';
import { ExportOnly, fetchJson, parseResponse, SourceError, type HttpSettings } from '../evaluation/sources/http.ts';
import type { AccountFigures } from '../evaluation/sources/mastodon.ts';
import type { PostFigures } from '../evaluation/schema.ts';
import { codePoints } from './count.ts';
import { accountId, definePlatform, httpUrl, type Platform } from './platform.ts';
import { envName, ownerFields, postLang } from './schema.ts';

// Facebook Page (Graph API, ../shared/PLATFORMS.md): `POST /{version}/{page-id}/feed` with `message` and
// `link` and a Page access token (pages_manage_posts); Facebook's crawler draws the card from the page's
// Open Graph tags. No idempotency key: a post left pending is looked up among the Page's recent posts.

/** The Graph API's origin. */
export const GRAPH_API = 'https://graph.facebook.com';
/** The Graph API version asked for (Meta keeps each about two years). */
export const GRAPH_VERSION = 'v24.0';

/** A Facebook Page: its numeric id and a Page access token. */
export const facebookAccount = z.object({ platform: z.literal('facebook'), ...ownerFields, page: z.string(), token: z.string(), api: z.string() });
/** A Facebook Page. */
export type FacebookAccount = z.output<typeof facebookAccount>;

const postSchema = z.object({ id: z.string(), message: z.string().optional(), permalink_url: z.string().optional(), created_time: z.string().optional() });
const graphError = z.object({ error: z.object({ message: z.string().optional(), type: z.string().optional(), code: z.number().optional() }) });
/** Graph error codes of throttling (application, user, page, custom rate limits): nothing was made. */
const THROTTLED = new Set([4, 17, 32, 613]);

/** The Graph API's error object, for a refusal's message and its code. */
function graphProblem(res: HttpResponse): { message: string; code: number | undefined } {
  try {
    const p = graphError.safeParse(JSON.parse(res.text()));
    if (p.success) return { message: [p.data.error.type, p.data.error.message].filter(Boolean).join(': ').slice(0, 200), code: p.data.error.code };
  } catch {
    // Not JSON: the status says enough.
  }
  return { message: '', code: undefined };
}
const refused = (label: string, res: HttpResponse) => {
  const p = graphProblem(res);
  return `${label}: HTTP ${res.status}${p.message ? ` (${p.message})` : ''}`;
};
/** Graph's created_time (`2026-12-07T10:00:00+0000`) as ISO 8601, if it reads as a time. */
function isoTime(t: string | undefined): string | undefined {
  const ms = Date.parse((t ?? '').replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** The client of a Facebook Page. */
function facebookClient(account: FacebookAccount, http: HttpContext): PlatformClient {
  const id = accountId(account);
  const base = `${account.api.replace(/\/+$/, '')}/${GRAPH_VERSION}`;
  const call = (method: string, path: string, init: RequestInit, safe = true): Promise<HttpResponse> =>
    send(
      `${base}${path}`,
      { ...init, method, headers: { Authorization: `Bearer ${account.token}`, ...init.headers } },
      {
        ...http,
        label: `${id} ${method} ${path.split('?')[0]}`,
        ...(safe ? {} : { retryErrors: false, noRetry: () => true }),
      },
    );
  const page = encodeURIComponent(account.page);
  const remote = (postId: string, permalink?: string): Remote => {
    const [pageId, own] = postId.split('_');
    return { remoteId: postId, url: permalink ?? `https://www.facebook.com/${pageId ?? account.page}/posts/${own ?? postId}` };
  };
  const body = (due: Due) => ({ message: postOf(due, 'facebook').text, link: postOf(due, 'facebook').url });

  return {
    preview: (due) => ({ request: `POST ${base}/${account.page}/feed`, body: body(due) }),
    async open() {
      const res = await call('GET', `/${page}?fields=id,name`, {});
      if (res.status !== 200) throw new PostError(refused(`${id} GET /{page-id}`, res), false);
    },
    async find(due) {
      const q = new URLSearchParams({ fields: 'message,permalink_url,created_time', limit: '100' });
      const res = await call('GET', `/${page}/posts?${q}`, {});
      if (res.status !== 200) throw new PostError(refused(`${id} GET /{page-id}/posts`, res), true);
      const url = postOf(due, 'facebook').url;
      const p = parseJson(res, z.object({ data: z.array(postSchema) }), `${id} GET /{page-id}/posts`).data.find((x) => x.message?.includes(url));
      if (!p) return undefined;
      const at = isoTime(p.created_time);
      return { ...remote(p.id, p.permalink_url), found: true, ...(at ? { createdAt: at } : {}) };
    },
    async post(due) {
      const res = await call('POST', `/${page}/feed`, { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body(due)) }, false);
      if (res.status === 200) return remote(parseJson(res, z.object({ id: z.string() }), `${id} POST /{page-id}/feed`).id);
      const code = graphProblem(res).code;
      if (res.status === 429 || (code !== undefined && THROTTLED.has(code)))
        throw new QuotaError(`${refused(`${id} POST /{page-id}/feed`, res)}: the Page's rate limit is reached`);
      throw new PostError(refused(`${id} POST /{page-id}/feed`, res), res.status >= 500);
    },
  };
}

const summary = z.object({ summary: z.object({ total_count: z.number().int().nonnegative() }) }).optional();
const statsSchema = z.record(
  z.string(),
  z.object({ shares: z.object({ count: z.number().int().nonnegative() }).optional(), reactions: summary, comments: summary }),
);

/**
 * Figures from the Graph API: the Page's `followers_count`, and per ledger post (50 a request by `ids`)
 * `shares`, `reactions.summary(total_count)` and `comments.summary(total_count)`. Facebook has no quote
 * count. A token without `pages_read_engagement` is refused: then the Page's insights export is read.
 */
async function facebookFigures(account: FacebookAccount, posts: LedgerPost[], http: HttpSettings): Promise<AccountFigures> {
  const base = `${account.api.replace(/\/+$/, '')}/${GRAPH_VERSION}`;
  const init = { headers: { Authorization: `Bearer ${account.token}` } };
  const get = async <T>(path: string, label: string, schema: z.ZodType<T>): Promise<T> => {
    try {
      return parseResponse(schema, await fetchJson(`${base}${path}`, init, `GET ${base}${label}`, http), `GET ${base}${label}`);
    } catch (e) {
      if (e instanceof SourceError && /HTTP 403/.test(e.message))
        throw new ExportOnly(`${e.message}: the token may not read the Page's figures; put the Page's posts export in content/evaluation/imports/`);
      throw e;
    }
  };
  const pageInfo = await get(
    `/${encodeURIComponent(account.page)}?fields=followers_count`,
    '/{page-id}',
    z.object({ followers_count: z.number().int().nonnegative().optional() }),
  );
  const stats = new Map<string, z.output<typeof statsSchema>[string]>();
  for (let i = 0; i < posts.length; i += 50) {
    const q = new URLSearchParams({
      ids: posts
        .slice(i, i + 50)
        .map((p) => p.remoteId)
        .join(','),
      fields: 'shares,reactions.summary(total_count),comments.summary(total_count)',
    });
    for (const [k, v] of Object.entries(await get(`/?${q}`, '/?ids', statsSchema))) stats.set(k, v);
  }
  const out: PostFigures[] = posts.map((p) => {
    const s = stats.get(p.remoteId);
    // A post without `shares` has none yet (Graph leaves the field out); a missing post has no figures at all.
    return {
      platform: 'facebook',
      item: p.item,
      remoteId: p.remoteId,
      likes: s?.reactions?.summary.total_count ?? null,
      reposts: s ? (s.shares?.count ?? 0) : null,
      replies: s?.comments?.summary.total_count ?? null,
      quotes: null,
    };
  });
  return { followers: pageInfo.followers_count ?? 0, posts: out };
}

/** Facebook Page: the share link is the sharer (Facebook reads the page's tags); posts carry message and link. */
export const facebook: Platform<'facebook'> = definePlatform({
  id: 'facebook',
  name: 'Facebook',
  limit: { max: 3000, count: codePoints },
  share: (s) => `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(s.url('facebook'))}`,
  env: { required: ['FACEBOOK_PAGE_ID', 'FACEBOOK_PAGE_TOKEN'], optional: { FACEBOOK_GRAPH_URL: GRAPH_API } },
  hubAccount: (v, lang) => ({
    platform: 'facebook',
    owner: 'hub',
    lang,
    page: v.FACEBOOK_PAGE_ID ?? '',
    token: v.FACEBOOK_PAGE_TOKEN ?? '',
    api: v.FACEBOOK_GRAPH_URL || GRAPH_API,
  }),
  account: facebookAccount,
  chamber: {
    schema: z.object({ page: z.string().regex(/^\d+$/, 'a numeric Page id'), tokenEnv: envName, lang: postLang }),
    secretEnv: (e) => e.tokenEnv,
    account: (e, owner, token) => ({ platform: 'facebook', owner, lang: e.lang, page: e.page, token, api: GRAPH_API }),
  },
  secrets: (a) => [a.token],
  problems: (a) => [
    ...(/^\d+$/.test(a.page) ? [] : [`${a.owner === 'hub' ? 'FACEBOOK_PAGE_ID' : 'page'} "${a.page}" is not a numeric Page id`]),
    ...(httpUrl(a.api) ? [] : [`FACEBOOK_GRAPH_URL "${a.api}" is not an http(s) URL`]),
  ],
  placeholder: (owner, lang) => ({ platform: 'facebook', owner, lang, page: 'FACEBOOK_PAGE_ID', token: '', api: GRAPH_API }),
  client: (a, c) => facebookClient(a, c.http),
  figures: (a, posts, c) => facebookFigures(a, posts, c.http),
  exports: [
    {
      // Meta Business Suite → Insights → Content → Export (Facebook Page posts).
      name: 'Facebook Page posts export',
      platform: 'facebook',
      headings: ['post id', 'permalink', 'publish time', 'reactions', 'comments', 'shares'],
      row: (c) =>
        post('facebook', c, {
          day: 'publish time',
          id: 'post id',
          url: 'permalink',
          likes: 'reactions',
          reposts: 'shares',
          replies: 'comments',
          quotes: undefined,
          paid: (x) => (x.has('funded content status') ? /paid|boost/i.test(x.get('funded content status') ?? '') : undefined),
        }),
    },
  ],
});
