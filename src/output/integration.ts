import { readdir, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { filesOutside, filesUnder } from './files.ts';

/** Folders other integrations own: each removes what it no longer writes (cards, search index). */
const OWNED_ELSEWHERE = ['og', 'pagefind'];

/** Removes empty folders under `dir` (deepest first), keeping `dir` itself. */
async function removeEmptyFolders(dir: string): Promise<void> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const folders = entries.filter((e) => e.isDirectory()).map((e) => path.join(e.parentPath, e.name));
  for (const f of folders.sort((a, b) => b.length - a.length)) await rmdir(f).catch(() => undefined);
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
      },
      // Rewritten by every build: Vite's assets and the sitemap (whose file count may shrink).
      'astro:build:start': async () => {
        await rm(path.join(outDir, assetsDir), { recursive: true, force: true });
        for (const f of await readdir(outDir).catch(() => [])) if (/^sitemap-.*\.xml$/.test(f)) await rm(path.join(outDir, f));
      },
      'astro:build:done': async ({ assets, logger }) => {
        const keep = new Set<string>();
        for (const urls of assets.values()) for (const u of urls) keep.add(fileURLToPath(u));
        for (const f of await filesUnder(publicDir)) keep.add(path.join(outDir, path.relative(publicDir, f)));
        const files = await filesOutside(outDir, new Set([assetsDir, ...OWNED_ELSEWHERE]));
        let removed = 0;
        for (const f of files) {
          if (keep.has(f)) continue;
          await rm(f, { force: true });
          removed++;
        }
        await removeEmptyFolders(outDir);
        if (removed) logger.info(`${removed} file(s) from earlier builds removed`);
      },
    },
  };
}
