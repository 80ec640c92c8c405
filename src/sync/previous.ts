import { readSnapshotFile } from '../content/snapshot.ts';
import type { SnapshotKind } from '../model/vocabulary.ts';
import type { PreviousSnapshot } from './types.ts';

/** The previous snapshot of a kind: absent, readable, or broken (then it must not be overwritten). */
export type PreviousRead = { state: 'missing' } | { state: 'ok'; snapshot: PreviousSnapshot } | { state: 'broken'; reason: string };

/** Reads `<dir>/snapshot/<kind>.json` as the previous run left it, with the build's reader. */
export async function readPrevious(dir: string, kind: SnapshotKind): Promise<PreviousRead> {
  try {
    const snapshot = await readSnapshotFile(dir, kind);
    if (!snapshot) return { state: 'missing' };
    return { state: 'ok', snapshot: { sample: snapshot.sample, items: snapshot.items.map((i) => i.data) } };
  } catch (e) {
    return { state: 'broken', reason: `${e instanceof Error ? e.message : String(e)}; fix or restore it before syncing` };
  }
}
