import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../files/atomic.ts';
import { serializeSnapshot } from './history.ts';
import type { EvaluationSnapshot } from './schema.ts';

// Writing lives apart from reading so that the build (which only reads) never imports the sync's writer.

/**
 * Writes the day's snapshot (replacing that day's only). When the history held sample data, the
 * sample files are removed first: a real history never mixes with the sample.
 */
export async function writeSnapshot(dir: string, s: EvaluationSnapshot, history: EvaluationSnapshot[]): Promise<void> {
  if (!s.sample) {
    for (const old of history.filter((h) => h.sample)) await rm(path.join(dir, `${old.date}.json`), { force: true });
  }
  await mkdir(dir, { recursive: true });
  await writeFileAtomic(path.join(dir, `${s.date}.json`), serializeSnapshot(s));
}
