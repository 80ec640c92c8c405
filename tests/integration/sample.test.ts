import path from 'node:path';
import { readdir, readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type Content } from '../../src/content/load.ts';
import { eventSpan, isAllDay } from '../../src/model/time.ts';
import { ROOT, SAMPLE_DIST, TEST_NOW, TEST_SITE } from '../support/build.ts';
import { expectCrawlerContract } from '../support/contract.ts';
import { htmlPages, page, pageWeight } from '../support/dist.ts';
import { LIMITS, type PostPlatform } from '../../src/social/count.ts';

// The committed sample snapshot must exercise every page and every script the hub promises.
describe('the embedded sample snapshot', () => {
  let c: Content;
  beforeAll(async () => {
    c = await loadContent({ dir: path.join(ROOT, 'content'), defaultTimeZone: 'Europe/Brussels' });
  });

  it('is labelled as sample data', async () => {
    for (const kind of ['news', 'events', 'topics']) {
      const snap = JSON.parse(await readFile(path.join(ROOT, 'content/snapshot', `${kind}.json`), 'utf8'));
      expect(snap.sample, kind).toBe(true);
    }
  });

  it('is large enough: ≥ 60 news, ≥ 80 events, ≥ 10 hot topics', () => {
    expect(c.news.length).toBeGreaterThanOrEqual(60);
    expect(c.events.length).toBeGreaterThanOrEqual(80);
    expect(c.topics.length).toBeGreaterThanOrEqual(10);
  });

  it('has past and upcoming, single-day, multi-day and all-day events', () => {
    const now = new Date(TEST_NOW);
    const span = (e: (typeof c.events)[number]) => eventSpan(e);
    expect(c.events.some((e) => span(e).end < now)).toBe(true);
    expect(c.events.some((e) => span(e).start > now)).toBe(true);
    expect(c.events.some((e) => isAllDay(e) && e.start !== (e.end ?? e.start))).toBe(true);
    expect(c.events.some((e) => isAllDay(e) && e.start === (e.end ?? e.start))).toBe(true);
    expect(c.events.some((e) => !isAllDay(e) && (e.end ?? e.start).slice(0, 10) === e.start.slice(0, 10))).toBe(true);
    expect(c.events.some((e) => !isAllDay(e) && (e.end ?? e.start).slice(0, 10) > e.start.slice(0, 10))).toBe(true);
  });

  it('carries English and French, Greek, Cyrillic, Polish, Czech, Romanian, Maltese and German letters, and long titles', () => {
    const items = [...c.news, ...c.events, ...c.topics];
    const text = items.map((i) => [...Object.values(i.title), ...Object.values(i.summary ?? {}), ...Object.values(i.body ?? {})].join('\n')).join('\n');
    for (const [name, re] of Object.entries({
      greek: /\p{Script=Greek}/u,
      cyrillic: /\p{Script=Cyrillic}/u,
      polish: /[ąęłńśźż]/u,
      czech: /[ěřůň]/u,
      romanian: /[ășț]/u,
      maltese: /[ċġħ]/u,
      german: /[äöüß]/u,
    })) {
      expect(re.test(text), name).toBe(true);
    }
    expect(items.filter((i) => i.title.en && i.title.fr).length).toBeGreaterThan(items.length * 0.8);
    expect(items.filter((i) => [...(i.title.en ?? '')].length > 200).length).toBeGreaterThanOrEqual(2);
    expect(Object.values(c.news[0]?.html ?? {}).join('') + c.news.map((n) => Object.values(n.html).join('')).join('')).toMatch(/<ul>[\s\S]*<a href="https:/);
  });
});

describe('the site built from the sample snapshot', () => {
  it('has a landing page per item and language it is in, each with the crawler contract and within 50 KB', async () => {
    const c = await loadContent({ dir: path.join(ROOT, 'content'), defaultTimeZone: 'Europe/Brussels' });
    const pages = await htmlPages(SAMPLE_DIST);
    const items = [...c.news, ...c.events, ...c.topics];
    for (const item of items) {
      // The sample has items in English or French only (upstream's way): a page in those, no empty twin in the other.
      const own = ['en', 'fr'].filter((l) => item.title[l]);
      expect(own.length, item.slug).toBeGreaterThan(0);
      for (const lang of ['en', 'fr']) {
        const p = `/${lang}/${item.kind}/${item.slug}/`;
        if (!own.includes(lang)) {
          expect(pages, p).not.toContain(p);
          continue;
        }
        expect(pages, p).toContain(p);
        expect(await pageWeight(SAMPLE_DIST, p), p).toBeLessThanOrEqual(50 * 1024);
      }
    }
    expect(pages).toContain('/en/events/past/');
    expect(pages).toContain('/fr/news/page/2/');
    for (const p of pages) expectCrawlerContract(await page(SAMPLE_DIST, p), p, TEST_SITE, SAMPLE_DIST);
  });

  it('has a card for every page: PNG, the right size, within 300 KB; landing pages offer wide, and square while being shared', async () => {
    const files = (await readdir(path.join(SAMPLE_DIST, 'og'), { recursive: true })).filter((f) => f.endsWith('.png'));
    expect(files.length).toBeGreaterThan(800);
    for (const f of files) {
      const png = await readFile(path.join(SAMPLE_DIST, 'og', f));
      expect(png.subarray(1, 4).toString(), f).toBe('PNG');
      const size = [png.readUInt32BE(16), png.readUInt32BE(20)];
      expect(size, f).toEqual(f.includes('-square-') ? [1080, 1080] : [1200, 630]);
      expect(png.length, f).toBeLessThanOrEqual(300 * 1024);
    }
    // The soonest upcoming event is being shared: wide and square.
    const soonest = (await page(SAMPLE_DIST, '/fr/events/'))('ul.list li h2 a').first().attr('href') ?? '';
    const $ = await page(SAMPLE_DIST, soonest);
    const downloads = $('.cards a[download]')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(downloads).toHaveLength(2);
    for (const d of downloads) expect(files, d).toContain(d.replace(/^\/og\//, ''));
    // The oldest news (archive page 1), first seen months before the build's now, keeps its wide card only.
    const oldest = (await page(SAMPLE_DIST, '/en/news/page/1/'))('ul.list li h2 a').last().attr('href') ?? '';
    const old = await page(SAMPLE_DIST, oldest);
    expect(
      old('.cards a[download]')
        .map((_, a) => old(a).attr('href'))
        .get(),
      oldest,
    ).toEqual([expect.stringMatching(/^\/og\/en\/news\/.+-[0-9a-f]{16}\.png$/)]);
    const squares = files.filter((f) => f.includes('-square-')).length;
    expect(squares).toBeGreaterThan(0);
    expect(squares).toBeLessThan(files.length - squares);
  });

  it('pages the upcoming meetings by month: linked from the front page and to one another, in every language, in the sitemap', async () => {
    const front = await page(SAMPLE_DIST, '/en/events/');
    expect(front('main .list h2')).toHaveLength(20);
    const months = front('nav.months a')
      .map((_, a) => front(a).attr('href'))
      .get();
    expect(months.length).toBeGreaterThan(2);
    for (const m of months) expect(m).toMatch(/^\/en\/events\/page\/\d{4}-\d{2}\/$/);
    const [first, second] = months;
    const $ = await page(SAMPLE_DIST, first ?? '');
    expect($('h1').text()).toMatch(/^Upcoming events \([A-Z][a-z]+ \d{4}\)$/);
    expect($('main .list h2').length).toBeGreaterThan(0);
    expect($('nav.pager a[rel=next]').attr('href')).toBe(second);
    expect($('nav.pager a[rel=next]').text()).toContain('Later');
    const fr = first?.replace(/^\/en\//, '/fr/') ?? '';
    expect($(`link[rel=alternate][hreflang="fr"]`).attr('href')).toBe(`${TEST_SITE}${fr}`);
    const french = await page(SAMPLE_DIST, fr);
    expect(french('h1').text()).toMatch(/^.+ \([a-zéû]+ \d{4}\)$/);
    const map = (await readdir(SAMPLE_DIST)).filter((f) => /^sitemap-\d+\.xml$/.test(f));
    const text = (await Promise.all(map.map((f) => readFile(path.join(SAMPLE_DIST, f), 'utf8')))).join('');
    expect(text).toContain(`<loc>${TEST_SITE}${first}</loc>`);
  });
});

describe('social exports of the sample build', () => {
  it('publishes posts.json per language: every listed item, every text within its limit, Bluesky facets that slice their text', async () => {
    for (const lang of ['en', 'fr']) {
      const data = JSON.parse(await readFile(path.join(SAMPLE_DIST, lang, 'social/posts.json'), 'utf8'));
      expect(data.items.length).toBeGreaterThan(150);
      for (const item of data.items) {
        expect(item.id).toMatch(/^urn:ipex-hub:/);
        for (const [platform, post] of Object.entries(item.posts) as [
          PostPlatform,
          { text: string; facets?: { index: { byteStart: number; byteEnd: number } }[] },
        ][]) {
          expect(LIMITS[platform].count(post.text), `${item.id} ${platform}`).toBeLessThanOrEqual(LIMITS[platform].max);
          const bytes = new TextEncoder().encode(post.text);
          for (const f of post.facets ?? []) expect(new TextDecoder().decode(bytes.slice(f.index.byteStart, f.index.byteEnd))).toMatch(/^(https:|#)/);
        }
      }
    }
    const manifest = JSON.parse(await readFile(path.join(SAMPLE_DIST, 'social/manifest.json'), 'utf8'));
    expect(manifest.format).toBe('ipex-hub-manifest/1');
    const fresh = JSON.parse(await readFile(path.join(SAMPLE_DIST, 'social/new.json'), 'utf8'));
    expect(fresh.previousManifest).toBeNull();
    expect(fresh.count).toBe(fresh.items.length);
  });
});
