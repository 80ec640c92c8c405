import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import type { CardCache } from './cache.ts';
import { cardKey } from './key.ts';
import type { CardPool } from './pool.ts';
import type { CardSpec } from './spec.ts';

/** One card to produce: what it shows and the site path it is published at. */
export interface CardEntry {
  spec: CardSpec;
  path: string;
}

/** What a run did: cards drawn anew (with their times) and cards taken from the cache. */
export interface CardStats {
  drawn: number;
  cached: number;
  /** Milliseconds each drawn card took in its worker. */
  ms: number[];
  /** CPU milliseconds of the worker's thread for each drawn card. */
  cpu: number[];
  /** Bytes of every card written. */
  bytes: number[];
}

/** Writes every card into `outDir`, drawing only those the cache does not hold. */
export async function writeCards(entries: CardEntry[], opts: { outDir: string; cache: CardCache; pool: CardPool }): Promise<CardStats> {
  const stats: CardStats = { drawn: 0, cached: 0, ms: [], cpu: [], bytes: [] };
  const unique = new Map(entries.map((e) => [e.path, e]));
  // Enough in flight to keep every worker busy, few enough to stay clear of file-handle limits.
  const limit = pLimit(32);
  const dirs = new Map<string, Promise<unknown>>();
  const ensureDir = (dir: string) => dirs.get(dir) ?? dirs.set(dir, mkdir(dir, { recursive: true })).get(dir);
  await Promise.all(
    [...unique.values()].map(({ spec, path: sitePath }) => limit(async () => {
      const key = cardKey(spec);
      let bytes = await opts.cache.size(key);
      if (bytes === undefined) {
        const drawn = await opts.pool.draw(spec);
        stats.drawn++;
        stats.ms.push(drawn.ms);
        stats.cpu.push(drawn.cpu);
        await opts.cache.put(key, drawn.png);
        bytes = drawn.png.length;
      } else {
        stats.cached++;
      }
      stats.bytes.push(bytes);
      const file = path.join(opts.outDir, sitePath);
      await ensureDir(path.dirname(file));
      await opts.cache.copyTo(key, file);
    })),
  );
  return stats;
}
