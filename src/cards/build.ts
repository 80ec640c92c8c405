import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { remember } from '../model/memo.ts';
import type { CardCache } from './cache.ts';
import { cardKey } from './key.ts';
import type { CardPool } from './pool.ts';
import type { CardSpec } from './spec.ts';

/** One card to produce: what it shows and the site path it is published at. */
export interface CardEntry {
  spec: CardSpec;
  path: string;
  /** `cardKey(spec)`, when the list's maker has it already (the key is in the path): not hashed again. */
  key?: string | undefined;
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

/**
 * Cards in flight at once: enough to keep every worker busy while others wait on the file system,
 * few enough that the pool's queue, the PNGs on their way to the cache and the open files stay small.
 */
const IN_FLIGHT = 32;

/** Writes every card into `outDir`, drawing only those the cache does not hold; stops at the first failure. */
export async function writeCards(entries: CardEntry[], opts: { outDir: string; cache: CardCache; pool: CardPool }): Promise<CardStats> {
  const stats: CardStats = { drawn: 0, cached: 0, ms: [], cpu: [], bytes: [] };
  const todo = new Map(entries.map((e) => [e.path, e])).values();
  const dirs = new Map<string, Promise<unknown>>();
  const ensureDir = (dir: string) => remember(dirs, dir, () => mkdir(dir, { recursive: true }));
  let failed = false;
  const one = async ({ spec, path: sitePath, key = cardKey(spec) }: CardEntry) => {
    const cached = opts.cache.stat(key);
    let bytes = cached?.size;
    if (bytes === undefined) {
      const drawn = await opts.pool.draw(spec).catch((e: unknown) => {
        throw new Error(`The card of page "${spec.name}" (${sitePath}) could not be drawn: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
      });
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
    await opts.cache.copyTo(key, file, cached);
  };
  // A few runners share one iterator: the queue never holds more than IN_FLIGHT cards.
  const runner = async () => {
    for (const entry of todo) {
      if (failed) return;
      await one(entry).catch((e: unknown) => {
        failed = true;
        throw e;
      });
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, runner));
  return stats;
}
