import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CardSpec } from './spec.ts';
import type { CardJob, CardResult } from './worker.ts';

/** A drawn card, the time it took in its worker and the CPU time of the worker's thread. */
export interface Drawn {
  png: Buffer;
  ms: number;
  cpu: number;
}

/** Worker threads that draw cards, one job at a time each. */
export class CardPool {
  private readonly workers: Worker[];
  private readonly idle: Worker[] = [];
  private readonly queue: { job: CardJob; resolve: (d: Drawn) => void; reject: (e: Error) => void }[] = [];
  private readonly pending = new Map<number, { worker: Worker; resolve: (d: Drawn) => void; reject: (e: Error) => void }>();
  private nextId = 0;
  /** Number of worker threads. */
  readonly size: number;

  constructor(size = availableParallelism()) {
    this.size = Math.max(1, size);
    // resvg's allocator (mimalloc) hands each freed 3 MB pixmap back to the system and faults
    // fresh pages in for the next card; kept, they save about 2 ms of CPU per card. Read once,
    // when the worker first loads resvg, so it is set before any worker starts.
    process.env.MIMALLOC_PURGE_DELAY ??= '-1';
    const url = new URL('./worker.ts', import.meta.url);
    this.workers = Array.from({ length: this.size }, () => {
      const w = new Worker(url);
      w.on('message', (r: CardResult) => this.done(w, r));
      w.on('error', (e) => this.fail(w, e));
      this.idle.push(w);
      return w;
    });
  }

  /** Draws one card on the next free worker. */
  draw(spec: CardSpec): Promise<Drawn> {
    return new Promise((resolve, reject) => {
      this.queue.push({ job: { id: this.nextId++, spec }, resolve, reject });
      this.pump();
    });
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private pump(): void {
    while (this.idle.length && this.queue.length) {
      const w = this.idle.pop();
      const next = this.queue.shift();
      if (!w || !next) return;
      this.pending.set(next.job.id, { worker: w, resolve: next.resolve, reject: next.reject });
      w.postMessage(next.job);
    }
  }

  private done(w: Worker, r: CardResult): void {
    const p = this.pending.get(r.id);
    this.pending.delete(r.id);
    this.idle.push(w);
    if ('error' in r) p?.reject(new Error(`Card rendering failed: ${r.error}`));
    else p?.resolve({ png: Buffer.from(r.png.buffer, r.png.byteOffset, r.png.byteLength), ms: r.ms, cpu: r.cpu });
    this.pump();
  }

  private fail(w: Worker, e: Error): void {
    for (const [id, p] of this.pending) {
      if (p.worker === w) {
        this.pending.delete(id);
        p.reject(e);
      }
    }
  }
}
