import { stat } from 'node:fs/promises';
import path from 'node:path';
import { ContentError, fromZod } from '../model/errors.ts';
import { readJsonFile, shownDir } from './files.ts';
import { snapshotEnvelope } from '../model/schemas.ts';
import type { SnapshotKind } from '../model/vocabulary.ts';

/** A raw item from a snapshot file, not yet validated, with where it came from. */
export interface RawItem {
  file: string;
  index: number;
  data: Record<string, unknown>;
}

/** One snapshot file as stored: the envelope's facts and its raw items. */
export interface Snapshot {
  /** The file as error messages name it. */
  file: string;
  /** True for the committed sample data. */
  sample: boolean;
  items: RawItem[];
}

/** The snapshot file of a kind, relative to the content folder. */
export function snapshotFile(kind: SnapshotKind): string {
  return path.join('snapshot', `${kind}.json`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Snapshots read while their file is unchanged (size, time, inode): each collection's loader reads
 * every snapshot for the tag labels, and one parse of each file serves them all. Held weakly: the
 * memory is let go once no loader uses it. */
const read = new Map<string, { stamp: string; snapshot: WeakRef<Snapshot> }>();

/**
 * Reads one snapshot file, the one reader of the build and the sync: undefined when the file does
 * not exist; any other problem throws a ContentError naming the file, the item and the field.
 */
export async function readSnapshotFile(contentDir: string, kind: SnapshotKind, shown: string = shownDir(contentDir)): Promise<Snapshot | undefined> {
  const full = path.join(contentDir, snapshotFile(kind));
  const s = await stat(full).catch(() => undefined);
  const stamp = s ? `${s.size}:${s.mtimeMs}:${s.ino}:${shown}` : '';
  const known = read.get(full);
  const kept = known?.stamp === stamp ? known.snapshot.deref() : undefined;
  if (kept) return kept;
  const snapshot = await parseSnapshotFile(contentDir, kind, shown);
  if (snapshot && stamp) read.set(full, { stamp, snapshot: new WeakRef(snapshot) });
  return snapshot;
}

async function parseSnapshotFile(contentDir: string, kind: SnapshotKind, shown: string): Promise<Snapshot | undefined> {
  const file = path.join(shown, snapshotFile(kind));
  const json = await readJsonFile(path.join(contentDir, snapshotFile(kind)), file);
  if (json === undefined) return undefined;
  const env = snapshotEnvelope.safeParse(json);
  if (!env.success) throw fromZod({ file }, env.error);
  if (env.data.kind !== kind) throw new ContentError({ file }, 'kind', `is "${env.data.kind}", expected "${kind}"`);
  const items = env.data.items.map((data, index) => {
    if (!isRecord(data)) throw new ContentError({ file, id: `#${index}` }, '(item)', 'must be an object');
    return { file, index, data };
  });
  return { file, sample: env.data.sample, items };
}

/** Reads one snapshot file for the build. A missing file is an error too: a build never goes on
 * silently with an empty collection (a kind with no items has a snapshot file with an empty `items`). */
export async function readSnapshot(contentDir: string, kind: SnapshotKind, shown: string = shownDir(contentDir)): Promise<Snapshot> {
  const snapshot = await readSnapshotFile(contentDir, kind, shown);
  if (snapshot) return snapshot;
  throw new ContentError({ file: path.join(shown, snapshotFile(kind)) }, '(file)', 'is missing: run `npm run sync` to fetch IPEX data, or `npm run sample` for the sample snapshot');
}
