import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import path from 'node:path';
import { snapshotEnvelope } from '../model/schemas.ts';
import { SNAPSHOT_KINDS, type SnapshotKind } from '../model/vocabulary.ts';
import { isMissing } from './files.ts';
import { snapshotFile } from './snapshot.ts';

/** What a kind's snapshot file holds, as far as publishing it goes (`empty`: real, with no items). */
export type SnapshotState = 'missing' | 'sample' | 'empty' | 'real';

/** A kind the build leaves out (no section, navigation entry, feed or search entry), and why. */
export interface LeftOut {
  kind: SnapshotKind;
  reason: string;
}

/**
 * The kinds to leave out, given each kind's snapshot state. Before any real sync everything is
 * published (the sample site). Once a sync has run, a kind still holding the sample (IPEX did not
 * serve it, or served nothing) is left out rather than shown as if real, and so is a kind IPEX
 * served no items of. A missing file is not left out: the build's reader stops on it, as ever.
 */
export function leftOutKinds(states: ReadonlyMap<SnapshotKind, SnapshotState>): LeftOut[] {
  const synced = [...states.values()].some((s) => s === 'real' || s === 'empty');
  if (!synced) return [];
  return SNAPSHOT_KINDS.flatMap((kind) => {
    const state = states.get(kind);
    if (state !== 'sample' && state !== 'empty') return [];
    const why = state === 'sample' ? 'its snapshot still holds the sample data, while IPEX data has been synced' : 'IPEX served no items of it';
    return [{ kind, reason: `${kind} left out: ${why} (no section, navigation entry, feed or search entry; see npm run sync -- --probe)` }];
  });
}

/** The `sample` flag of a snapshot file, read from its envelope's first bytes (the sync and `npm run
 * sample` write it before the items); the whole file only when the head does not say. */
function stateOf(file: string): SnapshotState {
  let head: string;
  try {
    const fd = openSync(file, 'r');
    try {
      const buffer = Buffer.alloc(512);
      head = buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0)).toString('utf8');
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    if (isMissing(e)) return 'missing';
    // Unreadable: the build's own reader names the problem; publish as usual until then.
    return 'real';
  }
  const flag = /"sample"\s*:\s*(true|false)/.exec(head)?.[1];
  if (flag === 'true') return 'sample';
  // An empty list fits in the head; a file whose head does not say is read whole (hand-written ones).
  if (flag === 'false' && !/"items"\s*:\s*\[\s*\]/.test(head) && head.length === 512) return 'real';
  try {
    const env = snapshotEnvelope.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    // A broken envelope counts as real, so that the build's reader stops on it and names the field.
    if (!env.success) return 'real';
    return env.data.sample ? 'sample' : env.data.items.length === 0 ? 'empty' : 'real';
  } catch {
    return 'real';
  }
}

/** Each kind's snapshot state in a content folder, without reading the items. */
export function snapshotStates(dir: string): Map<SnapshotKind, SnapshotState> {
  return new Map(SNAPSHOT_KINDS.map((kind) => [kind, stateOf(path.join(dir, snapshotFile(kind)))]));
}

/** True while the site is the sample: some snapshot holds it and none holds IPEX data. Examples about
 * people (sample members, the sample discussion) apply only then, never beside real data. */
export function isSampleSite(states: ReadonlyMap<SnapshotKind, SnapshotState>): boolean {
  const all = [...states.values()];
  return all.includes('sample') && !all.includes('real');
}
