import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { SMALL_DIST as DIST, TEST_SITE } from '../support/build.ts';
import { expectCrawlerContract, meta } from '../support/contract.ts';
import { page } from '../support/dist.ts';
import { text } from '../support/feeds.ts';
import { textSlug } from '../../src/model/texts.ts';

// The small fixture's past COSAC plenary in Warsaw carries a programme, a contribution and conclusions.
const MEETING = 'lxxiii-cosac-plenary-warsaw';
const CONTRIBUTION = { id: 'c05ac000000000000000000000000002', slug: `${MEETING}-3dfe77f3` };
const CONCLUSIONS = { id: 'c05ac000000000000000000000000003', slug: `${MEETING}-5feb987d` };
const PROGRAMME = 'c05ac000000000000000000000000001';
const WITHDRAWN = 'c05ac000000000000000000000000004';
const file = (id: string) => `https://ipex.eu/IPEXL-WEB/download/file/${id}`;

describe('the texts a meeting adopted (tests/fixtures/small)', () => {
  it('give each adopted text a landing page in every language: what it is, who adopted it, where and when, the meeting, the file on IPEX, share kit and cards', async () => {
    for (const lang of ['en', 'fr']) {
      const p = `/${lang}/texts/${CONTRIBUTION.slug}/`;
      const $ = await page(DIST, p);
      expectCrawlerContract($, p, TEST_SITE, DIST);
      expect($('main a.source').attr('href')).toMatch(new RegExp(`^${file(CONTRIBUTION.id)}\\?utm_source=`));
      expect($(`main article a[href="/${lang}/events/${MEETING}/"]`)).toHaveLength(1);
      expect($('details.kit')).toHaveLength(1);
      for (const url of [
        ...meta($, 'og:image'),
        ...$('a[download]')
          .map((_, a) => $(a).attr('href'))
          .get(),
      ]) {
        expect(existsSync(path.join(DIST, new URL(url, TEST_SITE).pathname)), url).toBe(true);
      }
    }
    const en = await page(DIST, `/en/texts/${CONTRIBUTION.slug}/`);
    expect(en('h1').text()).toBe('Contribution of the LXXIII COSAC');
    expect(en('main p.kind').first().text()).toBe('Contribution · COSAC');
    expect(en('main p.lede').text()).toBe('Adopted by COSAC in Warsaw on 17 November 2026');
    expect(meta(en, 'og:image')[0]).toMatch(new RegExp(`/og/en/texts/${CONTRIBUTION.slug}-[0-9a-f]+\\.png$`));
    const fr = await page(DIST, `/fr/texts/${CONTRIBUTION.slug}/`);
    expect(fr('h1').text()).toBe('Contribution de la LXXIIIe COSAC');
    expect(fr('main p.lede').text()).toBe('Texte adopté à Varsovie le 17 novembre 2026 (COSAC)');
    // A text IPEX dropped keeps its page, which says so; it leaves the meeting's and the body's lists.
    const gone = await page(DIST, `/en/texts/${textSlug(MEETING, WITHDRAWN)}/`);
    expect(gone('main [role="note"]').text()).toBe('This item is no longer listed on IPEX. It is kept here for reference.');
  });

  it('list the meeting’s documents on its page: adopted texts link their pages, the programme IPEX’s file', async () => {
    const $ = await page(DIST, `/en/events/${MEETING}/`);
    const links = $('section[aria-labelledby="h-documents"] a')
      .map((_, a) => [[$(a).attr('href'), $(a).text()]])
      .get();
    expect(links).toEqual([
      [file(PROGRAMME), 'Programme: Programme of the LXXIII COSAC'],
      [`/en/texts/${CONTRIBUTION.slug}/`, 'Contribution: Contribution of the LXXIII COSAC'],
      [`/en/texts/${CONCLUSIONS.slug}/`, 'Conclusions: Conclusions of the LXXIII COSAC'],
    ]);
  });

  it('list every text a body adopted on its hub, newest first', async () => {
    const $ = await page(DIST, '/en/conferences/cosac/');
    expect(
      $('section[aria-labelledby="h-texts"] h3 a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual([`/en/texts/${CONCLUSIONS.slug}/`, `/en/texts/${CONTRIBUTION.slug}/`]);
    const other = await page(DIST, '/en/conferences/jpsg-europol/');
    expect(other('section[aria-labelledby="h-texts"]')).toHaveLength(0);
  });

  it('are entries of the body’s feeds and of the all feed, with ids from the file id, dated when first seen', async () => {
    for (const scope of ['bodies/cosac', 'all']) {
      const feed = parseFeed(await text(DIST, `/en/feeds/${scope}.xml`));
      const entry = feed.items.find((i) => i.id === `urn:ipex-hub:texts:${CONTRIBUTION.id}`);
      expect(entry, scope).toBeDefined();
      expect(entry?.url).toBe(`${TEST_SITE}/en/texts/${CONTRIBUTION.slug}/`);
      expect(entry?.published?.toISOString()).toBe('2026-11-18T10:00:00.000Z');
      expect(
        feed.items.some((i) => i.id?.includes(PROGRAMME) || i.id?.includes(WITHDRAWN)),
        scope,
      ).toBe(false);
    }
    const json = JSON.parse(await readFile(path.join(DIST, 'en/feeds/bodies/cosac.json'), 'utf8')) as { items: { id: string }[] };
    expect(json.items.map((i) => i.id)).toContain(`urn:ipex-hub:texts:${CONCLUSIONS.id}`);
    const jpsg = parseFeed(await text(DIST, '/en/feeds/bodies/jpsg-europol.xml'));
    expect(jpsg.items.some((i) => i.id?.startsWith('urn:ipex-hub:texts:'))).toBe(false);
  });

  it('are marked adopted in new.json with the body’s hashtags; the programme is in it nowhere', async () => {
    const json = await readFile(path.join(DIST, 'social/new.json'), 'utf8');
    const items = (
      JSON.parse(json) as { items: { id: string; kind: string; adopted?: boolean; languages: Record<string, { posts: { mastodon: { text: string } } }> }[] }
    ).items;
    const adopted = items.filter((i) => i.adopted);
    expect(adopted.map((i) => i.id).sort()).toEqual([`urn:ipex-hub:texts:${CONTRIBUTION.id}`, `urn:ipex-hub:texts:${CONCLUSIONS.id}`]);
    for (const i of adopted) expect(i.languages.en?.posts.mastodon.text).toContain('#COSAC');
    expect(items.filter((i) => !i.adopted).every((i) => i.kind !== 'texts')).toBe(true);
    expect(json).not.toContain(PROGRAMME);
    // The share kit of every listed item carries them too.
    const kit = await readFile(path.join(DIST, 'en/social/posts.json'), 'utf8');
    expect(kit).toContain(`urn:ipex-hub:texts:${CONTRIBUTION.id}`);
    expect(kit).not.toContain(PROGRAMME);
  });
});
