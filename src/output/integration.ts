import { rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { filesOutside, filesUnder } from './files.ts';
import { codeDigest, offerKeptTexts, writeKeptLists } from './kept.ts';
import { SITEMAP_FILE } from './sitemap.ts';

/** Folders other integrations own: each removes what it no longer writes (cards, search index; the
 * sitemap's files at the top level, too). */
const OWNED_ELSEWHERE = ['og', 'pagefind'];

/** Removes the folders of `removed` files, and their parents, that are now empty, up to `root`
 * (kept): trying every folder of the output would cost a call per page. */
async function removeEmptyFolders(root: string, removed: string[]): Promise<void> {
  const inside = `${path.resolve(root)}${path.sep}`; // the configured folder ends with a separator
  const folders = new Set<string>();
  for (const f of removed) {
    for (let dir = path.dirname(f); dir.startsWith(inside) && !folders.has(dir); dir = path.dirname(dir)) folders.add(dir);
  }
  const depth = (d: string) => d.split(path.sep).length;
  // Deepest first; rmdir fails, harmlessly, on a folder that still holds something.
  for (const d of [...folders].sort((x, y) => depth(y) - depth(x))) await rmdir(d).catch(() => undefined);
}

/**
 * Keeps the output folder between builds instead of letting Astro empty it: with the incremental
 * build, a page whose cache key is unchanged is then left where it is, neither deleted nor copied back
 * (emptying and refilling tens of thousands of files was most of a build with nothing to do). What
 * the build did not produce this time is removed afterwards, so the folder holds exactly what a build
 * into an empty folder would: the pages and files of every route (written or kept), the public folder,
 * and Vite's assets, whose folder is emptied before each build.
 */
export function keepOutput(): AstroIntegration {
  let outDir = '';
  let publicDir = '';
  let assetsDir = '_astro';
  let keptDir = '';
  let root = '';
  let stopOffering = () => {};
  return {
    name: 'ipex-hub:output',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        publicDir = fileURLToPath(config.publicDir);
        assetsDir = config.build.assets;
        keptDir = path.join(fileURLToPath(config.cacheDir), 'kept');
        root = fileURLToPath(config.root);
      },
      // Rewritten by every build: Vite's assets.
      'astro:build:start': async () => {
        await rm(path.join(outDir, assetsDir), { recursive: true, force: true });
        stopOffering = offerKeptTexts(keptDir, codeDigest(root));
      },
      // The lists their endpoints left to be written from the kept texts, now that every page is written.
      'astro:build:generated': async ({ logger }) => {
        const written = await writeKeptLists(keptDir, outDir);
        if (written.length) logger.info(`written from the kept texts: ${written.join(', ')}`);
      },
      'astro:build:done': async ({ assets, logger }) => {
        stopOffering();
        const keep = new Set<string>();
        for (const urls of assets.values()) for (const u of urls) keep.add(fileURLToPath(u));
        for (const f of await filesUnder(publicDir)) keep.add(path.join(outDir, path.relative(publicDir, f)));
        const files = await filesOutside(outDir, new Set([assetsDir, ...OWNED_ELSEWHERE]));
        const removed = files.filter((f) => !keep.has(f) && !SITEMAP_FILE.test(path.relative(outDir, f)));
        for (const f of removed) await rm(f, { force: true });
        await removeEmptyFolders(outDir, removed);
        if (removed.length) logger.info(`${removed.length} file(s) from earlier builds removed`);
      },
    },
  };
}
