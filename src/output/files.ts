import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Every file (or link) under a folder, as absolute paths; none when the folder does not exist. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile() || e.isSymbolicLink()).map((e) => path.join(e.parentPath, e.name));
}

/** Every file of the output folder except those under the named top-level folders, which are not
 * even listed: the cards and the search index hold most of the files. */
export async function filesOutside(outDir: string, skip: ReadonlySet<string>): Promise<string[]> {
  const top = await readdir(outDir, { withFileTypes: true });
  const nested = await Promise.all(top.filter((e) => e.isDirectory() && !skip.has(e.name)).map((e) => filesUnder(path.join(outDir, e.name))));
  return [...top.filter((e) => !e.isDirectory()).map((e) => path.join(outDir, e.name)), ...nested.flat()];
}
