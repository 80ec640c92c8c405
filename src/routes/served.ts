import { contentDir } from '../content/loader.ts';
import { leftOutKinds, snapshotStates } from '../content/served.ts';
import type { SnapshotKind } from '../model/vocabulary.ts';

/** The kinds this build leaves out (IPEX did not serve them): decided once, from the snapshot files' envelopes. */
export const LEFT_OUT: ReadonlySet<SnapshotKind> = new Set(leftOutKinds(snapshotStates(contentDir)).map((l) => l.kind));

/** Whether a section of the site is published: every section but a left-out kind's. */
export function isServed(section: string): boolean {
  return ![...LEFT_OUT].some((kind) => kind === section);
}
