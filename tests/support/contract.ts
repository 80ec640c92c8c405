import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { CheerioAPI } from 'cheerio';

/** Values of every `<meta>` with this property or name. */
export function meta($: CheerioAPI, key: string): string[] {
  return $(`meta[property="${key}"], meta[name="${key}"]`)
    .map((_, el) => $(el).attr('content') ?? '')
    .get();
}

/** The preview-tag contract of ../shared/PLATFORMS.md, for one built page. */
export function expectCrawlerContract($: CheerioAPI, page: string, site: string, dist: string): void {
  const canonical = $('link[rel=canonical]').attr('href');
  expect(canonical, page).toMatch(new RegExp(`^${site}/`));
  expect(meta($, 'og:url'), page).toEqual([canonical]);
  for (const key of [
    'description',
    'og:title',
    'twitter:title',
    'og:description',
    'og:type',
    'og:site_name',
    'og:locale',
    'og:image:alt',
    'twitter:image:alt',
  ]) {
    expect(meta($, key), `${page} ${key}`).toHaveLength(1);
    expect(meta($, key)[0], `${page} ${key}`).not.toBe('');
  }
  const image = meta($, 'og:image');
  expect(image, page).toHaveLength(1);
  expect(image[0], page).toMatch(new RegExp(`^${site}/.+\\.(png|jpe?g)$`));
  expect(existsSync(path.join(dist, new URL(image[0] ?? '').pathname)), `${page} image file`).toBe(true);
  expect(meta($, 'og:image:width'), page).toEqual(['1200']);
  expect(meta($, 'og:image:height'), page).toEqual(['630']);
  expect(meta($, 'og:image:type'), page).toEqual(['image/png']);
  expect(meta($, 'twitter:card'), page).toEqual(['summary_large_image']);
  expect([...(meta($, 'twitter:image:alt')[0] ?? '')].length, page).toBeLessThanOrEqual(420);
  // Platforms cut longer previews wherever they like: ours end at a word, with an ellipsis.
  const title = meta($, 'og:title')[0] ?? '';
  expect([...title].length, `${page} og:title`).toBeLessThanOrEqual(90);
  expect(meta($, 'twitter:title'), page).toEqual([title]);
  expect([...(meta($, 'og:description')[0] ?? '')].length, `${page} og:description`).toBeLessThanOrEqual(200);
  const h1 = $('h1').first().text().trim();
  if ([...h1].length > 90) expect(title, `${page}: a long title is cut at a word, not lost`).toMatch(/\S…$/u);
  expect(meta($, 'og:locale')[0], page).toMatch(/^[a-z]{2}_[A-Z]{2}$/);
  // One og:locale:alternate per other language the page exists in, as its hreflang alternates say.
  expect(meta($, 'og:locale:alternate'), page).toHaveLength($('link[rel=alternate][hreflang]:not([hreflang=x-default])').length - 1);
  expect($('link[rel=alternate][hreflang=x-default]'), page).toHaveLength(1);
  // In the head, with no script before them, for crawlers that read only the start.
  expect($('head meta[property="og:image"]'), page).toHaveLength(1);
  expect($('head script'), page).toHaveLength(0);
  if (meta($, 'og:type')[0] === 'article') {
    expect(meta($, 'article:published_time')[0], page).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
    expect(meta($, 'article:modified_time'), page).toHaveLength(1);
  }
}
