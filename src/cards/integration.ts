import { readFile, rm } from 'node:fs/promises';
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
