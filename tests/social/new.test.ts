import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build.ts';
import { copyFixture, editItem } from '../support/fixture.ts';
import { LIMITS, type PostPlatform } from '../../src/social/count.ts';
import { announcingChambers } from '../../src/social/owners.ts';
import { adoptedTexts } from '../../src/model/texts.ts';
import type { Chamber } from '../../src/model/schemas.ts';
import type { Conference } from '../../src/model/vocabulary.ts';
import { eventItem } from '../support/items.ts';

interface NewJson {
  previousManifest: string | null;
  count: number;
  items: {
    id: string;
    chambers: string[];
    languages: Record<
      string,
      {
        url: string;
        title: string;
        description: string;
        card: { url: string; path: string; alt: string; width: number; height: number; type: string };
        posts: Record<PostPlatform, { text: string }>;
      }
    >;
  }[];
}

const read = async <T>(dist: string, p: string): Promise<T> => JSON.parse(await readFile(path.join(dist, p), 'utf8'));
const add = async (content: string, id: string, firstSeen: string) => {
  const file = path.join(content, 'snapshot/news.json');
  const snap = JSON.parse(await readFile(file, 'utf8'));
  snap.items.push({ id, slug: `item-${id}`, firstSeen, published: firstSeen, title: { en: `Item ${id}`, fr: `Élément ${id}` } });
  snap.items.reverse();
  await writeFile(file, JSON.stringify(snap));
};

// Three deploys, each handed the previous one's manifest, as the deploy pipeline does.
describe('social/new.json across builds', () => {
  const news: NewJson[] = [];
  let allIds: string[] = [];

  beforeAll(async () => {
    const content = await copyFixture();
    const work = await mkdtemp(path.join(tmpdir(), 'ipex-hub-new-'));
    let previous: string | undefined;
    const build = async (n: number) => {
      const dist = path.join(work, `b${n}`);
      const r = await buildSite(content, dist, previous ? { HUB_PREVIOUS_MANIFEST: previous } : {});
      if (r.code !== 0) throw new Error(r.output);
      news.push(await read<NewJson>(dist, 'social/new.json'));
      previous = path.join(dist, 'social/manifest.json');
      return dist;
    };
    await build(1);
    // Two new items, an edit of an old one, the input reordered.
    await add(content, 'n0000000000000000000000000000041', '2026-11-20T10:00:00Z');
    await add(content, 'n0000000000000000000000000000042', '2026-11-21T10:00:00Z');
    await editItem(content, 'news', 'n0000000000000000000000000000001', (i) => {
      i.title = { en: 'Saeima adopts opinion (edited)' };
      i.updated = '2026-11-22T10:00:00Z';
    });
    await build(2);
    // One item withdrawn upstream, one more new.
    await editItem(content, 'news', 'n0000000000000000000000000000041', (i) => (i.withdrawn = '2026-11-23T10:00:00Z'));
    await add(content, 'n0000000000000000000000000000043', '2026-11-24T10:00:00Z');
    const last = await build(3);
    allIds = Object.keys((await read<{ items: Record<string, string> }>(last, 'social/manifest.json')).items);
  });

  it('announces everything on a first build, then only what is new', () => {
    expect(news[0]?.previousManifest).toBeNull();
    expect(news[1]?.items.map((i) => i.id).sort()).toEqual([
      'urn:ipex-hub:news:n0000000000000000000000000000041',
      'urn:ipex-hub:news:n0000000000000000000000000000042',
    ]);
    expect(news[2]?.items.map((i) => i.id)).toEqual(['urn:ipex-hub:news:n0000000000000000000000000000043']);
  });

  it('lists every item in exactly one build’s new.json', () => {
    const listed = news.flatMap((n) => n.items.map((i) => i.id));
    expect(new Set(listed).size).toBe(listed.length);
    // The fixture's withdrawn news item and adopted text were already gone upstream when the hub first saw them: never announced.
    const withdrawnBeforeAnnounce = ['urn:ipex-hub:news:n0000000000000000000000000000003', 'urn:ipex-hub:texts:c05ac000000000000000000000000004'];
    expect([...listed].sort()).toEqual(allIds.filter((id) => !withdrawnBeforeAnnounce.includes(id)).sort());
  });

  it('carries post texts per language, each within its platform’s limit', () => {
    for (const item of news.flatMap((n) => n.items)) {
      // The fixture's Europol meeting and one adopted text are in English only upstream: no French page, so no French posts.
      const englishOnly = ['urn:ipex-hub:events:e0000000000000000000000000000002', 'urn:ipex-hub:texts:c05ac000000000000000000000000003'];
      expect(Object.keys(item.languages), item.id).toEqual(englishOnly.includes(item.id) ? ['en'] : ['en', 'fr']);
      for (const lang of Object.values(item.languages)) {
        for (const [platform, post] of Object.entries(lang.posts) as [PostPlatform, { text: string }][]) {
          expect(LIMITS[platform].count(post.text)).toBeLessThanOrEqual(LIMITS[platform].max);
          expect(post.text).toContain(lang.url);
        }
      }
    }
  });

  it('carries what the announcer needs: chambers, and per language title, description and the wide card', async () => {
    const items = news.flatMap((n) => n.items);
    for (const item of items) {
      expect(Array.isArray(item.chambers)).toBe(true);
      for (const lang of Object.values(item.languages)) {
        expect(lang.title.length).toBeGreaterThan(0);
        expect(lang.description.length).toBeGreaterThan(0);
        expect(lang.card).toMatchObject({ width: 1200, height: 630, type: 'image/png' });
        expect(lang.card.url.endsWith(lang.card.path)).toBe(true);
        expect(lang.card.alt).toContain(lang.title.slice(0, 20));
      }
    }
    expect(items.some((i) => i.chambers.length > 0)).toBe(true);
  });
});

describe('the chambers that also announce an item (announcingChambers)', () => {
  const chamber = (code: string, bodies?: Conference[]): Chamber => ({
    code,
    country: 'FR',
    name: code,
    names: { en: code },
    accounts: {},
    ...(bodies && { announce: { bodies } }),
  });
  const registry = [chamber('frass', ['cosac']), chamber('debta', ['speakers']), chamber('lvsae')];

  it('gives an adopted text to the chambers that opted in for its body, and to no other', () => {
    const meeting = eventItem({ organiser: 'lvsae', conference: 'cosac' });
    const text = adoptedTexts(
      { ...meeting, documents: [{ id: 'ab'.repeat(16), type: 'contribution', url: 'https://ipex.eu/IPEXL-WEB/download/file/x' }] },
      () => undefined,
    )[0];
    expect(text && announcingChambers(text, registry)).toEqual(['frass']);
    // The meeting itself stays its organiser's.
    expect(announcingChambers(meeting, registry)).toEqual(['lvsae']);
  });
});
