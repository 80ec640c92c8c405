// Facebook Graph API stand-in (one Page): the Page (`fields=id,name,followers_count`), `POST /{page}/feed`
// with message and link, the Page's posts (`message,permalink_url,created_time`), and posts by `ids` with
// shares, reactions and comments summaries. Errors in Graph's shape (`error.message/type/code`).
import { obj, str, type Answer, type FakeSocialOptions, type FakeState, type Handler } from './types.ts';

const graphError = (status: number, code: number, message: string, type = 'OAuthException'): Answer => ({
  status,
  json: { error: { message, type, code, fbtrace_id: 'AbCdEf123' } },
});
/** Graph's time format: `2026-12-07T10:00:00+0000`. */
const graphTime = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, '+0000');

/** The Facebook stand-in (one Page). */
export function facebook(o: FakeSocialOptions, s: FakeState): Handler {
  const page = o.facebookPageId;
  const made: { id: string; message: string; link: string; created: string }[] = [];
  let next = 9000;
  return (req, url, _body, json) => {
    const m = /^\/v\d+\.\d+\/(.*)$/.exec(url.pathname);
    if (!m) return graphError(400, 2500, 'Unknown path components', 'OAuthException');
    const token = req.headers.authorization?.replace(/^Bearer /, '') ?? url.searchParams.get('access_token');
    if (token !== o.facebookToken) return graphError(400, 190, 'Invalid OAuth access token - Cannot parse access token');
    const path = m[1] ?? '';
    const fields = (url.searchParams.get('fields') ?? '').split(',');
    if (req.method === 'GET' && path === page) {
      return {
        status: 200,
        json: { id: page, ...(fields.includes('name') ? { name: 'IPEX Hub' } : {}), ...(fields.includes('followers_count') ? { followers_count: 456 } : {}) },
      };
    }
    if (req.method === 'POST' && path === `${page}/feed`) {
      const b = obj(json);
      const message = str(b.message);
      const link = str(b.link);
      if (!message && !link) return graphError(400, 100, '(#100) Missing message or attachment', 'OAuthException');
      const id = `${page}_${next++}`;
      made.push({ id, message, link, created: graphTime(new Date()) });
      s.posts.push({ platform: 'facebook', id, body: b });
      return { status: 200, json: { id } };
    }
    if (req.method === 'GET' && path === `${page}/posts`) {
      const limit = Math.min(Number(url.searchParams.get('limit') ?? 25), 100);
      const data = made
        .slice()
        .reverse()
        .slice(0, limit)
        .map((p) => ({
          id: p.id,
          ...(fields.includes('message') ? { message: p.message } : {}),
          ...(fields.includes('permalink_url') ? { permalink_url: `https://www.facebook.com/${page}/posts/${p.id.split('_')[1]}` } : {}),
          ...(fields.includes('created_time') ? { created_time: p.created } : {}),
        }));
      return { status: 200, json: { data, paging: { cursors: { before: 'QVFIU', after: 'QVFIZ' } } } };
    }
    if (req.method === 'GET' && path === '' && url.searchParams.has('ids')) {
      const out: Record<string, unknown> = {};
      for (const id of (url.searchParams.get('ids') ?? '').split(',')) {
        if (!made.some((p) => p.id === id)) return graphError(400, 100, `(#100) Some of the aliases you requested do not exist: ${id}`);
        out[id] = {
          id,
          shares: { count: 3 },
          reactions: { data: [], summary: { total_count: 11 } },
          comments: { data: [], summary: { total_count: 2, can_comment: true, order: 'ranked' } },
        };
      }
      return { status: 200, json: out };
    }
    return graphError(400, 100, `(#100) Unsupported ${req.method} request. Object with ID '${path}' does not exist`, 'GraphMethodException');
  };
}
