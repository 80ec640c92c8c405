import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Item, NewsItem, TopicItem } from '../../src/model/item.ts';
import type { DocumentItem } from '../../src/model/document.ts';
import { documentSearchDay, itemSearchPart, RECENT_YEARS, searchPart, TOPIC_PARTS } from '../../src/routes/search-part.ts';
import { indexedPage, indexParts, partOf, writtenPart } from '../../src/search/parts.ts';
import { eventItem } from '../support/items.ts';

const NOW = new Date('2026-12-07T12:00:00Z');

const news = (slug: string, published: string, title: string): NewsItem => ({
  kind: 'news',
  id: slug,
  slug,
  firstSeen: published,
  published,
  title: { en: title },
  tags: [],
  chambers: [],
  html: {},
});

const topic = (slug: string, firstSeen: string, title: string): TopicItem => ({
  kind: 'topics',
  id: slug,
  slug,
  firstSeen,
  title: { en: title },
  tags: [],
  related: { news: [], events: [] },
  html: {},
});

/** An edit as the sync records it (src/sync/merge.ts): new content, `updated` set to the sync's time, identity kept. */
const edited = <T extends Item>(item: T, title: string): T => ({ ...item, title: { en: title }, updated: NOW.toISOString() });

/** An item's landing page as the route writes it: the article carries the part routes/search-part.ts chose. */
const landing = (item: Item) =>
  `<!DOCTYPE html><html lang="en"><head><title>${item.title.en}</title></head><body><main>` +
  `<article data-pagefind-body data-search-part="${itemSearchPart(item, NOW)}"><h1>${item.title.en}</h1></article></main></body></html>`;

describe('the part a landing page goes to', () => {
  it("is its section and its own day's month in the build's year and the one before: a news item's publication, an event's start, a document's transmission", () => {
    expect(itemSearchPart(news('a', '2025-06-02T08:00:00.000Z', 'A'), NOW)).toBe('news-2025-06');
    // Next year's meetings get their month too.
    expect(itemSearchPart(eventItem({ start: '2027-01-12', end: '2027-01-12' }), NOW)).toBe('events-2027-01');
    // An edit (`updated` moves) leaves a news item in its month.
    expect(itemSearchPart(edited(news('b', '2026-03-02T08:00:00.000Z', 'B'), 'B, corrected'), NOW)).toBe('news-2026-03');
    const doc = { transmissionDate: '2026-05-10', adoptionDate: '2026-04-29', firstSeen: '2026-06-01T00:00:00.000Z' } as DocumentItem;
    expect(searchPart('documents', documentSearchDay(doc), NOW)).toBe('documents-2026-05');
    expect(searchPart('documents', documentSearchDay({ ...doc, transmissionDate: undefined }), NOW)).toBe('documents-2026-04');
  });

  it('is its year from two years before the build back to RECENT_YEARS, and one part per section before that, so the parts stay few', () => {
    expect(searchPart('documents', '2023-05-10', NOW)).toBe('documents-2023');
    const first = NOW.getUTCFullYear() - RECENT_YEARS;
    expect(searchPart('documents', `${first}-01-01`, NOW)).toBe(`documents-${first}`);
    expect(searchPart('documents', `${first - 1}-12-31`, NOW)).toBe('documents-older');
    expect(searchPart('documents', '2008-10-15', NOW)).toBe('documents-older');
  });

  it("turns from months to years at the year before the build's, and a new year's first build moves the year before last into one part", () => {
    expect(searchPart('news', '2024-12-31T23:00:00.000Z', NOW)).toBe('news-2024');
    expect(searchPart('news', '2025-01-01T00:00:00.000Z', NOW)).toBe('news-2025-01');
    const january = new Date('2027-01-04T06:00:00Z');
    expect(searchPart('news', '2025-01-01T00:00:00.000Z', january)).toBe('news-2025');
    expect(searchPart('news', '2026-01-01T00:00:00.000Z', january)).toBe('news-2026-01');
    expect(searchPart('news', `${2027 - RECENT_YEARS - 1}-06-01`, january)).toBe('news-older');
  });

  it('puts a hot topic in one of TOPIC_PARTS by its slug, whenever it was first seen or edited, and spreads a corpus first seen at once', () => {
    const omnibus = topic('digital-omnibus', '2025-09-01T08:00:00.000Z', 'Digital omnibus');
    expect(itemSearchPart(omnibus, NOW)).toBe('topics-3');
    expect(itemSearchPart({ ...edited(omnibus, 'Digital omnibus, trilogue'), firstSeen: NOW.toISOString() }, NOW)).toBe('topics-3');
    // The first sync sees every topic the same hour; the parts still share them out.
    const counts = new Map<string, number>();
    for (let i = 0; i < 800; i++) {
      const part = itemSearchPart(topic(`topic-${i}`, '2026-12-01T08:00:00.000Z', `Topic ${i}`), NOW);
      counts.set(part, (counts.get(part) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual(Array.from({ length: TOPIC_PARTS }, (_, i) => `topics-${i}`));
    expect(Math.max(...counts.values())).toBeLessThan((800 / TOPIC_PARTS) * 1.5);
  });

  it("is read from the page's article, with its language; a page without one goes to its section's part", () => {
    const rel = path.join('fr', 'news', 'a', 'index.html');
    expect(partOf(rel, writtenPart(landing(news('a', '2025-06-02T08:00:00.000Z', 'A'))))).toBe('fr-news-2025-06');
    expect(partOf(rel, writtenPart('<html lang="fr"><body><article data-pagefind-body><h1>A</h1></article></body></html>'))).toBe('fr-news');
    // Only the indexed element's own attribute counts, and only a safe folder name.
    expect(writtenPart('<html><body><p data-search-part="x">x</p><article data-pagefind-body>A</article></body></html>')).toBe('');
    expect(partOf(rel, '../news-2025')).toBe('fr-news');
  });
});

describe('an hourly change, indexed', { timeout: 120_000 }, () => {
  let work: string;
  let site: string;
  let cache: string;
  /** Writes an item's landing page into the site, as a build does. */
  const put = async (item: Item) => {
    const dir = path.join(site, 'en', item.kind, item.slug);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'index.html'), landing(item));
  };
  const older = news('older-debate', '2025-03-04T09:00:00.000Z', 'Debate on energy');
  const hearing = news('hearing', '2023-02-14T09:00:00.000Z', 'Hearing on the budget');
  const omnibus = topic('digital-omnibus', '2026-12-01T08:00:00.000Z', 'Digital omnibus');
  const corpus: Item[] = [
    older,
    hearing,
    news('recent-debate', '2026-11-20T09:00:00.000Z', 'Debate on migration'),
    news('budget', '2026-12-02T09:00:00.000Z', 'Budget debate'),
    news('archive', '2019-01-15T09:00:00.000Z', 'An old debate'),
    omnibus,
    topic('rule-of-law', '2026-12-01T08:00:00.000Z', 'Rule of law'),
    eventItem({ slug: 'cosac-2027', start: '2027-01-12', end: '2027-01-13' }),
    eventItem({ slug: 'cosac-2026', id: 'e2' }),
  ];
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'ipex-hub-parts-'));
    site = path.join(work, 'site');
    cache = path.join(work, 'cache');
    for (const item of corpus) await put(item);
    const first = await indexParts(site, cache);
    expect(first.indexed).toEqual([
      'en-events-2026-12',
      'en-events-2027-01',
      'en-news-2023',
      'en-news-2025-03',
      'en-news-2026-11',
      'en-news-2026-12',
      'en-news-older',
      'en-topics-1',
      'en-topics-3',
    ]);
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it("re-indexes an edited item's part alone, the month or year it was filed under", async () => {
    await put(edited(older, 'Debate on energy, corrected'));
    const run = await indexParts(site, cache);
    expect(run.indexed).toEqual(['en-news-2025-03']);
    expect(run.pages).toBe(1);
    await put(edited(hearing, 'Hearing on the budget, minutes'));
    expect((await indexParts(site, cache)).indexed).toEqual(['en-news-2023']);
    await put(edited(omnibus, 'Digital omnibus, trilogue'));
    expect((await indexParts(site, cache)).indexed).toEqual(['en-topics-3']);
  });

  it("re-indexes only the current month's part of a new item's section, and a new topic's bucket", async () => {
    await put(news('just-in', new Date(NOW.getTime() - 3_600_000).toISOString(), 'A new debate'));
    const run = await indexParts(site, cache);
    expect(run.indexed).toEqual(['en-news-2026-12']);
    expect(run.pages).toBe(2);
    expect(run.kept).toHaveLength(8);
    await put(topic('enlargement', NOW.toISOString(), 'Enlargement'));
    expect((await indexParts(site, cache)).indexed).toEqual(['en-topics-3']);
  });

  it('drops a part no page belongs to any more, from the output and from the cache', async () => {
    await rm(path.join(site, 'en', 'news', 'archive'), { recursive: true });
    const run = await indexParts(site, cache);
    expect(run.indexed).toEqual([]);
    expect(await readdir(path.join(site, 'pagefind'))).not.toContain('en-news-older');
    expect(await readdir(path.join(cache, 'parts'))).not.toContain('en-news-older');
    expect(await readdir(path.join(cache, 'parts'))).toContain('en-news-2025-03');
  });
});

describe('what Pagefind is given of a page', { timeout: 60_000 }, () => {
  /** A landing page with all that lies outside its article: head, navigation, related list, footer.
   * Its one h1 is in the article, as on the hub's pages: Pagefind takes a page's first h1 as its
   * title, wherever it is, and the digest (so the part's index) follows the article alone. */
  const whole = (lang: string, slug: string, title: string, body: string) =>
    `<!DOCTYPE html><html lang="${lang}" dir="ltr"><head><meta charset="utf-8"><title>${title} | IPEX Hub</title>` +
    `<meta property="og:title" content="${title}"><meta property="og:image" content="/og/${slug}.png"><meta name="description" content="About ${title}"></head>` +
    `<body><header><a href="/">IPEX Hub</a><nav><a href="/${lang}/news/">News</a></nav></header><main>` +
    `<article data-pagefind-body data-search-part="news-2026-11"><h1>${title}</h1><p><time datetime="2026-11-20">20 November</time></p>` +
    `<img src="/img/${slug}.png" alt="A photo"><p>${body}</p><article><p>Quoted: subsidiarity</p></article></article>` +
    `<section><h2>Related</h2><a href="/${lang}/news/other/">Other debate on energy</a></section></main><footer>Privacy</footer></body></html>`;
  const pages = [
    ['en', 'energy', 'Debate on energy', 'The committee discussed the energy union and reasoned opinions.'],
    ['en', 'budget', 'Budget hearing', 'Members heard the Commission on the multiannual budget.'],
    ['fr', 'energie', "Débat sur l'énergie", "La commission a débattu de l'union de l'énergie."],
  ] as const;

  it('is the language and the indexed element alone, which is all the digest covers', () => {
    const [lang, slug, title, body] = pages[0];
    const given = indexedPage(whole(lang, slug, title, body));
    expect(given).toContain('<html lang="en">');
    expect(given).toContain('<h1>Debate on energy</h1>');
    expect(given).toContain('Quoted: subsidiarity');
    expect(indexedPage(whole(lang, slug, title, body).replace('<nav>', '<nav><h1>Menu</h1>'))).toBe(given);
    expect(given).not.toContain('Other debate on energy');
  });

  it("gives the same index, byte for byte, as Pagefind's own over the whole pages", async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'ipex-hub-given-'));
    try {
      const site = path.join(work, 'site');
      for (const [lang, slug, title, body] of pages) {
        await mkdir(path.join(site, lang, 'news', slug), { recursive: true });
        await writeFile(path.join(site, lang, 'news', slug, 'index.html'), whole(lang, slug, title, body));
      }
      await indexParts(site, path.join(work, 'cache'));
      const pagefind = await import('pagefind');
      for (const lang of ['en', 'fr']) {
        const { index } = await pagefind.createIndex({});
        if (!index) throw new Error('no Pagefind index');
        // In the hub's order: by path.
        const ofLang = pages.filter(([l]) => l === lang).sort((a, b) => a[1].localeCompare(b[1]));
        for (const [l, slug, title, body] of ofLang) await index.addHTMLFile({ url: `/${lang}/news/${slug}/`, content: whole(l, slug, title, body) });
        const own = path.join(work, 'own', lang);
        await index.writeFiles({ outputPath: own });
        const part = path.join(site, 'pagefind', `${lang}-news-2026-11`);
        // The hub removes Pagefind's own interface files (its search page is its own); all else is the same.
        const files = (await readdir(own, { recursive: true, withFileTypes: true }))
          .filter((e) => e.isFile() && !/^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(e.name))
          .map((e) => path.relative(own, path.join(e.parentPath, e.name)))
          .sort();
        expect(files.some((f) => f.startsWith('fragment'))).toBe(true);
        expect((await readdir(part, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).length).toBe(files.length);
        for (const f of files) expect(Buffer.compare(await readFile(path.join(part, f)), await readFile(path.join(own, f))), f).toBe(0);
      }
      await pagefind.close();
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
