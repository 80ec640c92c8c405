import path from 'node:path';
import { z } from 'zod';
import { fromZod } from './errors.ts';
import { readJsonFile, shownDir } from './files.ts';
import { chamberSchema, type Chamber } from '../model/schemas.ts';

/** The chamber registry, relative to the content folder. */
export const CHAMBERS_FILE = path.join('registries', 'chambers.json');

/**
 * Reads the chamber registry, the one reader of the build and the sync: an empty list when there is
 * none (no chamber code is checked then); a broken one throws a ContentError naming file, entry and field.
 */
export async function readChambers(contentDir: string, shown: string = shownDir(contentDir)): Promise<Chamber[]> {
  const file = path.join(shown, CHAMBERS_FILE);
  const json = await readJsonFile(path.join(contentDir, CHAMBERS_FILE), file);
  if (json === undefined) return [];
  const list = z.array(z.unknown()).safeParse(json);
  if (!list.success) throw fromZod({ file }, list.error);
  return list.data.map((c, i) => {
    const r = chamberSchema.safeParse(c);
    if (!r.success) throw fromZod({ file, id: `#${i}` }, r.error);
    return r.data;
  });
}
