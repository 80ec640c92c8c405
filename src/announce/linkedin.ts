import { z } from 'zod';
import type { HttpResponse } from '../http/request.ts';
import { accountId } from '../platforms/platform.ts';
import type { LinkedInAccount } from '../platforms/linkedin.ts';
import { postOf, type Due, type PlatformClient, type Remote } from './client.ts';
import { parseJson, PostError, refusal, send, type HttpContext } from './http.ts';
import { littleText } from './little.ts';
import type { ImageBytes } from './thumb.ts';

/** The LinkedIn API version the requests ask for (`LinkedIn-Version`, YYYYMM; LinkedIn keeps each about a year). */
export const LINKEDIN_VERSION = '202611';
/** LinkedIn's API origin. */
export const LINKEDIN_API = 'https://api.linkedin.com';

/** Options of a LinkedIn client. */
export interface LinkedInOptions {
  http: HttpContext;
  /** The API origin (a stand-in's in tests). */
  api: string;
  /** The card image of a post, uploaded as the article's thumbnail. */
  card: (due: Due) => Promise<ImageBytes>;
}

/** The body of `POST /rest/posts`: an article post with title, description and thumbnail, since LinkedIn does not read the page. */
export function linkedinPost(due: Due, author: string, thumbnail: string | undefined): Record<string, unknown> {
  const { title, description } = due.version;
  const post = postOf(due, 'linkedin');
  return {
    author,
    commentary: littleText(post.text, [post.url]),
    visibility: 'PUBLIC',
    distribution: { feedDistribution: 'MAIN_FEED', targetEntities: [], thirdPartyDistributionChannels: [] },
    content: { article: { source: post.url, title, description, ...(thumbnail ? { thumbnail } : {}) } },
    lifecycleState: 'PUBLISHED',
    isReshareDisabledByAuthor: false,
  };
}

const postListSchema = z.object({
  elements: z.array(z.object({ id: z.string(), content: z.object({ article: z.object({ source: z.string() }).optional() }).optional() })),
});

/**
 * LinkedIn organisation page: the card goes up through `/rest/images?action=initializeUpload`, then
 * `POST /rest/posts`. LinkedIn has no idempotency key, so that request is never repeated blindly: only a
 * 429 is retried (nothing was made); after a dropped connection or a 5xx the post stays pending, and the
 * next run first looks through the page's latest posts for one with the item's URL.
 */
export function linkedinClient(account: LinkedInAccount, opts: LinkedInOptions): PlatformClient {
  const id = accountId(account);
  const api = opts.api.replace(/\/+$/, '');
  const author = `urn:li:organization:${account.organization}`;
  const headers = { Authorization: `Bearer ${account.token}`, 'LinkedIn-Version': LINKEDIN_VERSION, 'X-Restli-Protocol-Version': '2.0.0' };
  const call = (url: string, init: RequestInit, label: string, safe = true): Promise<HttpResponse> =>
    send(
      url,
      { ...init, headers: { ...headers, ...init.headers } },
      {
        ...opts.http,
        label: `${id} ${label}`,
        ...(safe ? {} : { retryErrors: false, noRetry: (s: number) => s !== 429 }),
      },
    );
  const remote = (urn: string): Remote => ({ remoteId: urn, url: `https://www.linkedin.com/feed/update/${urn}/` });

  const upload = async (due: Due): Promise<string> => {
    const card = await opts.card(due);
    const init = await call(
      `${api}/rest/images?action=initializeUpload`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ initializeUploadRequest: { owner: author } }),
      },
      'POST /rest/images?action=initializeUpload',
    );
    if (init.status !== 200) throw new PostError(refusal(`${id} POST /rest/images`, init), false);
    const { value } = parseJson(init, z.object({ value: z.object({ uploadUrl: z.string().url(), image: z.string() }) }), `${id} initializeUpload`);
    const put = await call(value.uploadUrl, { method: 'PUT', headers: { 'Content-Type': card.mime }, body: card.bytes }, 'PUT image upload');
    if (put.status !== 200 && put.status !== 201) throw new PostError(refusal(`${id} PUT image upload`, put), false);
    return value.image;
  };

  return {
    preview: (due) => ({
      request: `POST ${api}/rest/posts (LinkedIn-Version ${LINKEDIN_VERSION})`,
      body: linkedinPost(due, author, `<image: the wide card ${due.version.card.url}>`),
    }),
    async open() {
      // Nothing to sign in to; the token is checked by the first request.
    },
    async find(due) {
      const q = new URLSearchParams({ q: 'author', author, count: '50', sortBy: 'LAST_MODIFIED' });
      const res = await call(`${api}/rest/posts?${q}`, { method: 'GET' }, 'GET /rest/posts?q=author');
      if (res.status !== 200) throw new PostError(refusal(`${id} GET /rest/posts`, res), true);
      const found = parseJson(res, postListSchema, `${id} GET /rest/posts`).elements.find((p) => p.content?.article?.source === postOf(due, 'linkedin').url);
      return found ? remote(found.id) : undefined;
    },
    async post(due) {
      const image = await upload(due);
      const res = await call(
        `${api}/rest/posts`,
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(linkedinPost(due, author, image)),
        },
        'POST /rest/posts',
        false,
      );
      const urn = res.headers.get('x-restli-id') ?? res.headers.get('x-linkedin-id');
      if (res.status === 201 && urn) return remote(urn);
      throw new PostError(refusal(`${id} POST /rest/posts`, res), res.status >= 500 || res.status === 201);
    },
  };
}
