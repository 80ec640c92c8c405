import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { filesOutside } from '../output/files.ts';

/** Folders of the output that hold no page: card images, this index, Vite's assets. */
const NO_PAGES = new Set(['og', 'pagefind', '_astro']);

/** Per page: size, modification time and content digest, as of the last index. */
type Pages = Record<string, { size: number; mtimeMs: number; sha: string }>;
/** What the last index was made from (the pages) and what it wrote (its files). */
interface Stamp {
  digest?: string;
  pages?: Pages;
  index?: string[] | undefined;
}

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
    // Synchronous: one awaited call per page cost seconds at 20,000 pages, and nothing else runs now.
    const { size, mtimeMs } = statSync(f);
    const old = before[rel];
    const sha = old && old.size === size && old.mtimeMs === mtimeMs ? old.sha : createHash('sha256').update(readFileSync(f)).digest('hex');
    pages[rel] = { size, mtimeMs, sha };
    hash.update(`${rel}\0${sha}\0`);
  }
  return { digest: hash.digest('hex'), pages };
}

/** The files under a folder (relative, sorted); undefined when it does not exist. Pagefind names its
 * files by their content, so equal listings mean the same index: no file needs reading or sizing. */
async function listing(dir: string): Promise<string[] | undefined> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => undefined);
  return entries?.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
}

const same = (a: string[] | undefined, b: string[] | undefined) => a !== undefined && b !== undefined && a.length === b.length && a.every((x, i) => x === b[i]);

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
        const saved = JSON.parse(await readFile(stamp, 'utf8').catch(() => '{}')) as Stamp;
        const { digest, pages } = await pagesDigest(outDir, saved.pages ?? {});
        if (saved.digest === digest) {
          const cached = path.join(cacheDir, 'index');
          const index = saved.index ?? (await listing(cached));
          if (same(await listing(target), index) || (await restore(cached, target))) {
            // Same pages, maybe rewritten (same bytes, new times): record the times, or every later
            // build would read them all again.
            const moved = Object.entries(pages).some(([p, v]) => saved.pages?.[p]?.mtimeMs !== v.mtimeMs);
            if (moved || !saved.index) await writeFile(stamp, JSON.stringify({ digest, pages, index: saved.index ?? (await listing(target)) } satisfies Stamp));
            logger.info(`0 pages indexed in ${((performance.now() - started) / 1000).toFixed(1)}s (no page changed: the index was kept)`);
            return;
          }
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
        await writeFile(stamp, JSON.stringify({ digest, pages, index: await listing(target) } satisfies Stamp));
        logger.info(`${added.page_count} pages indexed in ${((performance.now() - started) / 1000).toFixed(1)}s`);
      },
    },
  };
}
