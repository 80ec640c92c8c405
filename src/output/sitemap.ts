import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import sitemap, { type LinkItem, type SitemapOptions } from '@astrojs/sitemap';
import { languageLinks } from './sitemap-links.ts';

/** The sitemap's files at the output's top level (`sitemap-index.xml`, `sitemap-0.xml`, …). */
export const SITEMAP_FILE = /^sitemap-.*\.xml$/;

const VERSION = (JSON.parse(readFileSync(fileURLToPath(import.meta.resolve('@astrojs/sitemap/package.json')), 'utf8')) as { version: string }).version;

/** Options as text, functions by their source: a changed filter must make a new sitemap. */
const optionsText = (options: SitemapOptions) => JSON.stringify(options, (_, v: unknown) => (typeof v === 'function' ? String(v) : v));

/**
 * @astrojs/sitemap, kept while the site's pages are the same. The sitemap lists page URLs only (no
 * dates), so when the list of pages, the options, the site and the package are those of the last
 * build, its files are left in place instead of being made again (seconds and hundreds of megabytes
 * at 20,000 pages). Otherwise the old files go and the integration writes new ones.
 */
export function keptSitemap(options: SitemapOptions): AstroIntegration {
  // The language alternates are made here (sitemap-links.ts) and handed to the package per URL.
  const { i18n, ...rest } = options ?? {};
  // Without its i18n option the package would list a language's 404 page: it goes here.
  const listed = (page: string) => !(i18n && statusPage(page, i18n.locales)) && (rest.filter?.(page) ?? true);
  let links = new Map<string, LinkItem[]>();
  const inner = sitemap(
    i18n
      ? {
          ...rest,
          filter: listed,
          serialize: (item) => {
            const own = links.get(item.url);
            const withLinks = own ? { ...item, links: own } : item;
            return rest.serialize ? rest.serialize(withLinks) : withLinks;
          },
        }
      : options,
  );
  const innerDone = inner.hooks['astro:build:done'];
  let stampFile = '';
  let configText = '';
  let siteUrl: URL | undefined;
  return {
    ...inner,
    hooks: {
      ...inner.hooks,
      'astro:config:done': async (params) => {
        const { config } = params;
        stampFile = path.join(fileURLToPath(config.cacheDir), 'sitemap.json');
        configText = JSON.stringify([config.site, config.base, config.trailingSlash, config.build.format]);
        siteUrl = config.site ? new URL(config.base, config.site) : undefined;
        await inner.hooks['astro:config:done']?.(params);
      },
      'astro:build:done': async (params) => {
        const outDir = fileURLToPath(params.dir);
        const digest = createHash('sha256')
          .update(`${VERSION}\0${optionsText(options)}\0${configText}\0`)
          .update(
            params.pages
              .map((p) => p.pathname)
              .sort()
              .join('\n'),
          )
          .digest('base64url');
        const saved = JSON.parse(await readFile(stampFile, 'utf8').catch(() => '{}')) as { digest?: string; files?: string[] };
        const present = async (f: string) =>
          stat(path.join(outDir, f)).then(
            (s) => s.isFile(),
            () => false,
          );
        if (saved.digest === digest && saved.files?.length && (await Promise.all(saved.files.map(present))).every(Boolean)) {
          params.logger.info(`the pages are those of the last build: ${saved.files.length} sitemap file(s) kept`);
          return;
        }
        const ours = async () => (await readdir(outDir)).filter((f) => SITEMAP_FILE.test(f)).sort();
        for (const f of await ours()) await rm(path.join(outDir, f));
        await rm(stampFile, { force: true });
        if (i18n && siteUrl) {
          // The URLs the package lists: the built pages, the custom ones, through the filter.
          const dir = siteUrl.pathname.endsWith('/') ? siteUrl.pathname : `${siteUrl.pathname}/`;
          const urls = [...new Set([...params.pages.map((p) => new URL(dir + p.pathname.replace(/^\//, ''), siteUrl).href), ...(rest.customPages ?? [])])];
          links = languageLinks(urls.filter(listed), siteUrl.href, i18n);
        }
        await innerDone?.(params);
        links = new Map();
        await mkdir(path.dirname(stampFile), { recursive: true });
        await writeFile(stampFile, JSON.stringify({ digest, files: await ours() }));
      },
    },
  };
}

/** A status page (404, 500) at the top or in a language's folder, which the package leaves out of a sitemap with languages. */
function statusPage(url: string, locales: Record<string, string>): boolean {
  const [first, second, ...more] = new URL(url).pathname.split('/').filter(Boolean);
  const code = (c: string | undefined) => c === '404' || c === '500';
  return (code(first) && second === undefined) || (first !== undefined && first in locales && code(second) && more.length === 0);
}
