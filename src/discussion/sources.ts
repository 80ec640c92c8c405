import { z } from 'zod';
import { request } from '../http/request.ts';
import { normalHandle } from '../evaluation/shared-by.ts';
import { parseResponse, SourceError, type HttpSettings } from '../evaluation/sources/http.ts';
import type { DiscussionAuthor, DiscussionEntry } from '../model/discussion.ts';
import { htmlToText, plainText } from './text.ts';

/** A post's thread is gone (deleted upstream): it has no replies any more. */
export const GONE: unique symbol = Symbol('gone');

/** GET a public JSON resource; `gone(status, body)` says which refusals mean "deleted". */
async function getJson(url: string, http: HttpSettings, gone: (status: number, body: string) => boolean): Promise<unknown> {
  const label = `GET ${url}`;
  const res = await request(url, { headers: { Accept: 'application/json', 'User-Agent': 'IPEX-Hub-discussion/0.1' } }, { ...http, label });
  if (gone(res.status, res.text())) return GONE;
  if (res.status < 200 || res.status > 299) throw new SourceError(`${label}: HTTP ${res.status}`);
  try {
    return JSON.parse(res.text());
  } catch {
    throw new SourceError(`${label}: the response is not JSON`);
  }
}

const mastodonStatus = z.object({
  id: z.string(),
  created_at: z.string(),
  url: z.string().nullable().optional(),
  uri: z.string(),
  visibility: z.string(),
  content: z.string(),
  account: z.object({ acct: z.string() }),
});
const contextSchema = z.object({ descendants: z.array(mastodonStatus) });

/**
 * Mastodon: the public replies under a status, from `GET /api/v1/statuses/:id/context` on the server
 * the post lives on (public statuses need no token); only those whose author `keep` knows. A status
 * that is gone (404) has none.
 */
export async function mastodonReplies(
  postUrl: string,
  statusId: string,
  keep: Map<string, DiscussionAuthor>,
  http: HttpSettings,
): Promise<DiscussionEntry[] | typeof GONE> {
  const origin = new URL(postUrl).origin;
  const host = new URL(postUrl).host;
  const url = `${origin}/api/v1/statuses/${encodeURIComponent(statusId)}/context`;
  const json = await getJson(url, http, (status) => status === 404);
  if (json === GONE) return GONE;
  const { descendants } = parseResponse(contextSchema, json, `GET ${url}`);
  return descendants.flatMap((s) => {
    // A local account's acct has no server part: it is the server the post lives on.
    const handle = normalHandle(s.account.acct.includes('@') ? s.account.acct : `${s.account.acct}@${host}`);
    const author = keep.get(handle);
    const link = s.url ?? s.uri;
    if (!author || (s.visibility !== 'public' && s.visibility !== 'unlisted') || !/^https:\/\//.test(link) || Number.isNaN(Date.parse(s.created_at))) return [];
    return [
      {
        platform: 'mastodon' as const,
        kind: 'reply' as const,
        url: link,
        date: new Date(s.created_at).toISOString(),
        text: htmlToText(s.content),
        author,
        handle,
      },
    ];
  });
}

const postView = z.object({
  uri: z.string(),
  author: z.object({ handle: z.string() }),
  record: z.object({ text: z.string().default(''), createdAt: z.string() }),
});
type PostView = z.output<typeof postView>;
interface ThreadNode {
  $type?: string | undefined;
  post?: PostView | undefined;
  replies?: ThreadNode[] | undefined;
}
const threadNode: z.ZodType<ThreadNode> = z.lazy(() =>
  z.object({ $type: z.string().optional(), post: postView.optional(), replies: z.array(threadNode).optional() }),
);
const threadSchema = z.object({ thread: threadNode });
const quotesSchema = z.object({ posts: z.array(postView), cursor: z.string().optional() });

/** A post's address on bsky.app. */
const webUrl = (p: PostView) => `https://bsky.app/profile/${p.author.handle}/post/${p.uri.split('/').at(-1) ?? ''}`;

/**
 * Bluesky, from the public AppView: the replies in `app.bsky.feed.getPostThread` (every level; blocked
 * and deleted ones are other node types and are skipped) and the quotes in `app.bsky.feed.getQuotes`;
 * only those whose author `keep` knows. A post that is gone (NotFound) has none.
 */
export async function blueskyReplies(
  appView: string,
  uri: string,
  keep: Map<string, DiscussionAuthor>,
  http: HttpSettings,
): Promise<DiscussionEntry[] | typeof GONE> {
  const base = appView.replace(/\/+$/, '');
  const threadUrl = `${base}/xrpc/app.bsky.feed.getPostThread?${new URLSearchParams({ uri, depth: '10', parentHeight: '0' })}`;
  const json = await getJson(threadUrl, http, (status, body) => status === 404 || (status === 400 && /"NotFound"/.test(body)));
  if (json === GONE) return GONE;
  const { thread } = parseResponse(threadSchema, json, `GET ${threadUrl}`);
  const entry = (p: PostView, kind: 'reply' | 'quote'): DiscussionEntry[] => {
    const handle = normalHandle(p.author.handle);
    const author = keep.get(handle);
    if (!author || Number.isNaN(Date.parse(p.record.createdAt))) return [];
    return [{ platform: 'bluesky', kind, url: webUrl(p), date: new Date(p.record.createdAt).toISOString(), text: plainText(p.record.text), author, handle }];
  };
  const out: DiscussionEntry[] = [];
  const walk = (node: ThreadNode) => {
    for (const r of node.replies ?? []) {
      if (r.$type !== 'app.bsky.feed.defs#threadViewPost' || !r.post) continue;
      out.push(...entry(r.post, 'reply'));
      walk(r);
    }
  };
  walk(thread);
  let cursor: string | undefined;
  for (let page = 0; page < 10; page++) {
    const quotesUrl = `${base}/xrpc/app.bsky.feed.getQuotes?${new URLSearchParams({ uri, limit: '100', ...(cursor ? { cursor } : {}) })}`;
    const quotes = parseResponse(quotesSchema, await getJson(quotesUrl, http, () => false), `GET ${quotesUrl}`);
    for (const q of quotes.posts) out.push(...entry(q, 'quote'));
    cursor = quotes.cursor;
    if (!cursor || quotes.posts.length === 0) break;
  }
  return out;
}
