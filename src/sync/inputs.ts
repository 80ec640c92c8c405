import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { fromZod } from '../content/errors.ts';
import { chamberSchema, type Chamber } from '../model/schemas.ts';
import type { SnapshotKind } from '../model/vocabulary.ts';

/** The chamber registry `<dir>/registries/chambers.json`; undefined when there is none. Throws if it is broken. */
export async function readChambers(dir: string): Promise<Chamber[] | undefined> {
  const file = path.join(dir, 'registries', 'chambers.json');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if (e instanceof Error && 'code' in e && e.code === 'ENOENT') return undefined;
    throw e;
  }
  const r = z.array(chamberSchema).safeParse(JSON.parse(text));
  if (!r.success) throw fromZod({ file }, r.error);
  return r.data;
}

/** Chamber codes of `<dir>/registries/chambers.json`; undefined when there is no registry. Throws if it is broken. */
export async function readChamberCodes(dir: string): Promise<Set<string> | undefined> {
  const chambers = await readChambers(dir);
  return chambers && new Set(chambers.map((c) => c.code));
}

/** Slugs of editors' new items (`content/editorial/<kind>/<slug>.<lang>.md`), so IPEX items never take them. */
export async function editorialSlugs(dir: string, kind: SnapshotKind): Promise<Set<string>> {
  try {
    const names = await readdir(path.join(dir, 'editorial', kind));
    return new Set(names.flatMap((n) => /^(.+)\.[a-z]{2}\.md$/.exec(n)?.[1] ?? []));
  } catch {
    return new Set();
  }
}
