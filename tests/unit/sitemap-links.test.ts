import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import sitemap, { type SitemapOptions } from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keptSitemap } from '../../src/output/sitemap.ts';
import { languageLinks } from '../../src/output/sitemap-links.ts';

const SITE = 'https://hub.example.eu';
const OPTIONS = {
  // The status pages are left to the package's own rule (404 and 500, at the top or in a language).
  filter: (page: string) => new URL(page).pathname !== '/',
  i18n: { defaultLocale: 'en', locales: { en: 'en-GB', fr: 'fr-FR', de: 'de-DE' } },
} satisfies SitemapOptions;

/** Pages as a build lists them: pairs, a page in one language only, numbered pages (the sort is numeric), status pages. */
const PAGES = [
  '',
  '404/',
  'en/',
  'fr/',
  'de/',
  'en/news/energy/',
  'fr/news/energy/',
  'de/news/energy/',
  'fr/news/only-in-french/',
  'en/news/page/2/',
  'en/news/page/10/',
  'fr/news/page/2/',
  'fr/news/page/10/',
  'en/glossary/subsidiarity/',
  'de/404/',
  'evaluation/',
];

/** Runs an integration's hooks as a build does, writing its sitemap into a folder of its own; returns the files. */
async function run(integration: AstroIntegration, work: string, name: string): Promise<Record<string, string>> {
  const dir = path.join(work, name);
  await mkdir(dir, { recursive: true });
  const config = { site: SITE, base: '/', trailingSlash: 'ignore', build: { format: 'directory' }, cacheDir: pathToFileURL(path.join(work, `${name}-cache/`)) };
  const logger = { info: () => {}, warn: (m: string) => expect.fail(m), error: (m: string) => expect.fail(m) };
  const hooks = integration.hooks as Record<string, ((p: unknown) => unknown) | undefined>;
  await hooks['astro:routes:resolved']?.({ routes: [] });
  await hooks['astro:config:done']?.({ config, logger });
  await hooks['astro:build:done']?.({ dir: pathToFileURL(`${dir}/`), pages: PAGES.map((pathname) => ({ pathname })), logger });
  const files: Record<string, string> = {};
  for (const f of await readdir(dir)) files[f] = await readFile(path.join(dir, f), 'utf8');
  return files;
}

describe('the sitemap language alternates', () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'ipex-hub-sitemap-'));
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it("are the package's own, byte for byte: the same files from its i18n option over the same pages", async () => {
    const own = await run(sitemap(OPTIONS), work, 'own');
    const ours = await run(keptSitemap(OPTIONS), work, 'ours');
    expect(Object.keys(own).sort()).toEqual(['sitemap-0.xml', 'sitemap-index.xml']);
    expect(ours).toEqual(own);
    const map = ours['sitemap-0.xml'] ?? '';
    expect(map).toContain(`<xhtml:link rel="alternate" hreflang="fr-FR" href="${SITE}/fr/news/energy/"/>`);
    expect(map).not.toContain('/de/404/');
  });

  it('link only the paths that exist in more than one language, in the order of the sitemap', () => {
    const urls = PAGES.map((p) => `${SITE}/${p}`);
    const links = languageLinks(urls, `${SITE}/`, OPTIONS.i18n);
    expect(links.get(`${SITE}/en/news/page/10/`)?.map((l) => l.url)).toEqual([`${SITE}/en/news/page/10/`, `${SITE}/fr/news/page/10/`]);
    expect(links.get(`${SITE}/de/news/energy/`)?.map((l) => l.lang)).toEqual(['de-DE', 'en-GB', 'fr-FR']);
    expect(links.has(`${SITE}/fr/news/only-in-french/`)).toBe(false);
    expect(links.has(`${SITE}/en/glossary/subsidiarity/`)).toBe(false);
  });
});
