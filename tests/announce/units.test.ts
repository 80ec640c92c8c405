import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { accountId, configuredAccounts } from '../../src/announce/accounts.ts';
import type { Due } from '../../src/announce/client.ts';
import { parseNewItems, withQueue, type AnnounceItem } from '../../src/announce/input.ts';
import { blueskyRkey, idempotencyKey, isTid } from '../../src/announce/keys.ts';
import { readLedger, withBaseline, withPending, withPost, writeLedger } from '../../src/announce/ledger.ts';
import { littleText } from '../../src/announce/little.ts';
import { planPosts, unfinished } from '../../src/announce/plan.ts';
import { redactor } from '../../src/announce/redact.ts';
import { BLUESKY_BLOB_LIMIT, fitImage } from '../../src/announce/thumb.ts';
import { chamberSchema, type Chamber } from '../../src/model/schemas.ts';
import { rateLimitResetDelay } from '../../src/http/retry.ts';

const chamber = (code: string, announce?: unknown): Chamber =>
  chamberSchema.parse({ code, country: 'FR', name: code, names: { en: code }, ...(announce ? { announce } : {}) });

describe('configuredAccounts', () => {
  it('takes the hub’s accounts from the documented variables, trimmed, with the default Bluesky service', () => {
    const { accounts, skipped } = configuredAccounts(
      {
        MASTODON_URL: ' https://social.example ',
        MASTODON_TOKEN: 't1',
        BLUESKY_IDENTIFIER: 'hub.bsky.social',
        BLUESKY_APP_PASSWORD: 'p1',
        LINKEDIN_TOKEN: 't2',
        LINKEDIN_ORGANIZATION: '99',
        X_TOKEN: 't3',
        FACEBOOK_PAGE_ID: '77',
        FACEBOOK_PAGE_TOKEN: 't4',
      },
      [],
      'en',
    );
    expect(skipped).toEqual([]);
    expect(accounts).toEqual([
      { platform: 'mastodon', owner: 'hub', lang: 'en', url: 'https://social.example', token: 't1' },
      { platform: 'bluesky', owner: 'hub', lang: 'en', service: 'https://bsky.social', identifier: 'hub.bsky.social', password: 'p1' },
      { platform: 'linkedin', owner: 'hub', lang: 'en', token: 't2', organization: '99' },
      { platform: 'x', owner: 'hub', lang: 'en', token: 't3', api: 'https://api.x.com' },
      { platform: 'facebook', owner: 'hub', lang: 'en', page: '77', token: 't4', api: 'https://graph.facebook.com' },
    ]);
    expect(accounts.map(accountId)).toEqual(['mastodon:hub', 'bluesky:hub', 'linkedin:hub', 'x:hub', 'facebook:hub']);
  });

  it('skips a platform whose variables are missing or blank, naming them', () => {
    const { accounts, skipped } = configuredAccounts(
      { MASTODON_URL: 'https://social.example', MASTODON_TOKEN: '  ', BLUESKY_SERVICE: 'https://pds.example' },
      [],
      'fr',
    );
    expect(accounts).toEqual([]);
    expect(skipped).toEqual([
      { owner: 'hub', platform: 'mastodon', reason: 'MASTODON_TOKEN not set' },
      { owner: 'hub', platform: 'bluesky', reason: 'BLUESKY_IDENTIFIER, BLUESKY_APP_PASSWORD not set' },
      { owner: 'hub', platform: 'linkedin', reason: 'LINKEDIN_TOKEN, LINKEDIN_ORGANIZATION not set' },
      { owner: 'hub', platform: 'x', reason: 'X_TOKEN not set' },
      { owner: 'hub', platform: 'facebook', reason: 'FACEBOOK_PAGE_ID, FACEBOOK_PAGE_TOKEN not set' },
    ]);
  });

  it('adds only chambers that opted in, with secrets from the variables the registry names', () => {
    const chambers = [
      chamber('frass'),
      chamber('debta', {
        mastodon: { url: 'https://social.bundestag.example', tokenEnv: 'DEBTA_MASTODON_TOKEN', lang: 'en' },
        bluesky: { identifier: 'bundestag.example', passwordEnv: 'DEBTA_BSKY', lang: 'en' },
        linkedin: { organization: '123', tokenEnv: 'DEBTA_LI', lang: 'fr' },
      }),
    ];
    const { accounts, skipped } = configuredAccounts({ DEBTA_MASTODON_TOKEN: 'secret', DEBTA_BSKY: 'pw' }, chambers, 'en');
    const theirs = accounts.filter((a) => a.owner !== 'hub');
    expect(theirs.map(accountId)).toEqual(['mastodon:debta', 'bluesky:debta']);
    expect(theirs[1]).toMatchObject({ service: 'https://bsky.social', identifier: 'bundestag.example', password: 'pw' });
    expect(skipped).toContainEqual({ owner: 'debta', platform: 'linkedin', reason: 'DEBTA_LI not set' });
    expect(skipped.some((s) => s.owner === 'frass')).toBe(false);
  });
});

describe('keys that make a retry land on the same post', () => {
  it('gives one Idempotency-Key per item and account', () => {
    expect(idempotencyKey('urn:a', 'mastodon:hub')).toBe(idempotencyKey('urn:a', 'mastodon:hub'));
    expect(idempotencyKey('urn:a', 'mastodon:hub')).not.toBe(idempotencyKey('urn:a', 'mastodon:frass'));
    expect(idempotencyKey('urn:a', 'mastodon:hub')).not.toBe(idempotencyKey('urn:b', 'mastodon:hub'));
  });

  it('gives valid, deterministic TIDs as Bluesky record keys, ordered by first-seen time', () => {
    const keys = Array.from({ length: 200 }, (_, i) =>
      blueskyRkey(`urn:ipex-hub:news:${i}`, 'bluesky:hub', new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString()),
    );
    for (const k of keys) expect(isTid(k)).toBe(true);
    expect(new Set(keys).size).toBe(200);
    expect([...keys].sort()).toEqual(keys);
    expect(blueskyRkey('urn:x', 'bluesky:hub', '2026-11-20T10:00:00Z')).toBe(blueskyRkey('urn:x', 'bluesky:hub', '2026-11-20T10:00:00Z'));
    expect(blueskyRkey('urn:x', 'bluesky:hub', '2026-11-20T10:00:00Z')).not.toBe(blueskyRkey('urn:x', 'bluesky:frass', '2026-11-20T10:00:00Z'));
  });
});

describe('LinkedIn commentary (little text)', () => {
  it('escapes reserved characters, keeps URLs whole and turns hashtags into templates', () => {
    const url = 'https://hub.example.eu/en/news/a_b/?utm_source=linkedin&utm_medium=social';
    const text = `COM(2026) 95 [draft] *now* @ 10 <b> ~x | {y} \\ \n\n${url}\n\n#IPEX #EU_affairs`;
    expect(littleText(text, [url])).toBe(
      `COM\\(2026\\) 95 \\[draft\\] \\*now\\* \\@ 10 \\<b\\> \\~x \\| \\{y\\} \\\\ \n\n${url}\n\n{hashtag|\\#|IPEX} {hashtag|\\#|EU\\_affairs}`,
    );
  });
});

const item = (id: string, firstSeen: string, chambers: string[], langs = ['en', 'fr']): unknown => ({
  id,
  kind: 'news',
  firstSeen,
  chambers,
  languages: Object.fromEntries(
    langs.map((l) => [
      l,
      {
        url: `https://hub.example.eu/${l}/news/${id}/`,
        title: `T ${id}`,
        description: 'D',
        card: { url: `https://hub.example.eu/og/${id}.png`, path: `/og/${id}.png`, alt: 'A', type: 'image/png', width: 1200, height: 630 },
        posts: Object.fromEntries(
          ['mastodon', 'bluesky', 'linkedin', 'x'].map((p) => [
            p,
            { text: `${id} ${l}`, url: `https://hub.example.eu/${l}/news/${id}/`, length: 1, limit: 300 },
          ]),
        ),
      },
    ]),
  ),
});

describe('new.json and the plan', () => {
  const items: AnnounceItem[] = parseNewItems(
    JSON.stringify({
      items: [item('c', '2026-11-03T00:00:00Z', ['frass']), item('a', '2026-11-01T00:00:00Z', []), item('b', '2026-11-01T00:00:00Z', ['frass'], ['en'])],
    }),
    'new.json',
  );

  it('orders items oldest first, then by id', () => {
    expect(items.map((i) => i.id)).toEqual(['a', 'b', 'c']);
  });

  it('puts adopted texts first, whenever first seen, then the rest oldest first; a queued item keeps its place behind them', () => {
    const adopted = { ...Object(item('text', '2026-11-05T00:00:00Z', [])), adopted: true };
    const fresh = parseNewItems(JSON.stringify({ items: [item('z', '2026-10-01T00:00:00Z', []), adopted, item('y', '2026-11-06T00:00:00Z', [])] }), 'new.json');
    expect(fresh.map((i) => i.id)).toEqual(['text', 'z', 'y']);
    expect(withQueue(items, fresh).map((i) => i.id)).toEqual(['text', 'z', 'a', 'b', 'c', 'y']);
  });

  it('names the file, the item and the field of a bad new.json', () => {
    const bad = JSON.stringify({
      items: [item('ok', '2026-11-01T00:00:00Z', []), { ...Object(item('n-7', '2026-11-01T00:00:00Z', [])), firstSeen: 'yesterday' }],
    });
    expect(() => parseNewItems(bad, 'dist/social/new.json')).toThrow(/^dist\/social\/new.json: item "n-7": field "items\[1\].firstSeen"/);
    expect(() => parseNewItems('{', 'x.json')).toThrow(/^x.json: not valid JSON/);
  });

  it('gives the hub every item, a chamber only its own, in its language (else the item’s first), skipping what the ledger holds', () => {
    const hub = { platform: 'mastodon' as const, owner: 'hub', lang: 'en', url: 'https://m.example', token: 't' };
    const frass = { platform: 'bluesky' as const, owner: 'frass', lang: 'fr', service: 'https://bsky.social', identifier: 'an', password: 'p' };
    const ledger = withPost(
      { format: 'ipex-hub-ledger/1', posts: [], pending: [] },
      { item: 'a', platform: 'mastodon', account: 'mastodon:hub', lang: 'en', remoteId: '1', url: 'https://m.example/1', postedAt: '2026-11-01T00:00:00Z' },
    );
    const [h, f] = planPosts(items, [hub, frass], ledger);
    expect(h?.candidates.map((d: Due) => d.item.id)).toEqual(['b', 'c']);
    expect(h?.done).toBe(1);
    expect(f?.candidates.map((d: Due) => `${d.item.id}:${d.lang}`)).toEqual(['b:en', 'c:fr']);
    // Still owed: a by nobody (the chamber does not post it), b and c by both.
    const owed = unfinished(items, [hub, frass], ledger);
    expect(owed.map((i) => i.id)).toEqual(['b', 'c']);
    expect(owed.map((i) => Object.keys(i.languages).join())).toEqual(['en', 'en,fr']);
    expect(
      unfinished(
        items,
        [hub],
        withPost(ledger, {
          item: 'b',
          platform: 'mastodon',
          account: 'mastodon:hub',
          lang: 'en',
          remoteId: '2',
          url: 'https://m.example/2',
          postedAt: '2026-11-01T00:00:00Z',
        }),
      ).map((i) => i.id),
    ).toEqual(['c']);
  });
});

describe('the baseline', () => {
  it('counts an item as announced for every account without a post, unqueues it, and survives a write', async () => {
    const items = parseNewItems(JSON.stringify({ items: [item('a', '2026-11-01T00:00:00Z', ['frass']), item('b', '2026-11-02T00:00:00Z', [])] }), 'new.json');
    const hub = { platform: 'mastodon' as const, owner: 'hub', lang: 'en', url: 'https://m.example', token: 't' };
    const frass = { platform: 'bluesky' as const, owner: 'frass', lang: 'fr', service: 'https://bsky.social', identifier: 'an', password: 'p' };
    const posted = withPost(
      { format: 'ipex-hub-ledger/1', posts: [], queue: items },
      { item: 'b', platform: 'mastodon', account: 'mastodon:hub', lang: 'en', remoteId: '1', url: 'https://m.example/1', postedAt: '2026-11-01T00:00:00Z' },
    );
    const { ledger, added } = withBaseline(posted, ['a', 'b', 'a'], '2026-12-07T05:00:00.000Z');
    // b was posted already: only a is new to the ledger.
    expect(added).toBe(1);
    expect(ledger.queue).toEqual([]);
    expect(planPosts(items, [hub, frass], ledger).map((p) => p.candidates.length)).toEqual([0, 0]);
    expect(unfinished(items, [hub, frass], ledger)).toEqual([]);
    expect(withBaseline(ledger, ['a', 'c'], '2026-12-08T00:00:00.000Z')).toMatchObject({ added: 1, ledger: { baseline: { at: '2026-12-07T05:00:00.000Z' } } });
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'ipex-hub-ledger-')), 'ledger.json');
    await writeLedger(file, ledger);
    expect((await readLedger(file)).baseline).toEqual({ at: '2026-12-07T05:00:00.000Z', items: ['a', 'b'] });
  });
});

describe('the ledger', () => {
  it('keeps posts and pending marks across a write and a read; reads an older file without pending', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ipex-hub-ledger-'));
    const file = path.join(dir, 'social/ledger.json');
    expect(await readLedger(file)).toEqual({ format: 'ipex-hub-ledger/1', posts: [] });
    const post = {
      item: 'urn:a',
      platform: 'bluesky' as const,
      account: 'bluesky:hub',
      lang: 'en',
      remoteId: 'at://did:plc:x/app.bsky.feed.post/3a',
      url: 'https://bsky.app/profile/x/post/3a',
      postedAt: '2026-11-01T00:00:00.000Z',
    };
    const mark = { item: 'urn:a', platform: 'bluesky' as const, account: 'bluesky:hub', lang: 'en', since: '2026-11-01T00:00:00.000Z' };
    let ledger = withPending({ format: 'ipex-hub-ledger/1', posts: [], pending: [] }, { ...mark, item: 'urn:b', since: '2026-11-02T00:00:00.000Z' });
    ledger = withPending(ledger, mark);
    ledger = withPost(ledger, post);
    const queued = parseNewItems(JSON.stringify({ items: [item('q', '2026-11-01T00:00:00Z', [])] }), 'new.json');
    ledger = { ...ledger, queue: queued };
    await writeLedger(file, ledger);
    expect(await readLedger(file)).toEqual(ledger);
    expect((await readFile(file, 'utf8')).split('\n').filter((l) => l.includes('"id":"q"'))).toHaveLength(1);
    expect(ledger.pending?.map((p) => p.item)).toEqual(['urn:b']);
    await writeFile(file, JSON.stringify({ format: 'ipex-hub-ledger/1', posts: [post] }));
    expect((await readLedger(file)).pending).toBeUndefined();
    await writeFile(file, JSON.stringify({ format: 'ipex-hub-ledger/1', posts: [{ ...post, url: 'nope' }] }));
    await expect(readLedger(file)).rejects.toThrow(/ledger.json: field "posts\[0\].url"/);
    expect(await readFile(file, 'utf8')).toContain('nope');
  });
});

describe('helpers', () => {
  it('brings a card over the blob limit under it as JPEG, and leaves one under it alone', async () => {
    const noise = randomBytes(1200 * 630 * 3);
    const big = new Uint8Array(
      await sharp(noise, { raw: { width: 1200, height: 630, channels: 3 } })
        .png()
        .toBuffer(),
    );
    expect(big.length).toBeGreaterThan(BLUESKY_BLOB_LIMIT);
    const fitted = await fitImage({ bytes: big, mime: 'image/png' }, BLUESKY_BLOB_LIMIT, 'card');
    expect(fitted.bytes.length).toBeLessThanOrEqual(BLUESKY_BLOB_LIMIT);
    expect(fitted.mime).toBe('image/jpeg');
    expect((await sharp(fitted.bytes).metadata()).format).toBe('jpeg');
    const small = { bytes: new Uint8Array([1, 2, 3]), mime: 'image/png' };
    expect(await fitImage(small, BLUESKY_BLOB_LIMIT, 'card')).toBe(small);
  });

  it('blanks secrets in log lines', () => {
    const redact = redactor(['s3cret-token', 'pw', '']);
    expect(redact('Bearer s3cret-token refused; s3cret-token again')).toBe('Bearer [secret] refused; [secret] again');
  });

  it('reads a rate-limit reset as an instant or as Unix seconds', () => {
    const now = Date.parse('2026-11-25T12:00:00Z');
    expect(rateLimitResetDelay('2026-11-25T12:00:30Z', now, 60_000)).toBe(30_000);
    expect(rateLimitResetDelay(String(now / 1000 + 20), now, 60_000)).toBe(20_000);
    expect(rateLimitResetDelay('soon', now, 60_000)).toBeUndefined();
  });
});
