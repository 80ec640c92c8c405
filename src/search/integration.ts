import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Writes the Pagefind search index of the built site into `pagefind/`: one index per page language
 * (`<html lang>`), built from the landing pages' articles (`data-pagefind-body`). */
export function search(): AstroIntegration {
  return {
    name: 'ipex-hub:search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const pagefind = await import('pagefind');
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: fileURLToPath(dir) });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`${added.page_count} pages indexed in ${((performance.now() - started) / 1000).toFixed(1)}s`);
      },
    },
  };
}
