// Stand-ins for the posting APIs of ../shared/PLATFORMS.md on 127.0.0.1, one server per platform:
// Mastodon (verify_credentials, statuses with Idempotency-Key, media v2, an account's statuses),
// AT Protocol (createSession, uploadBlob, createRecord, putRecord with swapRecord, getRecord) and
// LinkedIn (images initializeUpload and upload, posts, posts by author). Each checks what the real
// one refuses (auth, counts, blob size, record keys, facets), records every request in order, and
// plays scripted faults: a status (429 with reset headers, 500), or accept-then-drop-the-connection.
// Tests start it in-process; run directly, it prints its origins and the environment to use:
//   node scripts/serve-fake-social.ts
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** A platform the stand-ins speak for. */
export type FakePlatform = 'mastodon' | 'bluesky' | 'linkedin';

/** One request as a stand-in saw it. */
export interface SeenRequest {
  platform: FakePlatform;
  method: string;
  /** Path without the query. */
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  /** The JSON body, when there is one. */
  json?: unknown;
  /** Body size in bytes. */
  bytes: number;
  /** The status answered, or `dropped` when the connection was cut after the request was acted on. */
  answer: number | 'dropped';
  /** When it arrived (ms since the epoch). */
  at: number;
}

/** What to do instead of answering normally. */
export interface FakeFault {
  /** Answer this status (the request is not acted on). */
  status?: number;
  headers?: Record<string, string> | (() => Record<string, string>);
  body?: unknown;
  /** Act on the request, then cut the connection without an answer. */
  drop?: boolean;
}

/** A fault for the requests that match `METHOD /path` on a platform, after the first `skip` of them; `times` defaults to 1. */
export interface FakeRule {
  platform: FakePlatform;
  route: string;
  skip?: number;
  times?: number;
  fault: FakeFault;
}

/** A post a stand-in holds, in the order made. */
export interface FakePost {
  platform: FakePlatform;
  id: string;
  body: Record<string, unknown>;
}

/** The secrets and identities the stand-ins accept. */
export interface FakeSocialOptions {
  mastodonToken: string;
  blueskyIdentifier: string;
  blueskyPassword: string;
  linkedinToken: string;
  linkedinOrganization: string;
}

/** Running stand-ins. */
export interface FakeSocial {
  origins: Record<FakePlatform, string>;
  /** Every request, in arrival order. */
  requests: SeenRequest[];
  /** Every post made, in order. */
  posts: FakePost[];
  /** Uploaded images (Mastodon media, Bluesky blobs, LinkedIn images) by id, with their bytes. */
  uploads: Map<string, { mime: string; bytes: Buffer; alt?: string }>;
  faults: FakeRule[];
  /** Forgets Mastodon's idempotency keys, as a server does after an hour. */
  expireKeys(): void;
  /** The environment that points the announcer's hub accounts at the stand-ins. */
  env: Record<string, string>;
  close(): Promise<void>;
}

type Answer = { status: number; json?: unknown; headers?: Record<string, string> };
type Handler = (req: IncomingMessage, url: URL, body: Buffer, json: unknown) => Answer | Promise<Answer>;

const DID = 'did:plc:fakehub0000000000000000';
const TID = /^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/;
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const cid = (b: Buffer | string) => `bafkrei${createHash('sha256').update(b).digest('hex').slice(0, 40)}`;
const err = (status: number, error: string, message?: string): Answer => ({ status, json: { error, ...(message ? { message } : {}) } });
const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v)) : {});
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Mastodon's count, as the server does it: characters, every URL as 23. */
function mastodonCount(text: string): number {
  return [...text.replace(/https?:\/\/\S+/g, 'x'.repeat(23))].length;
}

function mastodon(o: FakeSocialOptions, s: { posts: FakePost[]; uploads: FakeSocial['uploads'] }, origin: () => string, byKey: Map<string, unknown>): Handler {
  const statuses: Record<string, unknown>[] = [];
  /** Media ids and how often each was polled: ready after two polls. */
  const polls = new Map<string, number>();
  let next = 100;
  return async (req, url, body, json) => {
    if (req.headers.authorization !== `Bearer ${o.mastodonToken}`) return err(401, `The access token is invalid (${req.headers.authorization ?? 'none'})`);
    const route = `${req.method} ${url.pathname}`;
    if (route === 'GET /api/v1/accounts/verify_credentials') return { status: 200, json: { id: '1', username: 'hub', acct: 'hub', url: `${origin()}/@hub` } };
    if (route === 'GET /api/v1/accounts/1/statuses') return { status: 200, json: statuses.slice().reverse().slice(0, Number(url.searchParams.get('limit') ?? 20)) };
    if (route === 'POST /api/v2/media') {
      const form = await new Response(new Uint8Array(body), { headers: { 'content-type': req.headers['content-type'] ?? '' } }).formData();
      const file = form.get('file');
      if (!(file instanceof File)) return err(422, 'Validation failed: File is missing');
      const id = String(next++);
      polls.set(id, 0);
      const alt = form.get('description');
      s.uploads.set(`mastodon:${id}`, { mime: file.type, bytes: Buffer.from(await file.arrayBuffer()), ...(typeof alt === 'string' ? { alt } : {}) });
      // Like a real server under load: accepted, still processing (202, no URL yet).
      return { status: 202, json: { id, type: 'image', url: null, description: form.get('description') } };
    }
    const media = /^GET \/api\/v1\/media\/(\w+)$/.exec(route);
    if (media) {
      const id = media[1] ?? '';
      const n = polls.get(id);
      if (n === undefined) return err(404, 'Record not found');
      polls.set(id, n + 1);
      // Processing until the second poll: 206 then 200 with the URL.
      return n === 0 ? { status: 206, json: { id, type: 'image', url: null } } : { status: 200, json: { id, type: 'image', url: `${origin()}/media/${id}` } };
    }
    if (route === 'POST /api/v1/statuses') {
      const key = req.headers['idempotency-key'];
      const again = typeof key === 'string' ? byKey.get(key) : undefined;
      if (again) return { status: 200, json: again };
      const b = obj(json);
      const text = str(b.status);
      if (!text) return err(422, "Validation failed: Text can't be blank");
      if (mastodonCount(text) > 500) return err(422, 'Validation failed: Text character limit of 500 exceeded');
      if (!/^[a-z]{2}$/.test(str(b.language))) return err(422, 'Validation failed: language');
      const mediaIds = Array.isArray(b.media_ids) ? b.media_ids.map(String) : [];
      if (mediaIds.some((m) => !s.uploads.has(`mastodon:${m}`))) return err(422, 'Validation failed: unknown media');
      if (mediaIds.some((m) => (polls.get(m) ?? 0) < 2)) return err(422, 'Cannot attach files that have not finished processing. Try again in a moment!');
      const id = String(next++);
      const content = `<p>${escapeHtml(text).replace(/https?:\/\/[^\s<]+/g, (u) => `<a href="${u}">${u}</a>`)}</p>`;
      const status = { id, uri: `${origin()}/users/hub/statuses/${id}`, url: `${origin()}/@hub/${id}`, content, created_at: new Date().toISOString() };
      statuses.push(status);
      if (typeof key === 'string') byKey.set(key, status);
      s.posts.push({ platform: 'mastodon', id, body: b });
      return { status: 200, json: status };
    }
    return err(404, 'Record not found');
  };
}

function bluesky(o: FakeSocialOptions, s: { posts: FakePost[]; uploads: FakeSocial['uploads'] }, origin: () => string): Handler {
  const records = new Map<string, { uri: string; cid: string; value: unknown }>();
  const jwt = `jwt-${createHash('sha256').update(o.blueskyPassword).digest('hex').slice(0, 16)}`;
  return (req, url, body, json) => {
    const nsid = url.pathname.replace(/^\/xrpc\//, '');
    if (req.method === 'POST' && nsid === 'com.atproto.server.createSession') {
      const b = obj(json);
      if (b.identifier !== o.blueskyIdentifier || b.password !== o.blueskyPassword) return err(401, 'AuthenticationRequired', 'Invalid identifier or password');
      const didDoc = { id: DID, service: [{ id: '#atproto_pds', type: 'AtprotoPersonalDataServer', serviceEndpoint: origin() }] };
      return { status: 200, json: { did: DID, handle: o.blueskyIdentifier, didDoc, accessJwt: jwt, refreshJwt: `${jwt}-refresh`, active: true } };
    }
    if (req.headers.authorization !== `Bearer ${jwt}`) return err(401, 'AuthenticationRequired');
    if (req.method === 'POST' && nsid === 'com.atproto.repo.uploadBlob') {
      const mime = req.headers['content-type'] ?? '';
      if (body.length > 1_000_000) return err(400, 'BlobTooLarge', `This file is too large. It is ${body.length} bytes but the maximum size is 1000000 bytes.`);
      const ref = cid(body);
      s.uploads.set(`bluesky:${ref}`, { mime, bytes: body });
      return { status: 200, json: { blob: { $type: 'blob', ref: { $link: ref }, mimeType: mime, size: body.length } } };
    }
    if (req.method === 'GET' && nsid === 'com.atproto.repo.getRecord') {
      const r = records.get(`${url.searchParams.get('collection')}/${url.searchParams.get('rkey')}`);
      return r ? { status: 200, json: r } : err(400, 'RecordNotFound', 'Could not locate record');
    }
    if (req.method === 'POST' && (nsid === 'com.atproto.repo.putRecord' || nsid === 'com.atproto.repo.createRecord')) {
      const b = obj(json);
      if (b.repo !== DID && b.repo !== o.blueskyIdentifier) return err(400, 'InvalidRequest', 'repo is not the session’s');
      const collection = str(b.collection);
      const rkey = str(b.rkey) || `3${Date.now().toString(32).padStart(12, '2')}`;
      if (!TID.test(rkey)) return err(400, 'InvalidRequest', `invalid record key ${rkey}`);
      const problem = checkPost(obj(b.record), s.uploads);
      if (problem) return err(400, 'InvalidRequest', problem);
      const key = `${collection}/${rkey}`;
      if (records.has(key) && (nsid === 'com.atproto.repo.createRecord' || b.swapRecord === null)) {
        return err(400, 'InvalidSwap', `Record was at ${records.get(key)?.cid}`);
      }
      const record = { uri: `at://${DID}/${key}`, cid: cid(JSON.stringify(b.record)), value: b.record };
      records.set(key, record);
      s.posts.push({ platform: 'bluesky', id: record.uri, body: obj(b.record) });
      return { status: 200, json: { uri: record.uri, cid: record.cid, commit: { cid: cid(key), rev: rkey } } };
    }
    return err(501, 'MethodNotImplemented');
  };
}

/** What the AppView would refuse in an `app.bsky.feed.post`, or undefined. */
function checkPost(record: Record<string, unknown>, uploads: FakeSocial['uploads']): string | undefined {
  const text = str(record.text);
  if (record.$type !== 'app.bsky.feed.post') return 'record/$type must be app.bsky.feed.post';
  if ([...segmenter.segment(text)].length > 300) return 'Record/text must not be longer than 300 graphemes';
  if (Number.isNaN(Date.parse(str(record.createdAt)))) return 'Record/createdAt must be a datetime';
  const size = Buffer.byteLength(text);
  for (const f of Array.isArray(record.facets) ? record.facets : []) {
    const i = obj(obj(f).index);
    if (typeof i.byteStart !== 'number' || typeof i.byteEnd !== 'number' || i.byteStart > i.byteEnd || i.byteEnd > size) return 'facet index out of the text';
  }
  const external = obj(obj(record.embed).external);
  if (record.embed) {
    if (!str(external.uri) || typeof external.title !== 'string' || typeof external.description !== 'string') return 'embed/external needs uri, title, description';
    const thumb = obj(external.thumb);
    const ref = str(obj(thumb.ref).$link);
    if (external.thumb !== undefined && !uploads.has(`bluesky:${ref}`)) return 'embed/external/thumb is not an uploaded blob';
    if (external.thumb !== undefined && !str(thumb.mimeType).startsWith('image/')) return 'thumb must be an image';
  }
  return undefined;
}

function linkedin(o: FakeSocialOptions, s: { posts: FakePost[]; uploads: FakeSocial['uploads'] }, origin: () => string): Handler {
  const author = `urn:li:organization:${o.linkedinOrganization}`;
  const pendingUploads = new Set<string>();
  const made: { id: string; body: Record<string, unknown> }[] = [];
  let next = 7000;
  return (req, url, body, json) => {
    if (req.headers.authorization !== `Bearer ${o.linkedinToken}`) return { status: 401, json: { status: 401, serviceErrorCode: 65600, code: 'INVALID_ACCESS_TOKEN', message: 'Invalid access token' } };
    if (url.pathname.startsWith('/upload/') && req.method === 'PUT') {
      const image = decodeURIComponent(url.pathname.slice('/upload/'.length));
      if (!pendingUploads.delete(image)) return { status: 404, json: { message: 'no such upload' } };
      s.uploads.set(`linkedin:${image}`, { mime: req.headers['content-type'] ?? '', bytes: body });
      return { status: 201 };
    }
    if (!/^\d{6}$/.test(String(req.headers['linkedin-version'])) || req.headers['x-restli-protocol-version'] !== '2.0.0') {
      return { status: 400, json: { status: 400, message: 'LinkedIn-Version (YYYYMM) and X-Restli-Protocol-Version 2.0.0 are required' } };
    }
    if (req.method === 'POST' && url.pathname === '/rest/images' && url.searchParams.get('action') === 'initializeUpload') {
      if (obj(obj(json).initializeUploadRequest).owner !== author) return { status: 403, json: { status: 403, message: 'not an admin of the owner' } };
      const image = `urn:li:image:C4D${next++}`;
      pendingUploads.add(image);
      return { status: 200, json: { value: { uploadUrlExpiresAt: Date.now() + 86_400_000, uploadUrl: `${origin()}/upload/${encodeURIComponent(image)}`, image } } };
    }
    if (req.method === 'POST' && url.pathname === '/rest/posts') {
      const b = obj(json);
      const article = obj(obj(b.content).article);
      if (b.author !== author) return { status: 403, json: { status: 403, message: 'author is not the organization' } };
      if ([...str(b.commentary)].length > 3000) return { status: 422, json: { status: 422, message: 'commentary is longer than 3000 characters' } };
      if (!str(article.source) || !str(article.title)) return { status: 422, json: { status: 422, message: 'article needs source and title' } };
      if (article.thumbnail !== undefined && !s.uploads.has(`linkedin:${str(article.thumbnail)}`)) return { status: 422, json: { status: 422, message: 'thumbnail is not an uploaded image' } };
      const id = `urn:li:share:${next++}`;
      made.push({ id, body: b });
      s.posts.push({ platform: 'linkedin', id, body: b });
      return { status: 201, headers: { 'x-restli-id': id } };
    }
    if (req.method === 'GET' && url.pathname === '/rest/posts' && url.searchParams.get('q') === 'author') {
      if (url.searchParams.get('author') !== author) return { status: 403, json: { status: 403, message: 'not the organization' } };
      return { status: 200, json: { paging: { start: 0, count: 50 }, elements: made.slice().reverse().map((p) => ({ id: p.id, ...p.body })) } };
    }
    return { status: 404, json: { status: 404, message: `no resource ${req.method} ${url.pathname}` } };
  };
}

/** Starts the three stand-ins. */
export async function startFakeSocial(o: FakeSocialOptions): Promise<FakeSocial> {
  const requests: SeenRequest[] = [];
  const posts: FakePost[] = [];
  const uploads: FakeSocial['uploads'] = new Map();
  const faults: FakeRule[] = [];
  const origins: Record<FakePlatform, string> = { mastodon: '', bluesky: '', linkedin: '' };
  const state = { posts, uploads };
  const keys = new Map<string, unknown>();
  const handlers: Record<FakePlatform, Handler> = {
    mastodon: mastodon(o, state, () => origins.mastodon, keys),
    bluesky: bluesky(o, state, () => origins.bluesky),
    linkedin: linkedin(o, state, () => origins.linkedin),
  };
  const servers: Server[] = [];
  for (const platform of ['mastodon', 'bluesky', 'linkedin'] as const) {
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', async () => {
        const body = Buffer.concat(chunks);
        const url = new URL(req.url ?? '/', 'http://stand-in');
        let json: unknown;
        if (String(req.headers['content-type']).startsWith('application/json')) {
          try {
            json = JSON.parse(body.toString('utf8'));
          } catch {
            json = undefined;
          }
        }
        const seen: SeenRequest = { platform, method: req.method ?? '', path: url.pathname, query: url.searchParams, headers: req.headers, json, bytes: body.length, answer: 0, at: Date.now() };
        requests.push(seen);
        let rule = faults.find((r) => r.platform === platform && r.route === `${req.method} ${url.pathname}` && (r.times ?? 1) > 0);
        if (rule?.skip) {
          rule.skip--;
          rule = undefined;
        }
        if (rule) rule.times = (rule.times ?? 1) - 1;
        const fault = rule?.fault;
        if (fault?.status) {
          const headers = typeof fault.headers === 'function' ? fault.headers() : fault.headers;
          seen.answer = fault.status;
          res.writeHead(fault.status, { 'Content-Type': 'application/json', ...headers }).end(JSON.stringify(fault.body ?? { error: 'scripted fault' }));
          return;
        }
        const answer = await handlers[platform](req, url, body, json);
        if (fault?.drop) {
          seen.answer = 'dropped';
          res.socket?.destroy();
          return;
        }
        seen.answer = answer.status;
        res.writeHead(answer.status, { ...(answer.json === undefined ? {} : { 'Content-Type': 'application/json' }), ...answer.headers });
        res.end(answer.json === undefined ? undefined : JSON.stringify(answer.json));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const address = server.address();
    const port = address && typeof address === 'object' ? (address satisfies AddressInfo).port : 0;
    origins[platform] = `http://127.0.0.1:${port}`;
    servers.push(server);
  }
  return {
    origins,
    requests,
    posts,
    uploads,
    faults,
    expireKeys: () => keys.clear(),
    env: {
      MASTODON_URL: origins.mastodon,
      MASTODON_TOKEN: o.mastodonToken,
      BLUESKY_SERVICE: origins.bluesky,
      BLUESKY_IDENTIFIER: o.blueskyIdentifier,
      BLUESKY_APP_PASSWORD: o.blueskyPassword,
      LINKEDIN_TOKEN: o.linkedinToken,
      LINKEDIN_ORGANIZATION: o.linkedinOrganization,
      LINKEDIN_API_URL: origins.linkedin,
    },
    close: () => Promise.all(servers.map((s) => new Promise<void>((r) => { s.closeAllConnections(); s.close(() => r()); }))).then(() => undefined),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const fake = await startFakeSocial({
    mastodonToken: 'fake-mastodon-token',
    blueskyIdentifier: 'hub.fake.test',
    blueskyPassword: 'fake-app-password',
    linkedinToken: 'fake-linkedin-token',
    linkedinOrganization: '12345',
  });
  console.log('Stand-ins for Mastodon, AT Protocol and LinkedIn. Try:');
  console.log(`${Object.entries(fake.env).map(([k, v]) => `${k}=${v}`).join(' ')} npm run announce -- --ledger /tmp/ledger.json`);
  process.on('SIGINT', () => void fake.close().then(() => process.exit(0)));
}
