// LinkedIn stand-in: images (initializeUpload, then the upload), posts (201 with x-restli-id), an
// organisation's posts by author; version and Rest.li headers checked.
import { obj, str, type FakeSocialOptions, type FakeState, type Handler } from './types.ts';

/** The LinkedIn stand-in (one organisation page). */
export function linkedin(o: FakeSocialOptions, s: FakeState, origin: () => string): Handler {
  const author = `urn:li:organization:${o.linkedinOrganization}`;
  const pendingUploads = new Set<string>();
  const made: { id: string; body: Record<string, unknown> }[] = [];
  let next = 7000;
  return (req, url, body, json) => {
    if (req.headers.authorization !== `Bearer ${o.linkedinToken}`)
      return { status: 401, json: { status: 401, serviceErrorCode: 65600, code: 'INVALID_ACCESS_TOKEN', message: 'Invalid access token' } };
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
      return {
        status: 200,
        json: { value: { uploadUrlExpiresAt: Date.now() + 86_400_000, uploadUrl: `${origin()}/upload/${encodeURIComponent(image)}`, image } },
      };
    }
    if (req.method === 'POST' && url.pathname === '/rest/posts') {
      const b = obj(json);
      const article = obj(obj(b.content).article);
      if (b.author !== author) return { status: 403, json: { status: 403, message: 'author is not the organization' } };
      if ([...str(b.commentary)].length > 3000) return { status: 422, json: { status: 422, message: 'commentary is longer than 3000 characters' } };
      if (!str(article.source) || !str(article.title)) return { status: 422, json: { status: 422, message: 'article needs source and title' } };
      if (article.thumbnail !== undefined && !s.uploads.has(`linkedin:${str(article.thumbnail)}`))
        return { status: 422, json: { status: 422, message: 'thumbnail is not an uploaded image' } };
      const id = `urn:li:share:${next++}`;
      made.push({ id, body: b });
      s.posts.push({ platform: 'linkedin', id, body: b });
      return { status: 201, headers: { 'x-restli-id': id } };
    }
    if (req.method === 'GET' && url.pathname === '/rest/posts' && url.searchParams.get('q') === 'author') {
      if (url.searchParams.get('author') !== author) return { status: 403, json: { status: 403, message: 'not the organization' } };
      return {
        status: 200,
        json: {
          paging: { start: 0, count: 50 },
          elements: made
            .slice()
            .reverse()
            .map((p) => ({ id: p.id, ...p.body })),
        },
      };
    }
    return { status: 404, json: { status: 404, message: `no resource ${req.method} ${url.pathname}` } };
  };
}
