import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { filesOutside } from '../output/files.ts';

/** Folders of the output that hold no page: card images, this index, Vite's assets. */
const NO_PAGES = new Set(['og', 'pagefind', '_astro']);

/** Per page: size, modification time and content digest, as of the last index. */
type Pages = Record<string, { size: number; mtimeMs: number; sha: string }>;

/**
 * A digest of every HTML page of the build (paths and bytes): the index depends on nothing else. The
 * output folder is kept between builds, so a page whose size and time are those recorded last time
 * is unchanged and is not read again; only pages written by this build are.
 */
async function pagesDigest(outDir: string, before: Pages): Promise<{ digest: string; pages: Pages }> {
  const files = (await filesOutside(outDir, NO_PAGES)).filter((f) => f.endsWith('.html')).sort();
  const pages: Pages = {};
  const hash = createHash('sha256');
  for (const f of files) {
    const rel = path.relative(outDir, f);
    const { size, mtimeMs } = await stat(f);
    const old = before[rel];
    const sha = old && old.size === size && old.mtimeMs === mtimeMs ? old.sha : createHash('sha256').update(await readFile(f)).digest('hex');
    pages[rel] = { size, mtimeMs, sha };
    hash.update(`${rel}\0${sha}\0`);
  }
  return { digest: hash.digest('hex'), pages };
}

/** Names and sizes of the files under a folder; undefined when it does not exist. Pagefind names its
 * files by their content, so equal listings mean the same index. */
async function listing(dir: string): Promise<string | undefined> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => undefined);
  if (!entries) return undefined;
  const files = entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  const sized = await Promise.all(files.map(async (f) => `${path.relative(dir, f)} ${(await stat(f)).size}`));
  return sized.sort().join('\n');
}

async function sameFiles(a: string, b: string): Promise<boolean> {
  const la = await listing(a);
  return la !== undefined && la === (await listing(b));
}

/** Replaces `target` with the cached index; false when the cache has none. */
async function restore(cached: string, target: string): Promise<boolean> {
  await rm(target, { recursive: true, force: true });
  return cp(cached, target, { recursive: true }).then(() => true, () => false);
}

/** Writes the Pagefind search index of the built site into `pagefind/`: one index per page language
 * (`<html lang>`), built from the landing pages' articles (`data-pagefind-body`). Indexing reads every
 * page, so when no page changed since the last build the previous index is copied from the cache. */
export function search(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'ipex-hub:search',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = path.join(fileURLToPath(config.cacheDir), 'pagefind');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const target = path.join(outDir, 'pagefind');
        const stamp = path.join(cacheDir, 'pages.json');
        const saved = JSON.parse(await readFile(stamp, 'utf8').catch(() => '{}')) as { digest?: string; pages?: Pages };
        const { digest, pages } = await pagesDigest(outDir, saved.pages ?? {});
        if (saved.digest === digest && (await sameFiles(path.join(cacheDir, 'index'), target) || (await restore(path.join(cacheDir, 'index'), target)))) {
          logger.info(`0 pages indexed in ${((performance.now() - started) / 1000).toFixed(1)}s (no page changed: the index was kept)`);
          return;
        }
        const pagefind = await import('pagefind');
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        await rm(target, { recursive: true, force: true });
        const written = await index.writeFiles({ outputPath: target });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        // The stamp goes last: an interrupted copy leaves no stamp, and the next build indexes again.
        await rm(cacheDir, { recursive: true, force: true });
        await mkdir(cacheDir, { recursive: true });
        await cp(target, path.join(cacheDir, 'index'), { recursive: true });
        await writeFile(stamp, JSON.stringify({ digest, pages }));
        logger.info(`${added.page_count} pages indexed in ${((performance.now() - started) / 1000).toFixed(1)}s`);
      },
    },
  };
}
