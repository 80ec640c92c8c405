import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ContentError, fromZod } from '../model/errors.ts';
import { causeOf, isMissing, shownDir } from './files.ts';
import { memberSchema, type Member } from '../model/members.ts';
import type { Chamber } from '../model/schemas.ts';

/** The members' registry, relative to the content folder: one YAML file per member. */
export const MEMBERS_DIR = path.join('editorial', 'members');

const NAME = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.yml$/;

/**
 * Reads the members' registry, in file-name order: none when the folder does not exist. A broken file,
 * or a member of a chamber the registry does not know, throws a ContentError naming the file and field.
 * Sample members (`sample: true`) only apply to the sample snapshot.
 */
export async function readMembers(contentDir: string, chambers: Chamber[], sampleSnapshot: boolean, shown: string = shownDir(contentDir)): Promise<Member[]> {
  const dir = path.join(contentDir, MEMBERS_DIR);
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => !n.startsWith('.')).sort();
  } catch (e) {
    if (isMissing(e)) return [];
    throw new ContentError({ file: path.join(shown, MEMBERS_DIR) }, '(folder)', `cannot be read: ${causeOf(e)}`);
  }
  const codes = new Set(chambers.map((c) => c.code));
  const members: Member[] = [];
  for (const name of names) {
    const file = path.join(shown, MEMBERS_DIR, name);
    const id = NAME.exec(name)?.[1];
    if (!id) throw new ContentError({ file }, '(file name)', 'must be <name>.yml in lower-case letters, digits and dashes, e.g. anna-berzina.yml');
    let data: unknown;
    try {
      data = parseYaml(await readFile(path.join(dir, name), 'utf8'), { schema: 'core' });
    } catch (e) {
      throw new ContentError({ file }, '(file)', `not valid YAML: ${causeOf(e)}`);
    }
    const r = memberSchema.safeParse(data);
    if (!r.success) throw fromZod({ file }, r.error);
    if (!codes.has(r.data.chamber)) throw new ContentError({ file }, 'chamber', `unknown chamber "${r.data.chamber}" (add it to registries/chambers.json)`);
    if (r.data.sample && !sampleSnapshot) continue;
    members.push({ ...r.data, id });
  }
  return members;
}
