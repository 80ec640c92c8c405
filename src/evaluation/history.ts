import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import stringify from 'safe-stable-stringify';
import { fromZod } from '../model/errors.ts';
import { snapshotSchema, type EvaluationSnapshot } from './schema.ts';

const SNAPSHOT_FILE = /^(\d{4}-\d{2}-\d{2})\.json$/;

/** Every dated snapshot in a folder (`content/evaluation/`), oldest first; a missing folder is no history. */
export async function readHistory(dir: string): Promise<EvaluationSnapshot[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  const out: EvaluationSnapshot[] = [];
  for (const name of names.filter((n) => SNAPSHOT_FILE.test(n)).sort()) {
    const file = path.join(dir, name);
    let json: unknown;
    try {
      json = JSON.parse(await readFile(file, 'utf8'));
    } catch (e) {
      throw new Error(`${file}: not valid JSON: ${(e as Error).message}`, { cause: e });
    }
    const parsed = snapshotSchema.safeParse(json);
    if (!parsed.success) throw fromZod({ file }, parsed.error);
    if (`${parsed.data.date}.json` !== name) throw new Error(`${file}: field "date": ${parsed.data.date} does not match the file name`);
    out.push(parsed.data);
  }
  return out;
}

/** The snapshot as committed: keys sorted, 2-space indent, a final newline. */
export function serializeSnapshot(s: EvaluationSnapshot): string {
  return `${stringify(s, null, 2)}\n`;
}
