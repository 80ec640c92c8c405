// X API v2 stand-in: the user (`/2/users/me`), posts (`POST /2/tweets`: weighted length by twitter-text,
// duplicate text refused with 403 as X does, links shortened to t.co), an account's posts with their
// links in `entities.urls`, and posts by ids with `public_metrics`. Every answer carries x-rate-limit-*.
import twitter from 'twitter-text';
import { obj, str, type Answer, type FakeSocialOptions, type FakeState, type Handler } from './types.ts';

/** The user the token belongs to. */
export const X_USER = { id: '1700000000000000001', username: 'ipexhub', name: 'IPEX Hub' };

/** X's problem document (RFC 7807-like, as API v2 answers errors). */
const problem = (status: number, title: string, detail: string, type = 'about:blank'): Answer => ({ status, json: { title, detail, type, status } });

/** The X stand-in (one user). */
export function x(o: FakeSocialOptions, s: FakeState): Handler {
  const made: { id: string; text: string; short: string; createdAt: string; urls: { start: number; end: number; url: string; expanded_url: string }[] }[] = [];
  let next = 1800000000000000000n;
  const limits = (a: Answer): Answer => ({
    ...a,
    headers: { 'x-rate-limit-limit': '100', 'x-rate-limit-remaining': '99', 'x-rate-limit-reset': String(Math.floor(Date.now() / 1000) + 900), ...a.headers },
  });
  const fields = (url: URL, name: string) => (url.searchParams.get(name) ?? '').split(',');
  const shape = (t: (typeof made)[number], url: URL) => ({
    id: t.id,
    text: t.short,
    edit_history_tweet_ids: [t.id],
    ...(fields(url, 'tweet.fields').includes('created_at') ? { created_at: t.createdAt } : {}),
    ...(fields(url, 'tweet.fields').includes('entities') && t.urls.length
      ? { entities: { urls: t.urls.map((u) => ({ ...u, display_url: u.expanded_url.replace(/^https?:\/\//, '').slice(0, 25) })) } }
      : {}),
    ...(fields(url, 'tweet.fields').includes('public_metrics')
      ? { public_metrics: { retweet_count: 2, reply_count: 1, like_count: 7, quote_count: 1, bookmark_count: 0, impression_count: 90 } }
      : {}),
  });
  return (req, url, _body, json) =>
    limits(
      ((): Answer => {
        if (req.headers.authorization !== `Bearer ${o.xToken}`) return problem(401, 'Unauthorized', 'Unauthorized');
        if (req.method === 'GET' && url.pathname === '/2/users/me') {
          const metrics = fields(url, 'user.fields').includes('public_metrics')
            ? { public_metrics: { followers_count: 321, following_count: 5, tweet_count: made.length, listed_count: 0 } }
            : {};
          return { status: 200, json: { data: { ...X_USER, ...metrics } } };
        }
        if (req.method === 'POST' && url.pathname === '/2/tweets') {
          const text = str(obj(json).text);
          if (!text)
            return {
              status: 400,
              json: {
                errors: [{ message: '$.text: is missing' }],
                title: 'Invalid Request',
                detail: 'One or more parameters to your request was invalid.',
                type: 'https://api.twitter.com/2/problems/invalid-request',
              },
            };
          if (twitter.parseTweet(text).weightedLength > 280) return problem(403, 'Forbidden', 'Your Tweet text is too long.');
          if (made.some((t) => t.text === text)) return problem(403, 'Forbidden', 'You are not allowed to create a Tweet with duplicate content.');
          const id = String(next++);
          // X keeps links as t.co addresses in the text and the page's address in entities.urls.
          let short = '';
          let at = 0;
          const urls: (typeof made)[number]['urls'] = [];
          for (const u of twitter.extractUrlsWithIndices(text)) {
            const [start, end] = u.indices;
            short += text.slice(at, start);
            const tco = `https://t.co/${id.slice(-10)}${urls.length}`;
            urls.push({ start: [...short].length, end: [...short].length + tco.length, url: tco, expanded_url: u.url });
            short += tco;
            at = end;
          }
          short += text.slice(at);
          made.push({ id, text, short, createdAt: new Date().toISOString(), urls });
          s.posts.push({ platform: 'x', id, body: obj(json) });
          return { status: 201, json: { data: { id, text: short, edit_history_tweet_ids: [id] } } };
        }
        const timeline = /^\/2\/users\/([^/]+)\/tweets$/.exec(url.pathname);
        if (req.method === 'GET' && timeline) {
          if (timeline[1] !== X_USER.id) return problem(404, 'Not Found Error', `Could not find user with id: [${timeline[1]}].`);
          const max = Number(url.searchParams.get('max_results') ?? 10);
          if (!(max >= 5 && max <= 100))
            return {
              status: 400,
              json: { title: 'Invalid Request', detail: 'max_results must be between 5 and 100', type: 'https://api.twitter.com/2/problems/invalid-request' },
            };
          const data = made
            .slice()
            .reverse()
            .slice(0, max)
            .map((t) => shape(t, url));
          return {
            status: 200,
            json: data.length
              ? { data, meta: { result_count: data.length, newest_id: data[0]?.id, oldest_id: data.at(-1)?.id } }
              : { meta: { result_count: 0 } },
          };
        }
        if (req.method === 'GET' && url.pathname === '/2/tweets') {
          const ids = (url.searchParams.get('ids') ?? '').split(',').filter(Boolean);
          if (ids.length === 0 || ids.length > 100)
            return { status: 400, json: { title: 'Invalid Request', detail: 'ids: 1 to 100', type: 'https://api.twitter.com/2/problems/invalid-request' } };
          const data = made.filter((t) => ids.includes(t.id)).map((t) => shape(t, url));
          return { status: 200, json: { data } };
        }
        return problem(404, 'Not Found', `no resource ${req.method} ${url.pathname}`);
      })(),
    );
}
