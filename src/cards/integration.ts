import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CardCache, defaultCacheDir } from './cache.ts';
import { writeCards, type CardEntry, type CardStats } from './build.ts';
import { receiveCardList } from './handoff.ts';
import { CardPool } from './pool.ts';
import { cardWorkers } from './workers.ts';

/** Cards being drawn: the pool, and the run's end. */
interface CardRun {
  pool: CardPool;
  done: Promise<CardStats>;
  started: number;
  entries: CardEntry[];
}

function startRun(entries: CardEntry[], outDir: string, workers: number): CardRun {
  const pool = new CardPool(workers);
  const done = writeCards(entries, { outDir, cache: new CardCache(defaultCacheDir()), pool });
  // Awaited in astro:build:done; until then a failure must not end the process unreported.
  done.catch(() => undefined);
  return { pool, done, started: performance.now(), entries };
}

/** The output folder is kept between builds (src/output/): cards no page shows any more go. */
async function removeUnlisted(outDir: string, entries: CardEntry[], manifest: string): Promise<void> {
  const listed = new Set(entries.map((e) => path.join(outDir, e.path)));
  for (const e of await readdir(path.join(outDir, 'og'), { recursive: true, withFileTypes: true })) {
    const f = path.join(e.parentPath, e.name);
    if (e.isFile() && f !== manifest && !listed.has(f)) await rm(f);
  }
}

/**
 * Draws every card the pages reference, in worker threads, reusing the cache. The og/cards.json
 * endpoint hands the list over while pages are still being generated, so drawing starts then, with
 * one worker fewer than `cardWorkers()` (the pages keep a core), and takes them all once the pages
 * are written. Without a hand-over (the endpoint's file restored from a cache), the list is read
 * from og/cards.json after the build.
 */
export function cards(): AstroIntegration {
  let outDir = '';
  let run: CardRun | undefined;
  let stopListening = () => {};
  return {
    name: 'ipex-hub:cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': ({ logger }) => {
        stopListening = receiveCardList((entries) => {
          run ??= startRun(entries, outDir, cardWorkers() - 1);
          logger.info(`drawing ${entries.length} cards while pages render (workers: ${run.pool.size})`);
        });
      },
      'astro:build:generated': () => {
        run?.pool.resize(cardWorkers());
      },
      'astro:build:done': async ({ dir, logger }) => {
        stopListening();
        const manifest = fileURLToPath(new URL('og/cards.json', dir));
        const waited = performance.now();
        try {
          run ??= startRun(JSON.parse(await readFile(manifest, 'utf8')) as CardEntry[], fileURLToPath(dir), cardWorkers());
          const s = await run.done;
          await removeUnlisted(fileURLToPath(dir), run.entries, manifest);
          const secs = (ms: number) => (ms / 1000).toFixed(1);
          logger.info(
            `${s.drawn + s.cached} cards (${s.drawn} drawn, ${s.cached} from cache) in ${secs(performance.now() - run.started)}s, ${secs(performance.now() - waited)}s of it after the pages`,
          );
        } finally {
          await run?.pool.close();
          run = undefined;
          await rm(manifest, { force: true });
        }
      },
    },
  };
}
