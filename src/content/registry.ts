import path from 'node:path';
import { z } from 'zod';
import { fromZod } from '../model/errors.ts';
import { readJsonFile, shownDir } from './files.ts';

/**
 * Reads a registry of the content folder (a JSON list, one entry checked at a time): an empty list
 * when the file does not exist; a broken one throws a ContentError naming file, entry and field.
 */
export async function readRegistry<S extends z.ZodType>(contentDir: string, file: string, schema: S, shown: string = shownDir(contentDir), idOf: (entry: unknown, i: number) => string = (_, i) => `#${i}`): Promise<z.output<S>[]> {
  const where = path.join(shown, file);
  const json = await readJsonFile(path.join(contentDir, file), where);
  if (json === undefined) return [];
  const list = z.array(z.unknown()).safeParse(json);
  if (!list.success) throw fromZod({ file: where }, list.error);
  return list.data.map((entry, i) => {
    const r = schema.safeParse(entry);
    if (!r.success) throw fromZod({ file: where, id: idOf(entry, i) }, r.error);
    return r.data;
  });
}
