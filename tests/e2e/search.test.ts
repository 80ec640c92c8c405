import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { page as builtPage } from '../support/dist.ts';
import { SAMPLE_DIST } from '../support/build.ts';
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
    // A French title of the sample, taken from the built page itself.
    const topic = '/fr/topics/economic-governance-and-the-european-semester/';
    const title = (await builtPage(SAMPLE_DIST, topic))('h1').text().trim();
    const words = title.split(/\s+/).filter((w) => w.length > 5).slice(0, 3).join(' ');
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const outside: string[] = [];
    page.on('request', (r) => void (new URL(r.url()).origin !== sample.origin && outside.push(r.url())));
    await page.goto(`${sample.origin}/fr/search/`);
    await page.getByLabel('Rechercher sur le hub').fill(words);
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/résultats? pour/);
    const hrefs = await page.locator('#search-results a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs).toContain(topic);
    expect(hrefs.every((h) => h.startsWith('/fr/'))).toBe(true);
    expect(outside).toEqual([]);
    await context.close();
  });
});
