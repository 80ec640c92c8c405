import { z } from 'zod';
import type { HttpResponse } from '../http/request.ts';
import { accountId } from '../platforms/platform.ts';
import type { MastodonAccount } from '../platforms/mastodon.ts';
import { postOf, type Due, type PlatformClient, type Remote } from './client.ts';
import { parseJson, PostError, refusal, send, type HttpContext } from './http.ts';
import { idempotencyKey } from './keys.ts';
import type { ImageBytes } from './thumb.ts';

/** Options of a Mastodon client. */
export interface MastodonOptions {
  http: HttpContext;
  /** Attach the wide card (with its alt text) instead of letting the server draw a link card. */
  media: boolean;
  /** The card image of a post (only with `media`). */
  card: (due: Due) => Promise<ImageBytes>;
}

const statusSchema = z.object({ id: z.string(), url: z.string().nullable().optional(), uri: z.string(), content: z.string().optional() });
const mediaSchema = z.object({ id: z.string(), url: z.string().nullable().optional() });

/** The status a post creates: the share kit's Mastodon text (it ends with the page URL and hashtags). */
export function mastodonStatus(due: Due, mediaIds: string[]): Record<string, unknown> {
  return { status: postOf(due, 'mastodon').text, language: due.lang, visibility: 'public', ...(mediaIds.length ? { media_ids: mediaIds } : {}) };
}

/**
 * Mastodon: `POST /api/v1/statuses` with an `Idempotency-Key` from item and account, so a retry (ours,
 * or the next run's within the hour the server keeps keys) returns the status already made. Without
 * `--mastodon-media` the status carries only text and URL, and the server draws the card from the page.
 */
export function mastodonClient(account: MastodonAccount, opts: MastodonOptions): PlatformClient {
  const id = accountId(account);
  const base = account.url.replace(/\/+$/, '');
  const auth = { Authorization: `Bearer ${account.token}` };
  let me: string | undefined;
  const call = (method: string, path: string, init: RequestInit, label = `${id} ${method} ${path.split('?')[0]}`): Promise<HttpResponse> =>
    send(`${base}${path}`, { ...init, method, headers: { ...auth, ...init.headers } }, { ...opts.http, label });

  const upload = async (due: Due): Promise<string> => {
    const card = await opts.card(due);
    const form = new FormData();
    form.append('file', new Blob([card.bytes], { type: card.mime }), due.version.card.path.split('/').pop() ?? 'card.png');
    form.append('description', due.version.card.alt);
    const res = await call('POST', '/api/v2/media', { body: form });
    if (res.status !== 200 && res.status !== 202) throw new PostError(refusal(`${id} POST /api/v2/media`, res), false);
    let media = parseJson(res, mediaSchema, `${id} POST /api/v2/media`);
    // 202: still processing; a status may only reference it once it has a URL.
    for (let i = 0; !media.url && i < 30; i++) {
      await (opts.http.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms))))(1000);
      const poll = await call('GET', `/api/v1/media/${encodeURIComponent(media.id)}`, {});
      if (poll.status === 200) media = parseJson(poll, mediaSchema, `${id} GET /api/v1/media`);
      else if (poll.status !== 206) throw new PostError(refusal(`${id} GET /api/v1/media`, poll), false);
    }
    if (!media.url) throw new PostError(`${id}: the card upload was still processing after 30 s`, false);
    return media.id;
  };

  const remote = (s: z.output<typeof statusSchema>): Remote => ({ remoteId: s.id, url: s.url ?? s.uri });

  return {
    preview: (due) => ({
      request: `POST ${base}/api/v1/statuses (Idempotency-Key: ${idempotencyKey(due.item.id, id)})`,
      body: mastodonStatus(due, opts.media ? [`<the wide card ${due.version.card.url}, alt: ${due.version.card.alt}>`] : []),
    }),
    async open() {
      const res = await call('GET', '/api/v1/accounts/verify_credentials', {});
      if (res.status !== 200) throw new PostError(refusal(`${id} GET /api/v1/accounts/verify_credentials`, res), false);
      me = parseJson(res, z.object({ id: z.string() }), `${id} verify_credentials`).id;
    },
    async find(due) {
      // The account's latest statuses: one linking to the item's page is the post made before.
      const res = await call('GET', `/api/v1/accounts/${encodeURIComponent(me ?? '')}/statuses?limit=40&exclude_replies=true&exclude_reblogs=true`, {});
      if (res.status !== 200) throw new PostError(refusal(`${id} GET /api/v1/accounts/:id/statuses`, res), true);
      const found = parseJson(res, z.array(statusSchema), `${id} statuses`).find((s) => s.content?.includes(due.version.url));
      return found ? remote(found) : undefined;
    },
    async post(due) {
      const mediaIds = opts.media ? [await upload(due)] : [];
      const res = await call('POST', '/api/v1/statuses', {
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey(due.item.id, id) },
        body: JSON.stringify(mastodonStatus(due, mediaIds)),
      });
      if (res.status !== 200) throw new PostError(refusal(`${id} POST /api/v1/statuses`, res), res.status >= 500);
      return remote(parseJson(res, statusSchema, `${id} POST /api/v1/statuses`));
    },
  };
}
