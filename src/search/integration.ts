import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { indexParts } from './parts.ts';

/** Writes the Pagefind search index of the built site into `pagefind/`, in parts (language, section
 * and month, year or bucket; src/routes/search-part.ts) that the search page merges: a build indexes again only the parts
 * whose pages changed, and keeps the others. */
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
        const run = await indexParts(fileURLToPath(dir), cacheDir);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`${run.pages} pages indexed in ${seconds}s (${run.indexed.length} parts indexed, ${run.kept.length} kept)`);
      },
    },
  };
}
