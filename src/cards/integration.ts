import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CardCache, defaultCacheDir } from './cache.ts';
import { writeCards, type CardEntry } from './build.ts';
import { CardPool } from './pool.ts';

/** Draws every card listed in `og/cards.json` after the build, in worker threads, reusing the cache. */
export function cards(): AstroIntegration {
  return {
    name: 'ipex-hub:cards',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const manifest = fileURLToPath(new URL('og/cards.json', dir));
        const entries = JSON.parse(await readFile(manifest, 'utf8')) as CardEntry[];
        const started = performance.now();
        const pool = new CardPool();
        try {
          const s = await writeCards(entries, { outDir, cache: new CardCache(defaultCacheDir()), pool });
          // The output folder is kept between builds (src/output/): cards no page shows any more go.
          const listed = new Set(entries.map((e) => path.join(outDir, e.path)));
          const og = path.join(outDir, 'og');
          for (const e of await readdir(og, { recursive: true, withFileTypes: true })) {
            const f = path.join(e.parentPath, e.name);
            if (e.isFile() && f !== manifest && !listed.has(f)) await rm(f);
          }
          const secs = ((performance.now() - started) / 1000).toFixed(1);
          logger.info(`${s.drawn + s.cached} cards (${s.drawn} drawn, ${s.cached} from cache) in ${secs}s`);
        } finally {
          await pool.close();
          await rm(manifest);
        }
      },
    },
  };
}
