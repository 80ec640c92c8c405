import type { AstroIntegration } from 'astro';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** The build's stages as the hooks mark them; the peak is put down to the stage it fell in. */
type Stage = 'the content sync' | 'bundling' | 'pages' | 'cards, search and sitemap';

const MB = (bytes: number) => `${Math.round(bytes / 1024 / 1024).toLocaleString('en')} MB`;

/**
 * The garbage collector, to call at a stage's end. V8 collects when JavaScript allocates, and after
 * the pages the main thread allocates little while it waits for the card workers (minutes in a cold
 * build) and Pagefind: the pages' garbage stayed resident through those stages. Node exposes the
 * collector with --expose-gc; without it, the flag set now installs it in a new context.
 */
function collector(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/**
 * Logs where the build's memory peaks: the process's resident memory sampled every 100 ms, the stage
 * it peaked in, and what the main thread's V8 heap and buffers held then. The rest is memory no
 * JavaScript object of the main thread accounts for: card workers, the bundler's native memory,
 * compiled code, the allocator's free lists. One line per build, for the hourly log and the
 * benchmark. Placed last, its `astro:build:done` runs after the cards, the search index and the sitemap.
 * Once the pages are written, it collects their garbage (`collector`) and says what that freed.
 */
export function memoryLog(): AstroIntegration {
  let stage: Stage = 'the content sync';
  let peak: (NodeJS.MemoryUsage & { stage: Stage }) | undefined;
  let timer: NodeJS.Timeout | undefined;
  let building = false;
  let collected = '';
  const sample = () => {
    const now = process.memoryUsage();
    if (!peak || now.rss > peak.rss) peak = { ...now, stage };
  };
  return {
    name: 'ipex-hub:memory',
    hooks: {
      'astro:config:done': () => {
        stage = 'the content sync';
        peak = undefined;
        collected = '';
        // Builds only: the dev server and `astro sync` have no peak to report.
        if (!building) return;
        timer = setInterval(sample, 100);
        timer.unref();
      },
      'astro:config:setup': ({ command, updateConfig }) => {
        building = command === 'build';
        // Pages are generated once the bundles are written (the prerender bundle, then the client's a
        // tenth of a second later): the first one written ends the bundling.
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'ipex-hub:memory-stage',
                writeBundle: () => {
                  sample();
                  if (stage === 'bundling') stage = 'pages';
                },
              },
            ],
          },
        });
      },
      'astro:build:start': () => {
        sample();
        stage = 'bundling';
      },
      'astro:build:generated': () => {
        sample();
        stage = 'cards, search and sitemap';
        const before = process.memoryUsage();
        const started = performance.now();
        collector()();
        const after = process.memoryUsage();
        collected = `; after the pages, a collection freed ${MB(before.heapUsed - after.heapUsed)} of the heap in ${Math.round(performance.now() - started)} ms`;
      },
      'astro:build:done': ({ logger }) => {
        sample();
        clearInterval(timer);
        if (!peak) return;
        const { rss, heapUsed, heapTotal, external } = peak;
        logger.info(
          `memory: peak ${MB(rss)} during ${peak.stage} (main thread's V8 heap ${MB(heapUsed)} in use of ${MB(heapTotal)}, buffers ${MB(external)}, the rest ${MB(rss - heapTotal - external)})${collected}`,
        );
      },
    },
  };
}
