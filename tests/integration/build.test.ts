import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SMALL_DIST as DIST, TEST_SITE } from '../support/build.ts';
import { htmlPages, page, pageWeight } from '../support/dist.ts';
import { expectCrawlerContract, meta } from '../support/contract.ts';

const LANDING = [
  '/en/news/saeima-adopts-opinion-on-digital-omnibus/',
  '/en/events/lxxiv-cosac-plenary-dublin/',
  '/en/topics/digital-omnibus/',
  '/fr/news/hub-welcome/',
  '/en/events/jpsg-europol-athens/',
  '/en/texts/lxxiii-cosac-plenary-warsaw-3dfe77f3/',
];

describe('build of tests/fixtures/small', () => {
  it('produces every expected page in both languages', async () => {
    const pages = await htmlPages(DIST);
    for (const lang of ['en', 'fr']) {
      for (const p of ['', 'news/', 'events/', 'events/past/', 'topics/', 'tags/', 'tags/subsidiarity/', 'tags/cosac/']) {
        expect(pages).toContain(`/${lang}/${p}`);
      }
      for (const slug of [
        'news/hub-welcome',
        'news/saeima-adopts-opinion-on-digital-omnibus',
        // In English upstream; the editors' French version (editorial/news/override-script.fr.md) gives it its French page.
        'news/budget-script-test',
        'news/withdrawn-item',
        'events/lxxiv-cosac-plenary-dublin',
        'topics/digital-omnibus',
      ]) {
        expect(pages).toContain(`/${lang}/${slug}/`);
      }
    }
    // IPEX has the Europol meeting in English only: an English page, no French twin pretending a translation.
    expect(pages).toContain('/en/events/jpsg-europol-athens/');
    expect(pages).not.toContain('/fr/events/jpsg-europol-athens/');
    // A term IPEX gives in Greek only: one page, in Greek.
    expect(pages.filter((p) => p.endsWith('/glossary/epikourikotita/'))).toEqual(['/el/glossary/epikourikotita/']);
    // Items translated into the build's other languages have their pages in them; the others have none there.
    for (const lang of ['de', 'el', 'bg', 'pl', 'ga', 'mt']) {
      for (const p of ['', 'news/', 'events/', 'documents/', 'glossary/', 'chambers/', 'conferences/', 'feeds/', 'share/', 'search/'])
        expect(pages).toContain(`/${lang}/${p}`);
      for (const p of [
        'news/saeima-adopts-opinion-on-digital-omnibus/',
        'events/lxxiv-cosac-plenary-dublin/',
        'topics/digital-omnibus/',
        'documents/business-wallets/',
        'glossary/reasoned-opinion/',
      ])
        expect(pages).toContain(`/${lang}/${p}`);
      expect(pages).not.toContain(`/${lang}/news/hub-welcome/`);
    }
    expect(pages).toContain('/');
    expect(pages).toContain('/404.html');
  });

  it('gives every page the complete crawler contract', async () => {
    for (const p of await htmlPages(DIST)) expectCrawlerContract(await page(DIST, p), p, TEST_SITE, DIST);
  });

  it('links each page to its other language version and to x-default', async () => {
    const $ = await page(DIST, '/fr/events/lxxiv-cosac-plenary-dublin/');
    const alt = (l: string) => $(`link[rel=alternate][hreflang="${l}"]`).attr('href');
    expect(alt('en')).toBe(`${TEST_SITE}/en/events/lxxiv-cosac-plenary-dublin/`);
    expect(alt('fr')).toBe(`${TEST_SITE}/fr/events/lxxiv-cosac-plenary-dublin/`);
    expect(alt('x-default')).toBe(`${TEST_SITE}/en/events/lxxiv-cosac-plenary-dublin/`);
    expect($('nav.langs a[hreflang=en]').attr('href')).toBe('/en/events/lxxiv-cosac-plenary-dublin/');
    expect($('html').attr('lang')).toBe('fr');
    expect(meta($, 'og:locale')).toEqual(['fr_FR']);
    expect(meta($, 'og:locale:alternate')).toEqual(['en_GB', 'bg_BG', 'de_DE', 'el_GR', 'ga_IE', 'mt_MT', 'pl_PL']);
    // A page whose item is in English and French only links those two.
    const two = await page(DIST, '/fr/news/withdrawn-item/');
    expect(
      two('link[rel=alternate][hreflang]')
        .map((_, e) => two(e).attr('hreflang'))
        .get()
        .sort(),
    ).toEqual(['en', 'fr', 'x-default']);
  });

  it('describes news and topics as articles with times and tags', async () => {
    const $ = await page(DIST, '/en/news/saeima-adopts-opinion-on-digital-omnibus/');
    expect(meta($, 'og:type')).toEqual(['article']);
    expect(meta($, 'article:published_time')).toEqual(['2026-11-10T06:30:00.000Z']);
    expect(meta($, 'article:modified_time')).toEqual(['2026-11-10T06:30:00.000Z']);
    expect(meta($, 'article:tag')).toEqual(['Subsidiarity']);
    expect(meta($, 'og:image:alt')[0]).toBe('News · 10 November 2026 · Saeima adopts opinion on the digital omnibus');
    const ld = $('script[type="application/ld+json"]')
      .map((_, el) => JSON.parse($(el).text()))
      .get();
    expect(ld.map((d) => d['@type'])).toEqual(['NewsArticle', 'BreadcrumbList']);
    expect(ld[1].itemListElement.map((i: { name: string }) => i.name)).toEqual(['Home', 'News', 'Saeima adopts opinion on the digital omnibus']);
    const t = await page(DIST, '/fr/topics/digital-omnibus/');
    expect(meta(t, 'article:modified_time')).toEqual(['2026-11-12T08:00:00.000Z']);
    expect(meta(t, 'article:tag')).toEqual(['Subsidiarité']);
  });

  it('describes events with Event structured data in the event’s own offset', async () => {
    const $ = await page(DIST, '/en/events/lxxiv-cosac-plenary-dublin/');
    expect(meta($, 'og:type')).toEqual(['website']);
    const ld = $('script[type="application/ld+json"]')
      .map((_, el) => JSON.parse($(el).text()))
      .get();
    const ev = ld.find((d) => d['@type'] === 'Event');
    expect(ev).toMatchObject({
      name: 'LXXIV COSAC plenary meeting',
      startDate: '2026-12-06T09:30:00+01:00',
      endDate: '2026-12-07T13:00:00+01:00',
      eventStatus: 'https://schema.org/EventScheduled',
      location: { '@type': 'Place', name: 'Dublin Castle, Dublin, Ireland', address: { addressLocality: 'Dublin', addressCountry: 'IE' } },
      organizer: { '@type': 'Organization', name: 'European Parliament' },
    });
    expect($('main').text()).toContain('6 December 2026');
    expect($('a.source').attr('href')).toBe('https://ipex.eu/IPEXL-WEB/calendar?utm_source=ipex-hub&utm_medium=referral&utm_campaign=ipex-hub-trial');
    const fr = await page(DIST, '/fr/events/lxxiv-cosac-plenary-dublin/');
    expect(fr('main dl').text()).toMatch(/6\sdécembre\s2026\sà\s09:30\s?–\s?7\sdécembre\s2026/u);
  });

  it('speaks each language: navigation, dates in its script, titles IPEX gives in it, 24 languages in the chooser', async () => {
    const bg = await page(DIST, '/bg/events/lxxiv-cosac-plenary-dublin/');
    expect(bg('html').attr('lang')).toBe('bg');
    expect(bg('h1').text()).toBe('LXXIV пленарно заседание на COSAC');
    // Bulgarian months in Cyrillic, as CLDR writes them (Intl.DateTimeFormat 'bg').
    expect(bg('main dl').text()).toMatch(/6\sдекември\s2026/u);
    const pl = await page(DIST, '/pl/documents/');
    expect(pl('main a[href="/pl/documents/business-wallets/"]').text()).toContain(
      'Wniosek dotyczący rozporządzenia w sprawie europejskich portfeli biznesowych',
    );
    const el = await page(DIST, '/el/');
    expect(el('header nav a[href="/el/news/"]').text()).toBe('Ειδήσεις');
    // The chooser names every configured language in itself, marked with its own lang.
    expect(el('nav.langs a[hreflang=ga]').attr('lang')).toBe('ga');
    expect(el('nav.langs a[hreflang=ga]').text()).toBe('Gaeilge');
    expect(el('link[rel=alternate][hreflang]').length).toBe(8 + 1);
  });

  it('indexes each language apart, with its own stemming where Pagefind has one', async () => {
    const parts: Record<string, string[]> = JSON.parse(await readFile(path.join(DIST, 'pagefind/parts.json'), 'utf8'));
    expect(Object.keys(parts).sort()).toEqual(['bg', 'de', 'el', 'en', 'fr', 'ga', 'mt', 'pl']);
    for (const [lang, names] of Object.entries(parts)) {
      for (const name of names) {
        const entry = JSON.parse(await readFile(path.join(DIST, 'pagefind', name, 'pagefind-entry.json'), 'utf8'));
        // Pagefind reads <html lang>; it ships stemmers for German, Greek, English, French, Irish and Polish, none for Bulgarian or Maltese.
        expect(
          Object.entries(entry.languages).map(([l, v]) => [l, (v as { wasm: string | null }).wasm]),
          name,
        ).toEqual([[lang, ['bg', 'mt'].includes(lang) ? null : lang]]);
      }
    }
  });

  it('renders hostile titles and bodies as text, never as markup', async () => {
    const $ = await page(DIST, '/en/news/budget-script-test/');
    expect($('h1').text()).toBe('Budget <script>alert(1)</script> & <img src=x onerror=alert(2)>');
    const scripts = $('script:not([type="application/ld+json"])');
    expect(scripts.length).toBeLessThanOrEqual(1);
    expect(scripts.text()).not.toContain('alert');
    expect($('img')).toHaveLength(0);
    expect($('[onerror], [onclick], [onmouseover]')).toHaveLength(0);
    expect($('.body a').attr('href')).toBeUndefined();
    expect($.html()).not.toMatch(/javascript:/i);
  });

  it('marks text shown in another language, withdrawn items and fallbacks', async () => {
    const $ = await page(DIST, '/fr/news/budget-script-test/');
    expect($('h1').text()).toBe('Budget (version française)');
    // The French list shows the English-only meeting under its English title, marked, linking to its English page.
    const past = await page(DIST, '/fr/events/past/');
    const link = past('main .list a[href="/en/events/jpsg-europol-athens/"]');
    expect(link.find('[lang=en]').text()).toBe('JPSG Europol meeting in Αθήνα');
    // The English glossary lists the Greek-only term under its Greek name, linking to its Greek page.
    const glossary = await page(DIST, '/en/glossary/');
    expect(glossary('main a[href="/el/glossary/epikourikotita/"] [lang=el]').text()).toBe('Επικουρικότητα');
    const greek = await page(DIST, '/el/glossary/epikourikotita/');
    expect(greek('html').attr('lang')).toBe('el');
    expect(greek('.notice')).toHaveLength(0);
    expect(
      greek('link[rel=alternate][hreflang]')
        .map((_, e) => greek(e).attr('hreflang'))
        .get()
        .sort(),
    ).toEqual(['el', 'x-default']);
    const gone = await page(DIST, '/en/news/withdrawn-item/');
    expect(gone('.notice').text()).toContain('no longer listed on IPEX');
    const list = await page(DIST, '/en/news/');
    expect(list('main').text()).not.toContain('An item withdrawn upstream');
  });

  it('splits events into upcoming and past at the build’s “now”', async () => {
    const up = await page(DIST, '/en/events/');
    expect(
      up('main .list h2')
        .map((_, e) => up(e).text())
        .get(),
    ).toEqual(['LXXIV COSAC plenary meeting']);
    const past = await page(DIST, '/en/events/past/');
    expect(
      past('main .list h2')
        .map((_, e) => past(e).text())
        .get(),
    ).toEqual(['LXXIII COSAC plenary meeting', 'JPSG Europol meeting in Αθήνα']);
  });

  it('ships landing pages within 50 KB of HTML and CSS, with at most one small first-party script', async () => {
    for (const p of LANDING) {
      const $ = await page(DIST, p);
      // The share helper (copy, native share, Mastodon) is optional: the e2e tests use the page without it.
      const scripts = $('script:not([type="application/ld+json"])');
      expect(scripts.length, p).toBeLessThanOrEqual(1);
      scripts.each((_, el) => {
        expect($(el).attr('type'), p).toBe('module');
        expect($(el).attr('src') ?? '/', p).toMatch(/^\//);
        expect($(el).text().length, p).toBeLessThan(3000);
      });
      expect(await pageWeight(DIST, p), p).toBeLessThanOrEqual(50 * 1024);
    }
  });

  it('publishes robots.txt open to preview bots, and a sitemap with language alternates', async () => {
    const robots = await readFile(path.join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toContain('User-agent: *\nAllow: /');
    expect(robots).not.toMatch(/Disallow:\s*\/\s*$/m);
    expect(robots).toContain(`Sitemap: ${TEST_SITE}/sitemap-index.xml`);
    const map = await readFile(path.join(DIST, 'sitemap-0.xml'), 'utf8');
    expect(map).toContain(`<loc>${TEST_SITE}/fr/topics/digital-omnibus/</loc>`);
    expect(map).toContain(`hreflang="en-GB" href="${TEST_SITE}/en/topics/digital-omnibus/"`);
    expect(map).not.toContain('404');
  });
});
