import type { AstroIntegration } from 'astro';

/** The build's stages as the hooks mark them; the peak is put down to the stage it fell in. */
type Stage = 'the content sync' | 'bundling' | 'pages' | 'cards, search and sitemap';

const MB = (bytes: number) => `${Math.round(bytes / 1024 / 1024).toLocaleString('en')} MB`;

/**
 * Logs where the build's memory peaks: the process's resident memory sampled every 100 ms, the stage
 * it peaked in, and what the main thread's V8 heap and buffers held then. The rest is memory no
 * JavaScript object of the main thread accounts for: card workers, the bundler's native memory,
 * compiled code, the allocator's free lists. One line per build, for the hourly log and the
 * benchmark. Placed last, its `astro:build:done` runs after the cards, the search index and the sitemap.
 */
export function memoryLog(): AstroIntegration {
  let stage: Stage = 'the content sync';
  let peak: (NodeJS.MemoryUsage & { stage: Stage }) | undefined;
  let timer: NodeJS.Timeout | undefined;
  let building = false;
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
      },
      'astro:build:done': ({ logger }) => {
        sample();
        clearInterval(timer);
        if (!peak) return;
        const { rss, heapUsed, heapTotal, external } = peak;
        logger.info(
          `memory: peak ${MB(rss)} during ${peak.stage} (main thread's V8 heap ${MB(heapUsed)} in use of ${MB(heapTotal)}, buffers ${MB(external)}, the rest ${MB(rss - heapTotal - external)})`,
        );
      },
    },
  };
}
