import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ContentError, fromZod } from './errors.ts';
import { snapshotEnvelope } from '../model/schemas.ts';
import type { SnapshotKind } from '../model/vocabulary.ts';

/** A raw item from a snapshot file, not yet validated, with where it came from. */
export interface RawItem {
  file: string;
  index: number;
  data: Record<string, unknown>;
}

/** The snapshot file of a kind, relative to the content folder. */
export function snapshotFile(kind: SnapshotKind): string {
  return path.join('snapshot', `${kind}.json`);
}

/** Reads one snapshot file. A missing file is an error too: a build never goes on silently with an
 * empty collection (a kind with no items has a snapshot file with an empty `items`). */
export async function readSnapshot(contentDir: string, kind: SnapshotKind, shownDir: string): Promise<RawItem[]> {
  const file = path.join(shownDir, snapshotFile(kind));
  let text: string;
  try {
    text = await readFile(path.join(contentDir, snapshotFile(kind)), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new ContentError({ file }, '(file)', 'is missing: run `npm run sync` to fetch IPEX data, or `npm run sample` for the sample snapshot');
    }
    throw e;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ContentError({ file }, '(file)', `not valid JSON: ${(e as Error).message}`);
  }
  const env = snapshotEnvelope.safeParse(json);
  if (!env.success) throw fromZod({ file }, env.error);
  if (env.data.kind !== kind) throw new ContentError({ file }, 'kind', `is "${env.data.kind}", expected "${kind}"`);
  return env.data.items.map((data, index) => {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      throw new ContentError({ file, id: `#${index}` }, '(item)', 'must be an object');
    }
    return { file, index, data: data as Record<string, unknown> };
  });
}
