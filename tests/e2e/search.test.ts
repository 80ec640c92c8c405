import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexParts, partOf, PARTS_FILE, writtenPart } from '../../src/search/parts.ts';
import { page as builtPage } from '../support/dist.ts';
import { SAMPLE_DIST, SMALL_DIST } from '../support/build.ts';
import { chromiumPath, launch, mustRunBrowser } from '../support/browser.ts';
import { serve } from '../support/serve.ts';

describe.runIf(chromiumPath !== undefined || mustRunBrowser)('search in Chromium', () => {
  let browser: Browser;
  let sample: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    browser = await launch();
    sample = await serve(SAMPLE_DIST);
  });
  afterAll(async () => {
    await browser?.close();
    await sample?.close();
  });

  it('finds a French page by words of its French title, from the French search page, with nothing from elsewhere', async () => {
    // A topic the sample has in French (pages exist only in an item's own languages), its title taken from the built page.
    const topic = '/fr/topics/energy-grids-and-security-of-supply/';
    const title = (await builtPage(SAMPLE_DIST, topic))('h1').text().trim();
    const words = title
      .split(/\s+/)
      .filter((w) => w.length > 5)
      .slice(0, 3)
      .join(' ');
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const outside: string[] = [];
    const loaded = new Set<string>();
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.origin !== sample.origin) outside.push(r.url());
      const part = /^\/pagefind\/([^/]+)\/pagefind-entry\.json$/.exec(url.pathname)?.[1];
      if (part) loaded.add(part);
    });
    await page.goto(`${sample.origin}/fr/search/`);
    await page.getByLabel('Rechercher sur le hub').fill(words);
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 20_000 }).toMatch(/résultats? pour/);
    const hrefs = await page.locator('#search-results a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs).toContain(topic);
    expect(hrefs.every((h) => h.startsWith('/fr/'))).toBe(true);
    expect(outside).toEqual([]);
    // Every part of the language is merged, whatever its month, year or bucket, and no other language's.
    const parts = JSON.parse(await readFile(path.join(SAMPLE_DIST, 'pagefind', PARTS_FILE), 'utf8')) as Record<string, string[]>;
    expect(parts.fr?.length).toBeGreaterThan(1);
    expect([...loaded].sort()).toEqual([...(parts.fr ?? [])].sort());
    await context.close();
  });

  /** The result paths the search page lists for a query, on a site served as it is now. */
  async function searchPaths(dist: string, query: string): Promise<string[]> {
    const site = await serve(dist);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}/en/search/?q=${encodeURIComponent(query)}`);
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 20_000 }).toMatch(/results? for|No result/i);
    const hrefs = await page.locator('#search-results a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    await context.close();
    await site.close();
    return hrefs.sort();
  }

  it('re-indexes only the part whose page changed, and finds what one full index finds', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'ipex-hub-search-'));
    const [site, fresh, cache, freshCache] = ['site', 'fresh', 'cache', 'fresh-cache'].map((d) => path.join(work, d)) as [string, string, string, string];
    await cp(SMALL_DIST, site, { recursive: true });
    await rm(path.join(site, 'pagefind'), { recursive: true, force: true });
    const first = await indexParts(site, cache);
    expect(first.kept).toEqual([]);
    const before = await searchPaths(site, 'Saeima');
    expect(before).toContain('/en/news/saeima-adopts-opinion-on-digital-omnibus/');
    // A change outside a page's article (its related list, its share bar) is not what search reads.
    const changed = 'en/news/hub-welcome/index.html';
    const file = path.join(site, changed);
    await writeFile(file, (await readFile(file, 'utf8')).replace('</article>', '</article><p>Quorblax, a neighbour just published</p>'));
    const outside = await indexParts(site, cache);
    expect(outside.indexed).toEqual([]);
    // An hourly change: one page's article gets a new word.
    await writeFile(file, (await readFile(file, 'utf8')).replace('<h1>', '<h1>Zephyrquill '));
    const second = await indexParts(site, cache);
    expect(await searchPaths(site, 'Quorblax')).toEqual([]);
    // The page's part is the one its route wrote: English news of its month (published 18 November 2026).
    expect(second.indexed).toEqual(['en-news-2026-11']);
    expect(partOf(changed, writtenPart(await readFile(file, 'utf8')))).toBe('en-news-2026-11');
    expect(second.kept.length).toBe(first.indexed.length - 1);
    expect(await searchPaths(site, 'Saeima')).toEqual(before);
    expect(await searchPaths(site, 'Zephyrquill')).toEqual(['/en/news/hub-welcome/']);
    // The same pages indexed from scratch give the same results.
    await cp(site, fresh, { recursive: true });
    await rm(path.join(fresh, 'pagefind'), { recursive: true, force: true });
    await indexParts(fresh, freshCache);
    for (const q of ['Saeima', 'Zephyrquill', 'subsidiarity']) expect(await searchPaths(fresh, q), q).toEqual(await searchPaths(site, q));
    await rm(work, { recursive: true, force: true });
  });
});
