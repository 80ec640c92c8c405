import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { SAMPLE_DIST, SMALL_DIST, TEST_SITE } from '../support/build.ts';
import { page } from '../support/dist.ts';
import { filesWith, icalEvents, text } from '../support/feeds.ts';
import { existsSync } from 'node:fs';
import path from 'node:path';

// The 2026 documents show every state; the older ones are the three yellow cards on record and a pre-Lisbon document.
const SAMPLE_DOCS = [
  'com-2026-310',
  'com-2026-402',
  'com-2026-455',
  'com-2026-497',
  'com-2026-538',
  'com-2026-610',
  'com-2008-640',
  'com-2012-130',
  'com-2013-534',
  'com-2016-128',
];
/** A document's id from its slug: com-2026-538 → COM20260538. */
const idOf = (slug: string) => slug.replace(/^com-(\d{4})-(\d+)$/, (_, y: string, n: string) => `COM${y}${n.padStart(4, '0')}`);

describe('documents in the sample build', () => {
  it('has the documents page with its five lists in each language', async () => {
    for (const lang of ['en', 'fr']) {
      const $ = await page(SAMPLE_DIST, `/${lang}/documents/`);
      expect(
        $('main section > h2[id]')
          .map((_, el) => $(el).attr('id'))
          .get(),
      ).toEqual(['open', 'closing', 'closed', 'opinions', 'cards']);
      for (const slug of SAMPLE_DOCS) expect(existsSync(path.join(SAMPLE_DIST, lang, 'documents', slug, 'index.html')), slug).toBe(true);
      expect($('nav.main-nav a[href$="/documents/"]').length).toBe(1);
    }
    const $ = await page(SAMPLE_DIST, '/en/documents/');
    // COM(2026) 402 reached the yellow card; COM(2026) 538 is open with the latest deadline.
    expect($('#cards').next('ul').text()).toContain('COM(2026) 402');
    expect($('#open').next('ul').find('h3').last().text()).toContain('COM(2026) 538');
  });

  it('shows a document: deadline as a date, tally graphic with a name and a table, scrutiny table, links', async () => {
    const $ = await page(SAMPLE_DIST, '/en/documents/com-2026-402/');
    expect($('h1').text()).toContain('platform-based home care');
    expect($('.deadline time').attr('datetime')).toBe('2026-10-12');
    const svg = $('div.tally svg');
    expect(svg.attr('role')).toBe('img');
    expect(svg.attr('aria-label')).toMatch(/18 of 54 votes.*yellow card threshold reached/);
    expect($('div.tally table th').first().text()).toBe('Reasoned opinions');
    expect($('.scrutiny tbody tr').length).toBe(13);
    expect(
      $('.scrutiny thead th')
        .map((_, el) => $(el).text())
        .get(),
    ).toEqual(['Chamber', 'Status', 'Reasoned opinion', 'Political dialogue', 'Documents on IPEX']);
    const links = $('a.source')
      .map((_, el) => $(el).attr('href'))
      .get();
    expect(links[0]).toMatch(/^https:\/\/ipex\.eu\/IPEXL-WEB\/.*COM20260402/);
    expect(links[1]).toBe('https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52026PC0402');
    expect($('meta[property="og:image"]').attr('content')).toMatch(/\/og\/en\/documents\/com-2026-402-[0-9a-f]{16}\.png$/);
    const og = new URL($('meta[property="og:image"]').attr('content') ?? '').pathname;
    expect(existsSync(path.join(SAMPLE_DIST, og))).toBe(true);
    expect($('.share').length).toBe(1);
    expect($('.share-kit, details').length).toBeGreaterThan(0);
  });

  it('writes the Article 76 threshold (one quarter) where it applies', async () => {
    const texts = await Promise.all(SAMPLE_DOCS.map(async (s) => (await page(SAMPLE_DIST, `/en/documents/${s}/`))('div.tally svg').attr('aria-label') ?? ''));
    expect(texts.some((t) => /yellow card at 14/.test(t))).toBe(true);
  });

  it('publishes a scrutiny feed with one entry per opinion, threshold and closing window, and a deadlines calendar with reminders', async () => {
    const feed = parseFeed(await text(SAMPLE_DIST, '/en/feeds/scrutiny.xml'));
    const ids = feed.items.map((i) => i.id ?? '');
    expect(ids).toContain('urn:ipex-hub:documents:COM20260402:threshold:yellow');
    expect(ids).toContain('urn:ipex-hub:documents:COM20260402:opinion:lvsae');
    expect(ids.filter((i) => i.endsWith(':closing')).length).toBeGreaterThan(0);
    expect(feed.items.find((i) => i.id?.endsWith('COM20260402:opinion:lvsae'))?.title).toMatch(/adopted a reasoned opinion on COM\(2026\) 402/);
    const docs = parseFeed(await text(SAMPLE_DIST, '/fr/feeds/documents.atom'));
    expect(docs.items.map((i) => i.id).sort()).toEqual(SAMPLE_DOCS.map((s) => `urn:ipex-hub:documents:${idOf(s)}`).sort());
    // Before Lisbon there is no check: no opinion, threshold or closing entry about COM(2008) 640.
    expect(ids.filter((i) => i.includes('COM20080640'))).toEqual([]);
    expect(ids).toContain('urn:ipex-hub:documents:COM20130534:threshold:yellow');
    const events = icalEvents(await text(SAMPLE_DIST, '/en/calendar/deadlines.ics'));
    const deadlines = events.filter((e) => e.uid.endsWith(':deadline'));
    for (const d of deadlines) {
      const r = events.find((e) => e.uid === d.uid.replace(/:deadline$/, ':reminder'));
      expect(r, d.uid).toBeDefined();
      expect(d.startDate.isDate && r?.startDate.isDate).toBe(true);
      expect(d.startDate.toJSDate().getTime() - (r?.startDate.toJSDate().getTime() ?? 0)).toBe(7 * 86_400_000);
    }
    expect(deadlines.length).toBeGreaterThanOrEqual(5);
  });

  it('lists the documents feeds on the feeds page and in the OPML file', async () => {
    const $ = await page(SAMPLE_DIST, '/en/feeds/');
    expect($('a[href="/en/feeds/scrutiny.xml"]').length).toBe(1);
    expect($(`code:contains("${TEST_SITE}/en/calendar/deadlines.ics")`).length).toBe(1);
    expect(await text(SAMPLE_DIST, '/feeds.opml')).toContain(`${TEST_SITE}/fr/feeds/documents.xml`);
  });

  it('carries documents and scrutiny events in new.json with post texts and hashtags', async () => {
    const news = JSON.parse(await text(SAMPLE_DIST, '/social/new.json')) as {
      items: { id: string; kind: string; languages: Record<string, { posts: Record<string, { text: string }> }> }[];
    };
    const opinion = news.items.find((i) => i.id === 'urn:ipex-hub:documents:COM20260402:opinion:lvsae');
    expect(opinion?.kind).toBe('scrutiny');
    expect(opinion?.languages.en?.posts.mastodon?.text).toMatch(/reasoned opinion on COM\(2026\) 402[\s\S]*#subsidiarity #IPEX/);
    const ids = news.items.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    const manifest = JSON.parse(await text(SAMPLE_DIST, '/social/manifest.json')) as { items: Record<string, string> };
    for (const i of news.items) expect(manifest.items[i.id], i.id).toBeDefined();
  });
});

describe('documents in the small fixture', () => {
  it('renders the fixture document and its feeds', async () => {
    const $ = await page(SMALL_DIST, '/fr/documents/business-wallets/');
    expect($('html').attr('lang')).toBe('fr');
    expect($('div.tally svg').attr('aria-label')).toMatch(/^Avis motivés : 2 voix sur/);
    const feeds = await filesWith(SMALL_DIST, '.xml');
    expect(feeds).toContain('/en/feeds/scrutiny.xml');
  });
});
