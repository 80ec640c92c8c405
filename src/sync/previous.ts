import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fromZod } from '../content/errors.ts';
import { snapshotEnvelope } from '../model/schemas.ts';
import type { SnapshotKind } from '../model/vocabulary.ts';
import { snapshotFile } from '../content/snapshot.ts';
import type { PreviousSnapshot, StoredItem } from './types.ts';

/** The previous snapshot of a kind: absent, readable, or broken (then it must not be overwritten). */
export type PreviousRead = { state: 'missing' } | { state: 'ok'; snapshot: PreviousSnapshot } | { state: 'broken'; reason: string };

function isItem(value: unknown): value is StoredItem {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads `<dir>/snapshot/<kind>.json` as the previous run left it. */
export async function readPrevious(dir: string, kind: SnapshotKind): Promise<PreviousRead> {
  const file = path.join(dir, snapshotFile(kind));
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if (e instanceof Error && 'code' in e && e.code === 'ENOENT') return { state: 'missing' };
    return { state: 'broken', reason: `${file}: cannot be read: ${e instanceof Error ? e.message : String(e)}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { state: 'broken', reason: `${file}: not valid JSON (${e instanceof Error ? e.message : String(e)}); fix or restore it before syncing` };
  }
  const env = snapshotEnvelope.safeParse(json);
  if (!env.success) return { state: 'broken', reason: fromZod({ file }, env.error).message };
  if (env.data.kind !== kind) return { state: 'broken', reason: `${file}: field "kind": is "${env.data.kind}", expected "${kind}"` };
  const items: StoredItem[] = [];
  for (const [i, item] of env.data.items.entries()) {
    if (!isItem(item)) return { state: 'broken', reason: `${file}: item #${i}: must be an object` };
    items.push(item);
  }
  return { state: 'ok', snapshot: { sample: env.data.sample, items } };
}
