import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadContent, type Content } from '../../src/content/load.ts';
import { ROOT, TEST_NOW } from '../support/build.ts';

// One rule for cache keys (routes/keys.ts, `keyed`): a keyed page gets its input as props and its key
// is that input's digest, so the page must be made from its input alone. These tests fail when a
// page's making reads anything else: the catalog, a collection, the feeds, the clock.
let content: Content;
let poisoned = false;
const guard =
  <A extends unknown[], R>(name: string, real: (...a: A) => R) =>
  (...a: A): R => {
    if (poisoned) throw new Error(`a page read ${name}, which its cache key does not cover`);
    return real(...a);
  };

vi.mock('astro:content', () => ({
  getCollection: (name: keyof Content) => {
    if (poisoned) throw new Error(`a page read the ${name} collection, which its cache key does not cover`);
    return Promise.resolve((content[name] as { id: string }[]).map((data) => ({ id: data.id, data })));
  },
}));
vi.mock('../../src/routes/catalog.ts', async (original) => {
  const m = await original<typeof import('../../src/routes/catalog.ts')>();
  return { ...m, getCatalog: guard('the catalog', m.getCatalog) };
});
vi.mock('../../src/routes/glossary.ts', async (original) => {
  const m = await original<typeof import('../../src/routes/glossary.ts')>();
  return { ...m, getGlossary: guard('the glossary', m.getGlossary) };
});
vi.mock('../../src/routes/document-catalog.ts', async (original) => {
  const m = await original<typeof import('../../src/routes/document-catalog.ts')>();
  return { ...m, getDocumentCatalog: guard('the document catalog', m.getDocumentCatalog) };
});
vi.mock('../../src/routes/feeds.ts', async (original) => {
  const m = await original<typeof import('../../src/routes/feeds.ts')>();
  return { ...m, getFeedSite: guard('the feeds', m.getFeedSite), feedLinks: guard('the feed links', m.feedLinks) };
});

beforeAll(async () => {
  process.env.HUB_NOW = TEST_NOW;
  content = await loadContent({ dir: path.join(ROOT, 'content'), defaultTimeZone: 'Europe/Brussels' });
}, 120_000);
afterEach(() => {
  poisoned = false;
  vi.useRealTimers();
});

describe('a keyed page', () => {
  it('is made from its input alone: landing pages and documents, with the catalog, collections, feeds and clock out of reach', async () => {
    const { itemPagePaths, itemPage } = await import('../../src/routes/item.ts');
    const { documentPagePaths, documentPage } = await import('../../src/routes/documents.ts');
    const items = await itemPagePaths();
    const documents = await documentPagePaths();
    expect(items.length).toBeGreaterThan(100);
    expect(documents.length).toBeGreaterThan(10);
    const before = [...items.map((p) => JSON.stringify(itemPage(p.props.input))), ...documents.map((p) => JSON.stringify(documentPage(p.props.input)))];
    poisoned = true;
    // A year later by the clock: a page that read the time would come out different.
    vi.useFakeTimers({ now: Date.parse(TEST_NOW) + 365 * 86_400_000, toFake: ['Date'] });
    const after = [...items.map((p) => JSON.stringify(itemPage(p.props.input))), ...documents.map((p) => JSON.stringify(documentPage(p.props.input)))];
    expect(after).toEqual(before);
  });

  it('has the digest of its input as its key, so that what the page shows changes the key', async () => {
    const { itemPagePaths, itemPage } = await import('../../src/routes/item.ts');
    const { keyed } = await import('../../src/routes/keys.ts');
    const paths = await itemPagePaths();
    const withRelated = paths.find((p) => p.props.input.related.length > 1);
    if (!withRelated) throw new Error('the sample has items with related items');
    const { input } = withRelated.props;
    const changed = { ...input, related: [...input.related].reverse() };
    expect(JSON.stringify(itemPage(changed))).not.toEqual(JSON.stringify(itemPage(input)));
    expect(keyed(withRelated.params, changed).cacheKey).not.toEqual(withRelated.cacheKey);
    expect(keyed(withRelated.params, { ...input }).cacheKey).toEqual(withRelated.cacheKey);
  });
});

describe('the pages folder', () => {
  it('has no page that reads data in its body: what a page shows comes from getStaticPaths, through its props', async () => {
    const { READS_MORE } = await import('../../src/routes/lists.ts');
    const dir = path.join(ROOT, 'src/pages');
    const offenders: string[] = [];
    for (const rel of await readdir(dir, { recursive: true })) {
      if (!/\.(astro|ts)$/.test(rel)) continue;
      const text = await readFile(path.join(dir, rel), 'utf8');
      const source = rel.endsWith('.astro') ? (/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') : text;
      const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
      // What stands outside getStaticPaths (the page's body, or an endpoint's GET) may not fetch data.
      const body = code.replace(/export const getStaticPaths = [\s\S]*?satisfies GetStaticPaths;/, '');
      const reads = body.match(/\b(getCatalog|getGlossary|getDocumentCatalog|getFeedSite|getListPages|getCollection|getEntry|feedLinks)\s*\(/g);
      // Keyed: its entries carry a key (`keyed`, `cacheKey`), or it lists pages of a keyed type.
      const lists = [...code.matchAll(/listPagePaths\('(\w+)'\)/g)].map((m) => m[1] as never);
      const isKeyed = /\bkeyed\(|cacheKey:/.test(code) || lists.some((type) => !READS_MORE.has(type));
      if (reads && isKeyed) offenders.push(`${rel}: ${reads.join(', ')}`);
    }
    expect(offenders).toEqual([]);
  });
});
