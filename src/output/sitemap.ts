import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import sitemap, { type SitemapOptions } from '@astrojs/sitemap';

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
  const inner = sitemap(options);
  const innerDone = inner.hooks['astro:build:done'];
  let stampFile = '';
  let configText = '';
  return {
    ...inner,
    hooks: {
      ...inner.hooks,
      'astro:config:done': async (params) => {
        const { config } = params;
        stampFile = path.join(fileURLToPath(config.cacheDir), 'sitemap.json');
        configText = JSON.stringify([config.site, config.base, config.trailingSlash, config.build.format]);
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
        await innerDone?.(params);
        await mkdir(path.dirname(stampFile), { recursive: true });
        await writeFile(stampFile, JSON.stringify({ digest, files: await ours() }));
      },
    },
  };
}
