import { z } from 'zod';
import type { HttpResponse } from '../http/request.ts';
import { accountId } from '../platforms/platform.ts';
import type { BlueskyAccount } from '../platforms/bluesky.ts';
import { postOf, type Due, type PlatformClient, type Remote } from './client.ts';
import { parseJson, PostError, refusal, send, type HttpContext } from './http.ts';
import { blueskyRkey } from './keys.ts';
import { handlesIn, mentionFacets, type MentionFacet } from './mentions.ts';
import { BLUESKY_BLOB_LIMIT, fitImage, type ImageBytes } from './thumb.ts';

/** Options of a Bluesky client. */
export interface BlueskyOptions {
  http: HttpContext;
  /** The card image of a post, sent as the link card's thumb. */
  card: (due: Due) => Promise<ImageBytes>;
  /** The post's `createdAt`. */
  now: () => Date;
}

const COLLECTION = 'app.bsky.feed.post';
const blobSchema = z.object({ $type: z.literal('blob'), ref: z.object({ $link: z.string() }), mimeType: z.string(), size: z.number() });
const sessionSchema = z.object({
  did: z.string(),
  accessJwt: z.string(),
  didDoc: z.object({ service: z.array(z.object({ id: z.string(), serviceEndpoint: z.string() })).optional() }).optional(),
});
/** An uploaded blob as `uploadBlob` returns it and a record embeds it. */
type BlobRef = z.output<typeof blobSchema>;

/** The `app.bsky.feed.post` record of a post: share-kit text and facets, and an external link card. */
export function blueskyRecord(due: Due, createdAt: string, thumb: BlobRef | string | undefined, mentions: MentionFacet[] = []): Record<string, unknown> {
  const { url, title, description } = due.version;
  const post = postOf(due, 'bluesky');
  const facets = [...(post.facets ?? []), ...mentions].sort((a, b) => a.index.byteStart - b.index.byteStart);
  return {
    $type: COLLECTION,
    text: post.text,
    createdAt,
    langs: [due.lang],
    ...(facets.length ? { facets } : {}),
    embed: { $type: 'app.bsky.embed.external', external: { uri: post.url || url, title, description, ...(thumb ? { thumb } : {}) } },
  };
}

/**
 * Bluesky: one session per run (`createSession`: 30 per 5 minutes per account), then per post the card
 * as a blob and `putRecord` under a record key derived from item and account with `swapRecord: null`,
 * which refuses to overwrite: a retry, or a rerun after a crash, finds the post instead of making another.
 */
export function blueskyClient(account: BlueskyAccount, opts: BlueskyOptions): PlatformClient {
  const id = accountId(account);
  const entryway = account.service.replace(/\/+$/, '');
  // After sign-in, requests go to the account's own PDS when the entryway names it (as bsky.social does).
  let base = entryway;
  let session: { did: string; accessJwt: string } | undefined;
  const call = (method: string, nsid: string, init: RequestInit, query = ''): Promise<HttpResponse> =>
    send(
      `${base}/xrpc/${nsid}${query}`,
      { ...init, method, headers: { ...(session ? { Authorization: `Bearer ${session.accessJwt}` } : {}), ...init.headers } },
      { ...opts.http, label: `${id} ${nsid}` },
    );
  const repo = () => session?.did ?? account.identifier;
  const remote = (uri: string, rkey: string): Remote => ({ remoteId: uri, url: `https://bsky.app/profile/${repo()}/post/${rkey}` });
  const rkeyOf = (due: Due) => blueskyRkey(due.item.id, id, due.item.firstSeen);
  // Handles resolve once per run; an unknown handle (400) stays plain text, any other failure
  // stops the post before it is made, so that the next run posts it with its mentions.
  const dids = new Map<string, Promise<string | undefined>>();
  const resolveHandle = (handle: string) => {
    let p = dids.get(handle);
    if (!p) {
      p = call('GET', 'com.atproto.identity.resolveHandle', {}, `?${new URLSearchParams({ handle })}`).then((res) => {
        if (res.status === 200) return parseJson(res, z.object({ did: z.string().startsWith('did:') }), `${id} resolveHandle`).did;
        if (res.status === 400) return undefined;
        throw new PostError(refusal(`${id} com.atproto.identity.resolveHandle ${handle}`, res), false);
      });
      dids.set(handle, p);
    }
    return p;
  };

  const getRecord = async (rkey: string): Promise<Remote | undefined> => {
    const q = new URLSearchParams({ repo: repo(), collection: COLLECTION, rkey });
    const res = await call('GET', 'com.atproto.repo.getRecord', {}, `?${q}`);
    if (res.status === 200) {
      const found = parseJson(res, z.object({ uri: z.string(), value: z.object({ createdAt: z.string().optional() }).optional() }), `${id} getRecord`);
      const at = Date.parse(found.value?.createdAt ?? '');
      return { ...remote(found.uri, rkey), found: true, ...(Number.isNaN(at) ? {} : { createdAt: new Date(at).toISOString() }) };
    }
    if (res.status === 400 || res.status === 404) return undefined; // RecordNotFound
    throw new PostError(refusal(`${id} com.atproto.repo.getRecord`, res), true);
  };

  return {
    preview: (due) => ({
      request: `POST ${entryway}/xrpc/com.atproto.repo.putRecord (repo ${account.identifier}, rkey ${rkeyOf(due)}, swapRecord null)`,
      body: blueskyRecord(
        due,
        '<now>',
        `<blob: the wide card ${due.version.card.url}, at most ${BLUESKY_BLOB_LIMIT} bytes>`,
        handlesIn(postOf(due, 'bluesky').text).map((h) => ({
          index: { byteStart: h.byteStart, byteEnd: h.byteEnd },
          features: [{ $type: 'app.bsky.richtext.facet#mention' as const, did: `<the DID of ${h.handle}, if it resolves>` }],
        })),
      ),
    }),
    async open() {
      const res = await call('POST', 'com.atproto.server.createSession', {
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ identifier: account.identifier, password: account.password }),
      });
      if (res.status !== 200) throw new PostError(refusal(`${id} com.atproto.server.createSession`, res), false);
      const s = parseJson(res, sessionSchema, `${id} createSession`);
      session = { did: s.did, accessJwt: s.accessJwt };
      const pds = s.didDoc?.service?.find((x) => x.id.endsWith('#atproto_pds'))?.serviceEndpoint;
      if (pds && /^https?:\/\//.test(pds)) base = pds.replace(/\/+$/, '');
    },
    find: (due) => getRecord(rkeyOf(due)),
    async post(due) {
      const rkey = rkeyOf(due);
      // The record key is the item's: a record there is this item's post, made by a run whose ledger
      // entry is lost. One read is cheaper than uploading a card the refused write would not use.
      const earlier = await getRecord(rkey);
      if (earlier) return earlier;
      const mentions = await mentionFacets(postOf(due, 'bluesky').text, resolveHandle);
      const card = await fitImage(await opts.card(due), BLUESKY_BLOB_LIMIT, `${id} ${due.version.card.url}`);
      const up = await call('POST', 'com.atproto.repo.uploadBlob', { headers: { 'Content-Type': card.mime }, body: card.bytes });
      if (up.status !== 200) throw new PostError(refusal(`${id} com.atproto.repo.uploadBlob`, up), false);
      const { blob } = parseJson(up, z.object({ blob: blobSchema }), `${id} uploadBlob`);
      const res = await call('POST', 'com.atproto.repo.putRecord', {
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          repo: repo(),
          collection: COLLECTION,
          rkey,
          record: blueskyRecord(due, opts.now().toISOString(), blob, mentions),
          swapRecord: null,
        }),
      });
      if (res.status === 200) return remote(parseJson(res, z.object({ uri: z.string() }), `${id} putRecord`).uri, rkey);
      // InvalidSwap: the record exists, so an earlier attempt made the post; take that one.
      if (res.status === 400 && /InvalidSwap/.test(res.text())) {
        const existing = await getRecord(rkey);
        if (existing) return existing;
      }
      throw new PostError(refusal(`${id} com.atproto.repo.putRecord`, res), res.status >= 500);
    },
  };
}
