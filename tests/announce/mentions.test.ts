import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { blueskyClient } from '../../src/announce/bluesky.ts';
import type { Due } from '../../src/announce/client.ts';
import { handlesIn } from '../../src/announce/mentions.ts';
import { startFakeSocial, type FakeSocial } from '../../scripts/serve-fake-social.ts';
import { blueskyFacets } from '../../src/social/facets.ts';
import { SECRETS } from './support.ts';

const RAPPORTEUR = 'did:plc:rapporteur00000000000000';
const EP = 'did:plc:europarl0000000000000000';
let fake: FakeSocial;

beforeAll(async () => {
  fake = await startFakeSocial({ ...SECRETS, blueskyHandles: { 'joanna-sample.bsky.social': RAPPORTEUR, 'europarl.bsky.social': EP } });
});
afterAll(() => fake.close());

/** A Due whose Bluesky text is `text`, with the facets the build gives it (links and tags). */
function dueWith(id: string, text: string, url: string): Due {
  const post = { text, url, facets: blueskyFacets(text, [url]) };
  return {
    item: { id, firstSeen: '2026-12-01T10:00:00.000Z', chambers: [], adopted: false, languages: {} },
    lang: 'pl',
    version: {
      url,
      title: 'COM(2026) 497',
      description: 'A proposal',
      card: { url: 'https://hub.example/og/x.png', path: '/og/x.png', alt: 'card', type: 'image/png' },
      posts: { bluesky: post, mastodon: post, linkedin: post },
    },
  };
}

/** What the tests read of a stored `app.bsky.feed.post`. */
const recordSchema = z.object({
  text: z.string(),
  facets: z
    .array(
      z.object({
        index: z.object({ byteStart: z.number(), byteEnd: z.number() }),
        features: z.array(z.object({ $type: z.string(), did: z.string().optional() })),
      }),
    )
    .optional(),
});

async function postOnce(id: string, text: string, url: string) {
  const png = await sharp({ create: { width: 120, height: 63, channels: 3, background: '#234' } })
    .png()
    .toBuffer();
  const client = blueskyClient(
    { platform: 'bluesky', owner: 'hub', lang: 'pl', service: fake.origins.bluesky, identifier: SECRETS.blueskyIdentifier, password: SECRETS.blueskyPassword },
    {
      http: { timeoutMs: 5000, retry: { retries: 0, baseDelayMs: 10, maxDelayMs: 10, maxRetryAfterMs: 10 } },
      card: async () => ({ bytes: new Uint8Array(png), mime: 'image/png' }),
      now: () => new Date('2026-12-01T10:05:00Z'),
    },
  );
  await client.open();
  const before = fake.posts.length;
  await client.post(dueWith(id, text, url));
  return recordSchema.parse(fake.posts[before]?.body);
}

/** The text a facet's byte range covers, sliced as the AT Protocol does: on the UTF-8 bytes. */
const slice = (text: string, f: { index: { byteStart: number; byteEnd: number } }) =>
  Buffer.from(text, 'utf8').subarray(f.index.byteStart, f.index.byteEnd).toString('utf8');

describe('Bluesky mentions at posting time', () => {
  it('makes each handle that resolves a mention facet whose byte range slices exactly `@handle`, after non-ASCII text', async () => {
    // "Sprawozdawczyni" and "Ευρωπαϊκό" put 2-byte characters before the handles: a range counted in
    // UTF-16 units or code points would be off (facets count UTF-8 bytes: PLATFORMS.md, atproto's richtext lexicon).
    const url = 'https://hub.example/pl/documents/com-2026-497/?utm_source=bluesky';
    const text = `Opinia: wniosek COM(2026) 497 — Sprawozdawczyni żółta kartka, Ευρωπαϊκό\n\n@europarl.bsky.social @joanna-sample.bsky.social ${url}\n\n#subsidiarity`;
    const record = await postOnce('scrutiny-test-1', text, url);
    const mentions = (record.facets ?? []).filter((f) => f.features[0]?.$type === 'app.bsky.richtext.facet#mention');
    expect(mentions.map((f) => [slice(record.text, f), f.features[0]?.did])).toEqual([
      ['@europarl.bsky.social', EP],
      ['@joanna-sample.bsky.social', RAPPORTEUR],
    ]);
    // The build's link and tag facets are kept, in text order with the mentions.
    expect((record.facets ?? []).map((f) => f.features[0]?.$type)).toEqual([
      'app.bsky.richtext.facet#mention',
      'app.bsky.richtext.facet#mention',
      'app.bsky.richtext.facet#link',
      'app.bsky.richtext.facet#tag',
    ]);
    expect(fake.requests.filter((r) => r.path === '/xrpc/com.atproto.identity.resolveHandle').map((r) => r.query.get('handle'))).toEqual([
      'europarl.bsky.social',
      'joanna-sample.bsky.social',
    ]);
  });

  it('posts a handle that does not resolve as plain text, with no facet over it', async () => {
    const url = 'https://hub.example/en/documents/com-2026-455/';
    const text = `Rapporteur: Ελένη @gone-away.bsky.social ${url}`;
    const record = await postOnce('scrutiny-test-2', text, url);
    expect(record.text).toBe(text);
    expect((record.facets ?? []).map((f) => slice(record.text, f))).toEqual([url]);
  });

  it('finds handles, not Mastodon addresses, e-mail addresses or the end of a sentence', () => {
    const found = (t: string) => handlesIn(t).map((h) => h.handle);
    expect(found('@EuroParl@social.network.europa.eu and x@europarl.bsky.social')).toEqual([]);
    expect(found('Thanks (@europarl.bsky.social). And @a.bsky.social@x')).toEqual(['europarl.bsky.social']);
  });
});
