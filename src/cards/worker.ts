import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { renderCard } from './render.ts';
import type { CardSpec } from './spec.ts';

/** A job for a worker: draw this spec. */
export interface CardJob {
  id: number;
  spec: CardSpec;
}
/**
 * A worker's answer: the PNG, or why it failed; with the milliseconds the drawing took, the CPU
 * milliseconds of this thread (PNG compression and garbage collection run on shared threads), and
 * the bytes this thread's JavaScript holds (V8's heap and buffers), for the pool to recycle it.
 */
export type CardResult = { id: number; png: Uint8Array; ms: number; cpu: number; memory: number } | { id: number; error: string };

parentPort?.on('message', async (job: CardJob) => {
  const start = performance.now();
  const cpu = process.threadCpuUsage();
  try {
    const png = await renderCard(job.spec);
    const used = process.threadCpuUsage(cpu);
    const heap = getHeapStatistics();
    const memory = heap.used_heap_size + heap.external_memory;
    const result: CardResult = { id: job.id, png, ms: performance.now() - start, cpu: (used.user + used.system) / 1000, memory };
    // Copied, not transferred: sharp's buffers may be external memory that cannot move.
    parentPort?.postMessage(result);
  } catch (e) {
    parentPort?.postMessage({ id: job.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) } satisfies CardResult);
  }
});
