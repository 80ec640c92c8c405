import { parentPort } from 'node:worker_threads';
import { renderCard } from './render.ts';
import type { CardSpec } from './spec.ts';

/** A job for a worker: draw this spec. */
export interface CardJob {
  id: number;
  spec: CardSpec;
}
/** A worker's answer: the PNG, or why it failed; with the milliseconds the drawing took. */
export type CardResult = { id: number; png: Uint8Array; ms: number } | { id: number; error: string };

parentPort?.on('message', async (job: CardJob) => {
  const start = performance.now();
  try {
    const png = await renderCard(job.spec);
    const result: CardResult = { id: job.id, png, ms: performance.now() - start };
    // Copied, not transferred: sharp's buffers may be external memory that cannot move.
    parentPort?.postMessage(result);
  } catch (e) {
    parentPort?.postMessage({ id: job.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) } satisfies CardResult);
  }
});
