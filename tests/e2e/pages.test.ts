import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_DIST, SMALL_DIST } from '../support/build.ts';
import { chromiumPath, launch, mustRunBrowser } from '../support/browser.ts';
import { serve } from '../support/serve.ts';

const PAGES = [
  '/',
  '/en/',
  '/fr/',
  '/en/news/saeima-adopts-opinion-on-digital-omnibus/',
  '/fr/news/saeima-adopts-opinion-on-digital-omnibus/',
  '/en/events/lxxiv-cosac-plenary-dublin/',
  '/fr/events/lxxiv-cosac-plenary-dublin/',
  '/en/topics/digital-omnibus/',
  '/fr/topics/digital-omnibus/',
  '/en/events/jpsg-europol-athens/',
  '/en/events/lxxiii-cosac-plenary-warsaw/',
  '/en/texts/lxxiii-cosac-plenary-warsaw-3dfe77f3/',
  '/en/texts/lxxiii-cosac-plenary-warsaw-5feb987d/',
  '/en/news/budget-script-test/',
  '/en/events/',
  '/fr/news/',
  '/en/tags/subsidiarity/',
  '/fr/tags/',
  '/en/no-such-page/',
  '/en/feeds/',
  '/fr/feeds/',
  '/en/chambers/',
  '/fr/chambers/grvou/',
  '/en/conferences/',
  '/fr/conferences/cosac/',
  '/en/share/',
  '/fr/search/',
  '/en/accessibility/',
  '/fr/privacy/',
  '/en/documents/',
  '/fr/documents/business-wallets/',
  '/en/glossary/',
  '/fr/glossary/',
  '/en/glossary/reasoned-opinion/',
  '/el/glossary/epikourikotita/',
];
// Every page shape in a language of each script and of the hardest Latin letters (the small build's
// other languages: tests/support/languages.ts), where the fixture's items are translated.
const SHAPES = [
  '',
  'news/',
  'news/saeima-adopts-opinion-on-digital-omnibus/',
  'events/lxxiv-cosac-plenary-dublin/',
  'events/past/',
  'topics/digital-omnibus/',
  'tags/subsidiarity/',
  'documents/',
  'documents/business-wallets/',
  'glossary/',
  'glossary/reasoned-opinion/',
  'chambers/lvsae/',
  'conferences/cosac/',
  'feeds/',
  'share/',
  'search/',
  'accessibility/',
  'privacy/',
];
const LANGUAGE_PAGES = ['de', 'el', 'bg', 'pl', 'ga', 'mt'].flatMap((lang) => SHAPES.map((p) => `/${lang}/${p}`));
// Pages of the sample build with long titles, Greek and Cyrillic text, and full lists.
const SAMPLE_PAGES = [
  '/en/news/subsidiarity-check-com-2026-48-proposal-for-a-regulation-of-the-european/',
  '/fr/events/boyli-ton-ellinon-diakoinovoyleytiki-diaskepsi-gia-ti-metanasteysi-kai-tin/',
  '/en/news/narodno-sbranie-obschestveno-obszhdane-na-prilaganeto-na-pakta-za-migratsiyata-i/',
  '/fr/events/past/',
  '/en/tags/',
  '/en/evaluation/',
  '/fr/evaluation/',
  '/fr/chambers/',
  '/en/chambers/bekam/',
  '/en/conferences/speakers/',
  '/en/documents/com-2026-402/',
  '/fr/documents/com-2026-538/',
  // The record: a yellow card on record with its outcome, a pre-Lisbon document, a former member's hub.
  '/en/documents/com-2013-534/',
  '/fr/documents/com-2008-640/',
  '/en/chambers/ukcom/',
  '/fr/glossary/',
  '/en/glossary/joint-parliamentary-scrutiny-group/',
];

const require = createRequire(import.meta.url);
const runBrowser = chromiumPath !== undefined || mustRunBrowser;

describe.runIf(runBrowser)('pages in Chromium', () => {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof serve>>;
  let sample: Awaited<ReturnType<typeof serve>>;
  let axeSource: string;

  beforeAll(async () => {
    browser = await launch();
    site = await serve(SMALL_DIST);
    sample = await serve(SAMPLE_DIST);
    axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await sample?.close();
  });

  it.each([...[...PAGES, ...LANGUAGE_PAGES].map((p) => ['small', p]), ...SAMPLE_PAGES.map((p) => ['sample', p])])(
    '%s %s: no WCAG 2.1 A/AA violation, no third-party request, no cookie, fits 360 px',
    async (build, path) => {
      const origin = build === 'sample' ? sample.origin : site.origin;
      const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      const outside: string[] = [];
      page.on('request', (r) => {
        const url = new URL(r.url());
        if (url.origin !== origin && url.protocol !== 'data:') outside.push(r.url());
      });
      const res = await page.goto(origin + path, { waitUntil: 'load' });
      expect(res?.status()).toBe(path.includes('no-such') ? 404 : 200);
      await page.waitForLoadState('networkidle');
      expect(outside).toEqual([]);
      expect(await context.cookies()).toEqual([]);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(360);

      // Open the share kit and other disclosures so that axe checks their contents too.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      await page.addScriptTag({ content: axeSource });
      const result = await page.evaluate(() =>
        (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<AxeResults> } }).axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        }),
      );
      const violations = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(violations).toEqual([]);
      expect(result.passes.length).toBeGreaterThan(10);
      await context.close();
    },
  );

  it('works with JavaScript disabled: content, language switch and “Read on IPEX” are plain links', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/en/events/lxxiv-cosac-plenary-dublin/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('LXXIV COSAC plenary meeting');
    // The chooser is a <details> disclosure: it opens without a script.
    await page.getByRole('navigation', { name: 'Language versions' }).locator('summary').click();
    await page.getByRole('link', { name: 'français' }).click();
    await page.waitForURL(`${site.origin}/fr/events/lxxiv-cosac-plenary-dublin/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('LXXIVe réunion plénière de la COSAC');
    const source = page.getByRole('link', { name: /Lire sur IPEX/ });
    // The IPEX address with the hub's campaign, so that IPEX's analytics count the visit.
    await expect(source.getAttribute('href')).resolves.toBe(
      'https://ipex.eu/IPEXL-WEB/calendar?utm_source=ipex-hub&utm_medium=referral&utm_campaign=ipex-hub-trial',
    );
    await page.getByRole('navigation', { name: 'Fil d’Ariane' }).getByRole('link', { name: 'Événements' }).click();
    await page.waitForURL(`${site.origin}/fr/events/`);
    await context.close();
  });

  it('copies a feed address to the clipboard and says so', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const page = await context.newPage();
    await page.goto(`${site.origin}/en/feeds/`);
    const button = page.getByRole('button', { name: 'Copy RSS: IPEX Hub — News', exact: true });
    await button.click();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe('https://hub.example.eu/en/feeds/news.xml');
    await expect(page.getByRole('status').textContent()).resolves.toBe('Address copied to the clipboard.');
    await context.close();
  });

  it('shows feed addresses as text when JavaScript is off, and no copy buttons', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/fr/feeds/`);
    await expect(page.getByRole('button').count()).resolves.toBe(0);
    await expect(page.locator('code', { hasText: 'https://hub.example.eu/fr/calendar/events.ics' }).count()).resolves.toBe(1);
    await expect(
      page
        .getByRole('link', { name: /S’abonner/ })
        .first()
        .getAttribute('href'),
    ).resolves.toMatch(/^webcal:\/\/hub\.example\.eu\/fr\/calendar\//);
    await context.close();
  });

  it('share bar: copy link puts the page URL in the clipboard and says so', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const page = await context.newPage();
    const outside: string[] = [];
    page.on('request', (r) => void (new URL(r.url()).origin !== site.origin && outside.push(r.url())));
    await page.goto(`${site.origin}/fr/topics/digital-omnibus/`);
    await page.getByRole('button', { name: 'Copier le lien' }).click();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe('https://hub.example.eu/fr/topics/digital-omnibus/');
    await expect(page.getByRole('status').textContent()).resolves.toBe('Lien copié dans le presse-papiers.');
    await page.getByText('Textes prêts à publier').click();
    await page.getByRole('button', { name: /^Copier le texte\s?: X$/ }).click();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toMatch(/^Omnibus numérique\n[\s\S]*utm_source=x[\s\S]*#IPEX/);
    expect(outside).toEqual([]);
    await context.close();
  });

  it('share bar: Mastodon asks for the server once and remembers it in this browser', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Stand-in for the visitor's server: the popup's request is caught, nothing leaves the machine.
    await context.route('https://social.example.org/**', (route) => route.fulfill({ status: 200, body: 'ok' }));
    await page.goto(`${site.origin}/en/news/saeima-adopts-opinion-on-digital-omnibus/`);
    await page.getByText('Mastodon', { exact: true }).click();
    await page.getByLabel('Your Mastodon server').fill('https://social.example.org/@someone');
    const [popup] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Share on Mastodon' }).click()]);
    const url = new URL(popup.url());
    expect(url.origin + url.pathname).toBe('https://social.example.org/share');
    expect(url.searchParams.get('text')).toMatch(/^Saeima adopts opinion on the digital omnibus[\s\S]*utm_source=mastodon/);
    await page.reload();
    await page.getByText('Mastodon', { exact: true }).click();
    await expect(page.getByLabel('Your Mastodon server').inputValue()).resolves.toBe('social.example.org');
    await context.close();
  });

  it('share bar without JavaScript: every platform is a plain link, and the address and texts are there to copy', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/en/news/saeima-adopts-opinion-on-digital-omnibus/`);
    for (const [name, start] of [
      ['Share on X', 'https://x.com/intent/post?'],
      ['Share on LinkedIn', 'https://www.linkedin.com/sharing/share-offsite/?'],
      ['Share on Facebook', 'https://www.facebook.com/sharer/sharer.php?'],
      ['Share on Bluesky', 'https://bsky.app/intent/compose?'],
      ['Share on WhatsApp', 'https://wa.me/?'],
      ['Share on Telegram', 'https://t.me/share/url?'],
      ['Share on e-mail', 'mailto:?'],
    ] as const) {
      const link = page.getByRole('link', { name: new RegExp(`^${name}`) });
      await expect(link.isVisible()).resolves.toBe(true);
      await expect(link.getAttribute('href')).resolves.toMatch(new RegExp(`^${start.replace(/[.?]/g, '\\$&')}`));
    }
    await expect(page.getByRole('button').count()).resolves.toBe(0);
    await page.getByText('Mastodon', { exact: true }).click();
    await expect(page.getByText('Copy the text below and post it on your Mastodon server.').isVisible()).resolves.toBe(true);
    await page.getByText('Ready-to-post texts').click();
    await expect(page.getByLabel('Text for Mastodon').inputValue()).resolves.toContain('utm_source=mastodon');
    await context.close();
  });

  it('lets a keyboard user skip to the main content', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.origin}/en/news/`);
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused.textContent()).resolves.toBe('Skip to main content');
    await expect(focused.isVisible()).resolves.toBe(true);
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#main');
    await page.close();
  });
});
