// Stand-ins for the posting APIs of ../shared/PLATFORMS.md on 127.0.0.1, one server per platform:
// Mastodon (verify_credentials, statuses with Idempotency-Key, media v2, an account's statuses),
// AT Protocol (createSession, uploadBlob, createRecord, putRecord with swapRecord, getRecord) and
// LinkedIn (images initializeUpload and upload, posts, posts by author), X API v2 (users/me, tweets,
// a user's tweets, tweets by ids) and the Graph API of a Facebook Page (feed, posts, ids). Each checks what the real
// one refuses (auth, counts, blob size, record keys, facets), records every request in order, and
// plays scripted faults: a status (429 with reset headers, 500), or accept-then-drop-the-connection.
// Tests start it in-process; run directly, it prints its origins and the environment to use:
//   node scripts/serve-fake-social.ts
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { bluesky } from './fake-social/bluesky.ts';
import { facebook } from './fake-social/facebook.ts';
import { linkedin } from './fake-social/linkedin.ts';
import { mastodon } from './fake-social/mastodon.ts';
import { x } from './fake-social/x.ts';
import type { FakePlatform, FakePost, FakeRule, FakeSocial, FakeSocialOptions, Handler, SeenRequest } from './fake-social/types.ts';

export type { FakeFault, FakePlatform, FakePost, FakeRule, FakeSocial, FakeSocialOptions, SeenRequest } from './fake-social/types.ts';

/** Starts the stand-ins, one server per platform. */
export async function startFakeSocial(o: FakeSocialOptions): Promise<FakeSocial> {
  const requests: SeenRequest[] = [];
  const posts: FakePost[] = [];
  const uploads: FakeSocial['uploads'] = new Map();
  const faults: FakeRule[] = [];
  const origins: Record<FakePlatform, string> = { mastodon: '', bluesky: '', linkedin: '', x: '', facebook: '' };
  const state = { posts, uploads };
  const keys = new Map<string, unknown>();
  const handlers: Record<FakePlatform, Handler> = {
    mastodon: mastodon(o, state, () => origins.mastodon, keys),
    bluesky: bluesky(o, state, () => origins.bluesky),
    linkedin: linkedin(o, state, () => origins.linkedin),
    x: x(o, state),
    facebook: facebook(o, state),
  };
  const servers: Server[] = [];
  for (const platform of ['mastodon', 'bluesky', 'linkedin', 'x', 'facebook'] as const) {
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
        const seen: SeenRequest = {
          platform,
          method: req.method ?? '',
          path: url.pathname,
          query: url.searchParams,
          headers: req.headers,
          json,
          bytes: body.length,
          answer: 0,
          at: Date.now(),
        };
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
  const envs: Record<FakePlatform, Record<string, string>> = {
    mastodon: { MASTODON_URL: origins.mastodon, MASTODON_TOKEN: o.mastodonToken },
    bluesky: { BLUESKY_SERVICE: origins.bluesky, BLUESKY_IDENTIFIER: o.blueskyIdentifier, BLUESKY_APP_PASSWORD: o.blueskyPassword },
    linkedin: { LINKEDIN_TOKEN: o.linkedinToken, LINKEDIN_ORGANIZATION: o.linkedinOrganization, LINKEDIN_API_URL: origins.linkedin },
    x: { X_TOKEN: o.xToken, X_API_URL: origins.x },
    facebook: { FACEBOOK_PAGE_ID: o.facebookPageId, FACEBOOK_PAGE_TOKEN: o.facebookToken, FACEBOOK_GRAPH_URL: origins.facebook },
  };
  const envFor = (platforms: FakePlatform[]) => Object.assign({}, ...platforms.map((p) => envs[p]));
  return {
    origins,
    requests,
    posts,
    uploads,
    faults,
    expireKeys: () => keys.clear(),
    env: envFor(['mastodon', 'bluesky', 'linkedin']),
    envFor,
    close: () =>
      Promise.all(
        servers.map(
          (s) =>
            new Promise<void>((r) => {
              s.closeAllConnections();
              s.close(() => r());
            }),
        ),
      ).then(() => undefined),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const fake = await startFakeSocial({
    mastodonToken: 'fake-mastodon-token',
    blueskyIdentifier: 'hub.fake.test',
    blueskyPassword: 'fake-app-password',
    linkedinToken: 'fake-linkedin-token',
    linkedinOrganization: '12345',
    xToken: 'fake-x-token',
    facebookPageId: '10001',
    facebookToken: 'fake-facebook-page-token',
  });
  console.log('Stand-ins for Mastodon, AT Protocol, LinkedIn, X and a Facebook Page. Try:');
  console.log(
    `${Object.entries(fake.envFor(['mastodon', 'bluesky', 'linkedin', 'x', 'facebook']))
      .map(([k, v]) => `${k}=${v}`)
      .join(' ')} npm run announce -- --ledger /tmp/ledger.json`,
  );
  process.on('SIGINT', () => void fake.close().then(() => process.exit(0)));
}
