import type { SnapshotKind } from '../model/vocabulary.ts';

/** Why a fetch that returned `fetched` items must not replace a snapshot holding `held`, or undefined. */
export function shrinkReason(kind: SnapshotKind, fetched: number, held: number, minRatio: number): string | undefined {
  if (held === 0 || fetched >= held * minRatio) return undefined;
  return `IPEX listed ${fetched} ${kind} items where the snapshot holds ${held}: fewer than ${Math.round(minRatio * 100)}% (--min-ratio ${minRatio})`;
}
