import { existsSync } from 'node:fs';
import path from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { SAMPLE_DIST, SMALL_DIST as DIST, TEST_SITE } from '../support/build.ts';
import { expectCrawlerContract } from '../support/contract.ts';
import { page } from '../support/dist.ts';

/** The links of the list under a heading (the tag-list shape: h2, then ul). */
function linksUnder($: CheerioAPI, heading: string): { href: string; text: string }[] {
  const h = $('main h2').filter((_, el) => $(el).text().trim() === heading);
  return h
    .next('ul')
    .find('a')
    .map((_, a) => ({ href: $(a).attr('href') ?? '', text: $(a).text().trim() }))
    .get();
}

describe('the glossary of tests/fixtures/small', () => {
  it('lists every current term under its letter, alphabetically in each language, with letter links', async () => {
    const en = await page(DIST, '/en/glossary/');
    expect(en('h1').text()).toBe('Glossary');
    expect(
      en('main section[aria-labelledby^="letter-"] > h2')
        .map((_, el) => en(el).text())
        .get(),
    ).toEqual(['I', 'P', 'R', 'S', 'Y', 'Ε']);
    expect(
      en('dl.glossary dt a')
        .map((_, el) => en(el).text())
        .get(),
    ).toEqual(['IPEX Hub', 'Political dialogue', 'Reasoned opinion', 'Subsidiarity', 'Yellow card', 'Επικουρικότητα']);
    // Each letter link points at a heading of the page.
    for (const a of en('nav a[href^="#letter-"]').toArray()) expect(en(en(a).attr('href') ?? '')).toHaveLength(1);
    // The withdrawn term keeps its page but leaves the list.
    expect(en('main').text()).not.toContain('Early warning');
    expect(existsSync(path.join(DIST, 'en/glossary/early-warning/index.html'))).toBe(true);
    const fr = await page(DIST, '/fr/glossary/');
    expect(
      fr('dl.glossary dt a')
        .map((_, el) => fr(el).text())
        .get(),
    ).toEqual(['Avis motivé', 'Carton jaune', 'Dialogue politique', 'IPEX Hub', 'Subsidiarité', 'Επικουρικότητα']);
    // A term with no French name is marked with its own language.
    expect(fr('dl.glossary dt a span[lang="el"]').text()).toBe('Επικουρικότητα');
    expect(fr('footer a[href="/fr/glossary/"]').attr('aria-current')).toBe('page');
  });

  it('gives each term a landing page with its definition, labels, IPEX link, see-also terms, uses, card and share kit', async () => {
    const $ = await page(DIST, '/en/glossary/reasoned-opinion/');
    expectCrawlerContract($, '/en/glossary/reasoned-opinion/', TEST_SITE, DIST);
    expect($('h1').text()).toBe('Reasoned opinion');
    const ld = $('script[type="application/ld+json"]')
      .map((_, el) => JSON.parse($(el).text()))
      .get();
    expect(ld).toContainEqual(
      expect.objectContaining({
        '@type': 'DefinedTerm',
        name: 'Reasoned opinion',
        url: `${TEST_SITE}/en/glossary/reasoned-opinion/`,
        inDefinedTermSet: { '@type': 'DefinedTermSet', name: 'Glossary', url: `${TEST_SITE}/en/glossary/` },
      }),
    );
    expect($('meta[property="og:description"]').attr('content')).toBe('A chamber’s statement that a draft breaches subsidiarity.');
    expect($('meta[property="og:image"]').attr('content')).toMatch(/\/og\/en\/glossary\/reasoned-opinion-[0-9a-f]{16}\.png$/);
    expect($('.body strong').text()).toBe('yellow card');
    expect($('a.source').attr('href')).toBe('https://ipex.eu/IPEXL-WEB/glossary/g0000000000000000000000000000001');
    // A label no item carries has no tag page: it is not linked.
    expect(linksUnder($, 'Tagged')).toEqual([{ href: '/en/tags/subsidiarity/', text: 'Subsidiarity' }]);
    expect(linksUnder($, 'See also')).toEqual([
      { href: '/en/glossary/subsidiarity/', text: 'Subsidiarity' },
      { href: '/en/glossary/yellow-card/', text: 'Yellow card' },
    ]);
    expect($('#h-used').next('ul').find('a').attr('href')).toBe('/en/documents/business-wallets/');
    expect($('.share .share-url code').text()).toBe(`${TEST_SITE}/en/glossary/reasoned-opinion/`);
    expect($('details.kit textarea').length).toBeGreaterThanOrEqual(5);
    expect($('details.kit textarea').first().text()).toContain(`${TEST_SITE}/en/glossary/reasoned-opinion/?utm_source=x`);
    for (const href of $('section.cards a')
      .map((_, a) => $(a).attr('href'))
      .get())
      expect(existsSync(path.join(DIST, href)), href).toBe(true);
  });

  it('says so on a withdrawn term and on a term nothing uses', async () => {
    const $ = await page(DIST, '/fr/glossary/early-warning/');
    expect($('p.notice[role=note]').text()).not.toBe('');
    expect($('#h-used').next('p').text()).toBe('Aucun document ni sujet d’actualité du hub n’emploie encore ce terme.');
  });
});

describe('links from documents and hot topics to the terms they use', () => {
  it('lists the terms a document page uses, in each language', async () => {
    const en = await page(DIST, '/en/documents/business-wallets/');
    // Reasoned opinions in the tally and the table, the yellow card's threshold, the political dialogue of grvou, the deadline.
    expect(linksUnder(en, 'Terms used')).toEqual([
      { href: '/en/glossary/political-dialogue/', text: 'Political dialogue' },
      { href: '/en/glossary/reasoned-opinion/', text: 'Reasoned opinion' },
      { href: '/en/glossary/subsidiarity/', text: 'Subsidiarity' },
      { href: '/en/glossary/yellow-card/', text: 'Yellow card' },
    ]);
    const fr = await page(DIST, '/fr/documents/business-wallets/');
    expect(linksUnder(fr, 'Termes employés').map((l) => l.text)).toEqual(['Avis motivé', 'Carton jaune', 'Dialogue politique', 'Subsidiarité']);
    // The withdrawn term is never linked.
    expect(en('a[href="/en/glossary/early-warning/"]')).toHaveLength(0);
  });

  it('lists the terms a hot topic uses, and the term page lists the topic back', async () => {
    const topic = await page(DIST, '/en/topics/digital-omnibus/');
    expect(linksUnder(topic, 'Terms used')).toEqual([{ href: '/en/glossary/subsidiarity/', text: 'Subsidiarity' }]);
    const term = await page(DIST, '/en/glossary/subsidiarity/');
    expect(
      term('#h-used')
        .next('ul')
        .find('a')
        .map((_, a) => term(a).attr('href'))
        .get(),
    ).toEqual(['/en/documents/business-wallets/', '/en/topics/digital-omnibus/']);
    // News pages do not get the list.
    const news = await page(DIST, '/en/news/saeima-adopts-opinion-on-digital-omnibus/');
    expect(linksUnder(news, 'Terms used')).toEqual([]);
  });
});

describe('the glossary in the sample build', () => {
  it('has the sample’s twenty terms and an editors’ example in both languages, and the documents link them', async () => {
    for (const lang of ['en', 'fr']) {
      const $ = await page(SAMPLE_DIST, `/${lang}/glossary/`);
      expect($('dl.glossary dt').length, lang).toBe(21);
    }
    const doc = await page(SAMPLE_DIST, '/en/documents/com-2026-402/');
    const terms = linksUnder(doc, 'Terms used').map((l) => l.text);
    expect(terms).toEqual(expect.arrayContaining(['Reasoned opinion', 'Yellow card', 'Subsidiarity', 'Legal basis']));
    const fr = await page(SAMPLE_DIST, '/fr/glossary/yellow-card/');
    expect(fr('h1').text()).toBe('Carton jaune');
    expect(fr('#h-used').next('ul').find('a').length).toBeGreaterThan(0);
  });
});
