// Local stand-ins of the platform and analytics APIs that `npm run evaluate` and `npm run discussion` read, for tests and for
// trying the command by hand: `node scripts/serve-fake-platforms.ts` prints the variables to use.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** What the stand-ins answer; tests change it between runs. */
export interface StandinData {
  mastodon: {
    followers: number;
    statuses: Record<string, { favourites: number; reblogs: number; replies: number; quotes?: number; rebloggedBy?: string[] }>;
    /** Replies under a status (`/context`'s descendants), by status id; `acct` as the server writes it (no domain for its own accounts). */
    contexts?: Record<string, StandinReply[]>;
  };
  bluesky: {
    followers: number;
    posts: Record<string, { likes: number; reposts: number; replies: number; quotes: number; repostedBy?: string[] }>;
    /** Replies in a post's thread (`acct` is the handle), by post URI; nested ones in `replies`. */
    threads?: Record<string, StandinReply[]>;
    /** Posts quoting a post, by its URI. */
    quotes?: Record<string, StandinReply[]>;
  };
  linkedin: { followers: number; shares: Record<string, { likes: number; comments: number; shares: number }> };
  /** `plugin: false` answers as a Matomo without MarketingCampaignsReporting. */
  matomo: { campaigns: Record<string, number>; bySource: Record<string, number>; plugin?: boolean };
  plausible: Record<string, number>;
  /** Paths that answer 500 (every attempt). */
  failing: string[];
}

/** A reply or quote as the stand-ins serve it, in each API's shape. */
export interface StandinReply {
  id: string;
  acct: string;
  /** HTML on Mastodon, plain text on Bluesky. */
  text: string;
  at: string;
  visibility?: string;
  replies?: StandinReply[];
}

/** A Bluesky post view of a reply (`app.bsky.feed.defs#postView`). */
const postView = (r: StandinReply) => ({
  uri: `at://did:plc:${r.acct.replace(/\W/g, '')}/app.bsky.feed.post/${r.id}`,
  cid: `c${r.id}`,
  author: { did: `did:plc:${r.acct.replace(/\W/g, '')}`, handle: r.acct },
  record: { $type: 'app.bsky.feed.post', text: r.text, createdAt: r.at },
  indexedAt: r.at,
});
/** A thread node (`app.bsky.feed.defs#threadViewPost`) with its replies. */
const threadView = (r: StandinReply): unknown => ({
  $type: 'app.bsky.feed.defs#threadViewPost',
  post: postView(r),
  replies: (r.replies ?? []).map(threadView),
});

/** Requests seen, for checks on what was asked and how. */
export interface Seen {
  method: string;
  path: string;
  auth: string | undefined;
  body: string;
  headers: IncomingMessage['headers'];
}

const json = (res: ServerResponse, status: number, body: unknown) => res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));

/**
 * One local server speaking the parts of the real APIs the collector uses: Mastodon (`/api/v1/…`),
 * the Bluesky AppView (`/xrpc/…`), LinkedIn (`/rest/…`), Matomo (`/index.php`, POST form) and
 * Plausible (`/api/v2/query`).
 */
export async function startStandins(data: StandinData): Promise<{ origin: string; seen: Seen[]; close: () => Promise<void> }> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      seen.push({ method: req.method ?? '', path: req.url ?? '', auth: req.headers.authorization, body, headers: req.headers });
      if (data.failing.some((p) => url.pathname.startsWith(p))) return json(res, 500, { error: 'down' });
      const m = data.mastodon;
      if (url.pathname === '/api/v1/accounts/verify_credentials') {
        if (req.headers.authorization !== 'Bearer mastodon-token') return json(res, 401, { error: 'The access token is invalid' });
        return json(res, 200, { id: '1', acct: 'hub', followers_count: m.followers });
      }
      const ctx = /^\/api\/v1\/statuses\/([^/]+)\/context$/.exec(url.pathname);
      if (ctx) {
        const id = decodeURIComponent(ctx[1] ?? '');
        const replies = m.contexts?.[id];
        if (!replies && !m.statuses[id]) return json(res, 404, { error: 'Record not found' });
        const flat = (rs: StandinReply[]): StandinReply[] => rs.flatMap((r) => [r, ...flat(r.replies ?? [])]);
        const host = req.headers.host ?? '127.0.0.1';
        return json(res, 200, {
          ancestors: [],
          descendants: flat(replies ?? []).map((r) => ({
            id: r.id,
            created_at: r.at,
            in_reply_to_id: id,
            visibility: r.visibility ?? 'public',
            uri: `https://${r.acct.split('@')[1] ?? host}/users/${r.acct.split('@')[0]}/statuses/${r.id}`,
            url: `https://${r.acct.split('@')[1] ?? host}/@${r.acct.split('@')[0]}/${r.id}`,
            content: r.text,
            account: { id: r.acct, username: r.acct.split('@')[0], acct: r.acct },
          })),
        });
      }
      const r = /^\/api\/v1\/statuses\/([^/]+)(\/reblogged_by)?$/.exec(url.pathname);
      if (r) {
        const s = m.statuses[decodeURIComponent(r[1] ?? '')];
        if (!s) return json(res, 404, { error: 'Record not found' });
        if (r[2])
          return json(
            res,
            200,
            (s.rebloggedBy ?? []).map((acct, i) => ({ id: String(i), acct })),
          );
        return json(res, 200, {
          id: r[1],
          favourites_count: s.favourites,
          reblogs_count: s.reblogs,
          replies_count: s.replies,
          ...(s.quotes !== undefined ? { quotes_count: s.quotes } : {}),
        });
      }
      const b = data.bluesky;
      if (url.pathname === '/xrpc/app.bsky.actor.getProfile')
        return json(res, 200, { did: 'did:plc:hub', handle: url.searchParams.get('actor'), followersCount: b.followers });
      if (url.pathname === '/xrpc/app.bsky.feed.getPosts') {
        const posts = url.searchParams.getAll('uris').flatMap((uri) => {
          const p = b.posts[uri];
          return p ? [{ uri, cid: 'c', likeCount: p.likes, repostCount: p.reposts, replyCount: p.replies, quoteCount: p.quotes }] : [];
        });
        return json(res, 200, { posts });
      }
      if (url.pathname === '/xrpc/app.bsky.feed.getPostThread') {
        const uri = url.searchParams.get('uri') ?? '';
        const replies = b.threads?.[uri];
        if (!replies && !b.posts[uri]) return json(res, 400, { error: 'NotFound', message: `Post not found: ${uri}` });
        const root = {
          $type: 'app.bsky.feed.defs#threadViewPost',
          post: {
            uri,
            cid: 'c',
            author: { did: 'did:plc:hub', handle: 'hub.example.eu' },
            record: { text: 'the hub’s post', createdAt: '2026-11-03T09:01:00Z' },
            indexedAt: '2026-11-03T09:01:00Z',
          },
          replies: (replies ?? []).map(threadView),
        };
        return json(res, 200, { thread: root });
      }
      if (url.pathname === '/xrpc/app.bsky.feed.getQuotes') {
        const uri = url.searchParams.get('uri') ?? '';
        return json(res, 200, { uri, posts: (b.quotes?.[uri] ?? []).map(postView) });
      }
      if (url.pathname === '/xrpc/app.bsky.feed.getRepostedBy') {
        return json(res, 200, {
          uri: url.searchParams.get('uri'),
          repostedBy: (b.posts[url.searchParams.get('uri') ?? '']?.repostedBy ?? []).map((handle) => ({ did: `did:plc:${handle}`, handle })),
        });
      }
      const l = data.linkedin;
      if (url.pathname.startsWith('/rest/networkSizes/')) return json(res, 200, { firstDegreeSize: l.followers });
      if (url.pathname === '/rest/organizationalEntityShareStatistics') {
        if (req.headers['x-restli-protocol-version'] !== '2.0.0' || !req.headers['linkedin-version']) return json(res, 400, { message: 'headers' });
        const urns = [...(url.searchParams.get('shares') ?? '').matchAll(/urn:li:share:\d+/g)].map((x) => x[0]);
        return json(res, 200, {
          elements: urns
            .filter((u) => l.shares[u])
            .map((u) => ({
              share: u,
              totalShareStatistics: {
                likeCount: l.shares[u]?.likes,
                commentCount: l.shares[u]?.comments,
                shareCount: l.shares[u]?.shares,
                clickCount: 1,
                impressionCount: 100,
              },
            })),
        });
      }
      if (url.pathname === '/index.php' && req.method === 'POST') {
        const form = new URLSearchParams(body);
        if (form.get('token_auth') !== 'matomo-secret')
          return json(res, 200, { result: 'error', message: 'You must be logged in to access this functionality.' });
        if (form.get('method') === 'Referrers.getCampaigns')
          return json(
            res,
            200,
            Object.entries(data.matomo.campaigns).map(([label, nb_visits]) => ({ label, nb_visits, nb_uniq_visitors: nb_visits })),
          );
        if (form.get('method') === 'MarketingCampaignsReporting.getSourceMedium' && data.matomo.plugin !== false)
          return json(
            res,
            200,
            Object.entries(data.matomo.bySource).map(([label, nb_visits]) => ({ label, nb_visits })),
          );
        return json(res, 200, { result: 'error', message: `The method '${form.get('method')}' does not exist` });
      }
      if (url.pathname === '/api/v2/query' && req.method === 'POST') {
        return json(res, 200, {
          results: Object.entries(data.plausible).map(([source, visits]) => ({ dimensions: [source], metrics: [visits] })),
          meta: {},
          query: JSON.parse(body),
        });
      }
      return json(res, 404, { error: 'no such stand-in route' });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, seen, close: () => new Promise((r) => server.close(() => r())) };
}

/** Started from the command line: serve a small account's figures until interrupted. */
async function main(): Promise<void> {
  const s = await startStandins({
    mastodon: { followers: 412, statuses: {} },
    bluesky: { followers: 268, posts: {} },
    linkedin: { followers: 1630, shares: {} },
    matomo: { campaigns: { 'ipex-hub-trial': 540 }, bySource: { 'mastodon - social': 190, 'bluesky - social': 150, 'ipex-hub - referral': 200 } },
    plausible: {},
    failing: [],
  });
  console.log(`fake Mastodon, Bluesky AppView, LinkedIn and Matomo on ${s.origin} (Ctrl-C to stop)`);
  console.log(
    `  MASTODON_URL=${s.origin} MASTODON_TOKEN=mastodon-token BLUESKY_IDENTIFIER=hub.example.eu BLUESKY_APP_PASSWORD=x BLUESKY_APPVIEW=${s.origin} \\`,
  );
  console.log(
    `  LINKEDIN_TOKEN=x LINKEDIN_ORGANIZATION=42 LINKEDIN_API_URL=${s.origin} MATOMO_URL=${s.origin} MATOMO_TOKEN=matomo-secret MATOMO_SITE_ID=1 npm run evaluate`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) await main();
