// Mastodon stand-in: verify_credentials, statuses (with Idempotency-Key), media v2 (processed
// asynchronously), an account's statuses.
import { err, obj, str, type FakeSocialOptions, type FakeState, type Handler } from './types.ts';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Mastodon's count, as the server does it: characters, every URL as 23. */
function mastodonCount(text: string): number {
  return [...text.replace(/https?:\/\/\S+/g, 'x'.repeat(23))].length;
}

/** The Mastodon stand-in; `byKey` holds idempotency keys (cleared to play their expiry). */
export function mastodon(o: FakeSocialOptions, s: FakeState, origin: () => string, byKey: Map<string, unknown>): Handler {
  const statuses: Record<string, unknown>[] = [];
  /** Media ids and how often each was polled: ready after two polls. */
  const polls = new Map<string, number>();
  let next = 100;
  return async (req, url, body, json) => {
    if (req.headers.authorization !== `Bearer ${o.mastodonToken}`) return err(401, `The access token is invalid (${req.headers.authorization ?? 'none'})`);
    const route = `${req.method} ${url.pathname}`;
    if (route === 'GET /api/v1/accounts/verify_credentials') return { status: 200, json: { id: '1', username: 'hub', acct: 'hub', url: `${origin()}/@hub` } };
    if (route === 'GET /api/v1/accounts/1/statuses')
      return {
        status: 200,
        json: statuses
          .slice()
          .reverse()
          .slice(0, Number(url.searchParams.get('limit') ?? 20)),
      };
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
