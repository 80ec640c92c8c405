import { availableParallelism, freemem } from 'node:os';

/**
 * What one drawing worker may hold at its peak: its V8 heap (capped at 128 MB, src/cards/pool.ts)
 * plus satori's and resvg's native memory and a card's pixels (a few MB each).
 */
export const WORKER_BYTES = 256 * 1024 * 1024;

/** Memory left to the build itself (Astro, Vite, the content store, the pages) before any worker. */
export const BUILD_BYTES = 1024 * 1024 * 1024;

/**
 * How many card workers a build runs: one per core, but no more than the memory the machine has
 * free beside the build allows (at least one); `HUB_CARD_WORKERS` sets the number outright.
 */
export function cardWorkers(env: Record<string, string | undefined> = process.env, cores = availableParallelism(), free = freeBytes()): number {
  const set = env.HUB_CARD_WORKERS;
  if (set !== undefined && set !== '') {
    const n = Number(set);
    if (!Number.isInteger(n) || n < 1) throw new Error(`HUB_CARD_WORKERS="${set}" must be a whole number of workers, 1 or more`);
    return n;
  }
  return Math.max(1, Math.min(cores, Math.floor((free - BUILD_BYTES) / WORKER_BYTES)));
}

/** Free memory: the machine's, or the container's limit where that is lower. */
function freeBytes(): number {
  const limit = process.constrainedMemory();
  const used = process.memoryUsage.rss();
  return limit > 0 && limit < Number.MAX_SAFE_INTEGER ? Math.min(freemem(), limit - used) : freemem();
}
