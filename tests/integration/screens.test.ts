import { describe, expect, it } from 'vitest';
import { SMALL_DIST as DIST, TEST_SITE } from '../support/build.ts';
import { expectCrawlerContract } from '../support/contract.ts';
import { htmlPages, page } from '../support/dist.ts';

// The chamber, conference, glossary, share, search and statement pages of the small fixture, in both languages.
const SCREENS = [
  'chambers/',
  'chambers/grvou/',
  'chambers/ep/',
  'conferences/',
  'conferences/cosac/',
  'glossary/',
  'glossary/reasoned-opinion/',
  'share/',
  'search/',
  'accessibility/',
  'privacy/',
];

describe('the remaining screens of tests/fixtures/small', () => {
  it('exist in both languages with the crawler contract, their own card and a share bar for their own address', async () => {
    const pages = await htmlPages(DIST);
    for (const lang of ['en', 'fr']) {
      for (const p of SCREENS) {
        const path = `/${lang}/${p}`;
        expect(pages, path).toContain(path);
        const $ = await page(DIST, path);
        expectCrawlerContract($, path, TEST_SITE, DIST);
        expect($('meta[property="og:image"]').attr('content'), path).toContain(`/og/${lang}/${p.replace(/\/$/, '')}-`);
        if (p === 'search/') continue;
        expect($('.share .share-url code').text(), path).toBe(`${TEST_SITE}${path}`);
        expect($('.share a[href^="https://www.linkedin.com/sharing/share-offsite/"]').attr('href'), path).toContain(
          encodeURIComponent(`${TEST_SITE}${path}?utm_source=linkedin`),
        );
      }
    }
  });

  it('names each chamber in its own language, marked with that language, and links its official accounts', async () => {
    const $ = await page(DIST, '/en/chambers/');
    expect($('main span[lang="el"]').first().text()).toBe('Βουλή των Ελλήνων');
    const greek = await page(DIST, '/fr/chambers/grvou/');
    expect(greek('h1').text()).toBe('Parlement hellénique');
    expect(greek('.lede span[lang="el"]').text()).toBe('Βουλή των Ελλήνων');
    expect(greek('[lang=""]')).toHaveLength(0);
    const ep = await page(DIST, '/en/chambers/ep/');
    expect(ep('a[href="https://x.com/Europarl_EN"]').text()).toContain('@Europarl_EN');
    // The hub shows what a chamber organises and its feeds (the fixture's COSAC plenary is the EP's).
    expect(ep('main').text()).toContain('LXXIV COSAC plenary meeting');
    expect(ep('a[href="/en/feeds/chambers/ep.xml"]')).toHaveLength(1);
  });

  it('lists a chamber’s reasoned opinions and political dialogue, and the subsidiarity checks still open', async () => {
    const lv = await page(DIST, '/en/chambers/lvsae/');
    const mine = lv('#h-scrutiny').closest('section');
    expect(mine.find('a').first().attr('href')).toBe('/en/documents/business-wallets/');
    expect(mine.text()).toContain('reasoned opinion (18 November 2026)');
    const gr = await page(DIST, '/fr/chambers/grvou/');
    expect(gr('#h-scrutiny').closest('section').text()).toContain('contribution au dialogue politique');
    // Transmitted 4 November 2026: eight weeks, 20 December–10 January not counted.
    expect(gr('#h-open').closest('section').find('time').attr('datetime')).toBe('2027-01-21');
    const ep = await page(DIST, '/en/chambers/ep/');
    expect(ep('#h-scrutiny')).toHaveLength(0);
  });

  it('puts a body’s next meeting first on its page, with what the body is and its calendar', async () => {
    const $ = await page(DIST, '/en/conferences/cosac/');
    expect($('.next h3 a').first().text()).toBe('LXXIV COSAC plenary meeting');
    expect($('.lede').text()).toMatch(/^The Conference of Parliamentary Committees for Union Affairs/);
    expect($('a[href^="webcal://"]').attr('href')).toBe('webcal://hub.example.eu/en/calendar/bodies/cosac.ics');
  });

  it('says on the search page what to do without JavaScript, and links the sections', async () => {
    const $ = await page(DIST, '/fr/search/');
    expect($('form[role=search]').attr('hidden')).toBeDefined();
    expect($('.no-js').text()).toContain('JavaScript');
    expect(
      $('.no-js a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['/fr/news/', '/fr/events/', '/fr/topics/']);
  });

  it('publishes the statements with a feedback contact, and reaches them from every page’s footer', async () => {
    const $ = await page(DIST, '/en/accessibility/');
    expect($('main').text()).toContain('WCAG) 2.1 at level AA');
    expect($('main a[href="mailto:hub@ipex.eu"]').text()).toBe('hub@ipex.eu');
    const home = await page(DIST, '/fr/');
    const footer = home('footer nav a')
      .map((_, a) => home(a).attr('href'))
      .get();
    expect(footer).toEqual(expect.arrayContaining(['/fr/accessibility/', '/fr/privacy/', '/fr/share/', '/fr/feeds/', '/fr/tags/']));
  });
});
