import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { resvgLoaded, resvgLoading } from './allocator.ts';
import type { CardSpec } from './spec.ts';
import type { CardJob, CardResult } from './worker.ts';

/** A drawn card, the time it took in its worker and the CPU time of the worker's thread. */
export interface Drawn {
  png: Buffer;
  ms: number;
  cpu: number;
}

/**
 * A worker's V8 heap: small, so that satori's garbage is collected early rather than grown into.
 * Unbounded, a worker's heap passed 230 MB within 500 cards; bounded, it stays near 45 MB (live
 * data is about 35 MB) at the same speed.
 */
const HEAP_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 128 };

/**
 * A worker whose heap (V8's, plus the buffers it holds outside it) passes this after a card is
 * replaced by a fresh one, well before the limit above would stop it: whatever grows in a long run
 * (caches, fragmentation) cannot pile up.
 */
export const RECYCLE_BYTES = 96 * 1024 * 1024;

type Waiter = { resolve: (d: Drawn) => void; reject: (e: Error) => void };

/** Worker threads that draw cards, one job at a time each; the queue holds what callers submit. */
export class CardPool {
  private readonly workers = new Set<Worker>();
  private readonly idle: Worker[] = [];
  private readonly queue: ({ job: CardJob } & Waiter)[] = [];
  private readonly pending = new Map<Worker, Waiter>();
  private nextId = 0;
  private target: number;
  private readonly recycleBytes: number;
  /** Workers replaced because their memory grew past the limit. */
  recycled = 0;

  constructor(size = availableParallelism(), recycleBytes = RECYCLE_BYTES) {
    this.recycleBytes = recycleBytes;
    // Workers start with the first card: a build whose cards all come from the cache starts none.
    this.target = Math.max(1, size);
  }

  /** Number of worker threads drawing (or about to). */
  get size(): number {
    return this.target;
  }

  /** Changes the number of workers: more start at once, fewer as busy ones finish their card. */
  resize(size: number): void {
    this.target = Math.max(1, size);
    if (this.workers.size > 0) this.fill();
    while (this.workers.size > this.target && this.idle.length) this.retire(this.idle.pop());
  }

  /** Draws one card on the next free worker. */
  draw(spec: CardSpec): Promise<Drawn> {
    return new Promise((resolve, reject) => {
      this.queue.push({ job: { id: this.nextId++, spec }, resolve, reject });
      this.fill();
    });
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    this.target = 0;
    await Promise.all([...this.workers].map((w) => w.terminate()));
    this.workers.clear();
  }

  /** Worker threads started and not stopped. */
  get running(): number {
    return this.workers.size;
  }

  /** Starts workers up to the target, but only for cards waiting: an hour's few cards, drawn while the
   * pages render, do not start a second worker (its modules and fonts, about 100 MB) once they are done. */
  private fill(): void {
    while (this.workers.size < this.target && this.idle.length < this.queue.length) {
      resvgLoading();
      const w = new Worker(new URL('./worker.ts', import.meta.url), { resourceLimits: HEAP_LIMITS });
      w.on('message', (r: CardResult) => {
        resvgLoaded();
        this.done(w, r);
      });
      w.on('error', (e) => this.fail(w, e));
      this.workers.add(w);
      this.idle.push(w);
    }
    this.pump();
  }

  private retire(w: Worker | undefined): void {
    if (!w) return;
    this.workers.delete(w);
    void w.terminate();
  }

  private pump(): void {
    while (this.idle.length && this.queue.length) {
      const w = this.idle.pop();
      const next = this.queue.shift();
      if (!w || !next) return;
      this.pending.set(w, { resolve: next.resolve, reject: next.reject });
      w.postMessage(next.job);
    }
  }

  private done(w: Worker, r: CardResult): void {
    const p = this.pending.get(w);
    this.pending.delete(w);
    if ('error' in r) p?.reject(new Error(r.error));
    else p?.resolve({ png: Buffer.from(r.png.buffer, r.png.byteOffset, r.png.byteLength), ms: r.ms, cpu: r.cpu });
    if (this.workers.size > this.target) this.retire(w);
    else if ('memory' in r && r.memory > this.recycleBytes) {
      this.recycled++;
      this.retire(w);
      this.fill();
    } else this.idle.push(w);
    this.pump();
  }

  /** A worker that crashed is replaced; only its own card fails. */
  private fail(w: Worker, e: Error): void {
    const p = this.pending.get(w);
    this.pending.delete(w);
    p?.reject(e);
    this.workers.delete(w);
    const i = this.idle.indexOf(w);
    if (i >= 0) this.idle.splice(i, 1);
    if (this.target > 0) this.fill();
  }
}
