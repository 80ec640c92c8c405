import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** A digest of every HTML page of the build (paths and bytes): the index depends on nothing else. */
async function pagesDigest(outDir: string): Promise<string> {
  const files = (await readdir(outDir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  const hash = createHash('sha256');
  for (const f of files) hash.update(`${path.relative(outDir, f)}\0`).update(await readFile(f)).update('\0');
  return hash.digest('hex');
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
        const digest = await pagesDigest(outDir);
        const stamp = path.join(cacheDir, 'pages.sha256');
        const saved = await readFile(stamp, 'utf8').catch(() => '');
        if (saved === digest && (await cp(path.join(cacheDir, 'index'), target, { recursive: true }).then(() => true, () => false))) {
          logger.info(`0 pages indexed in ${((performance.now() - started) / 1000).toFixed(1)}s (no page changed: the index was copied from the cache)`);
          return;
        }
        const pagefind = await import('pagefind');
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: target });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        // The stamp goes last: an interrupted copy leaves no stamp, and the next build indexes again.
        await rm(cacheDir, { recursive: true, force: true });
        await mkdir(cacheDir, { recursive: true });
        await cp(target, path.join(cacheDir, 'index'), { recursive: true });
        await writeFile(stamp, digest);
        logger.info(`${added.page_count} pages indexed in ${((performance.now() - started) / 1000).toFixed(1)}s`);
      },
    },
  };
}
