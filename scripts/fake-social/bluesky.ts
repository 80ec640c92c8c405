// AT Protocol stand-in: createSession (with a DID document naming the PDS), uploadBlob (1,000,000-byte
// limit), resolveHandle (public), createRecord, putRecord (swapRecord null refuses to overwrite), getRecord.
import { createHash } from 'node:crypto';
import { err, obj, str, type FakeSocial, type FakeSocialOptions, type FakeState, type Handler } from './types.ts';

const DID = 'did:plc:fakehub0000000000000000';
const TID = /^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/;
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const cid = (b: Buffer | string) => `bafkrei${createHash('sha256').update(b).digest('hex').slice(0, 40)}`;

/** The AT Protocol stand-in (one account's PDS). */
export function bluesky(o: FakeSocialOptions, s: FakeState, origin: () => string): Handler {
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
    if (req.method === 'GET' && nsid === 'com.atproto.identity.resolveHandle') {
      const did = o.blueskyHandles?.[url.searchParams.get('handle') ?? ''];
      return did ? { status: 200, json: { did } } : err(400, 'InvalidRequest', 'Unable to resolve handle');
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
    const features = obj(f).features;
    for (const feature of Array.isArray(features) ? features : []) {
      if (obj(feature).$type === 'app.bsky.richtext.facet#mention' && !str(obj(feature).did).startsWith('did:')) return 'facet mention did must be a DID';
    }
  }
  const external = obj(obj(record.embed).external);
  if (record.embed) {
    if (!str(external.uri) || typeof external.title !== 'string' || typeof external.description !== 'string')
      return 'embed/external needs uri, title, description';
    const thumb = obj(external.thumb);
    const ref = str(obj(thumb.ref).$link);
    if (external.thumb !== undefined && !uploads.has(`bluesky:${ref}`)) return 'embed/external/thumb is not an uploaded blob';
    if (external.thumb !== undefined && !str(thumb.mimeType).startsWith('image/')) return 'thumb must be an image';
  }
  return undefined;
}
