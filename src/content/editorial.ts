import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ContentError } from '../model/errors.ts';
import { causeOf, isMissing, shownDir } from './files.ts';
import type { SnapshotKind } from '../model/vocabulary.ts';

/** One editor's Markdown file: `content/editorial/<kind>/<name>.<lang>.md`. */
export interface EditorialFile {
  file: string;
  /** File name without language and extension: the default slug of a new item. */
  stem: string;
  lang: string;
  front: Record<string, unknown>;
  body: string;
  /** `sample: true` in the front matter: an example that only applies to the sample snapshot. */
  sample: boolean;
}

/** Front-matter keys about the file itself, not fields of the item. */
export const FILE_KEYS: readonly string[] = ['sample'];

const NAME = /^(.+)\.([a-z]{2})\.md$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Splits YAML front matter from the Markdown body. */
function splitFrontMatter(text: string, file: string): { front: Record<string, unknown>; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) throw new ContentError({ file }, '(front matter)', 'the file must start with a --- YAML block ---');
  let front: unknown;
  try {
    front = parseYaml(m[1] ?? '', { schema: 'core' });
  } catch (e) {
    throw new ContentError({ file }, '(front matter)', `not valid YAML: ${causeOf(e)}`);
  }
  if (!isRecord(front)) throw new ContentError({ file }, '(front matter)', 'must be a YAML mapping of fields');
  if (front.sample !== undefined && typeof front.sample !== 'boolean') throw new ContentError({ file }, 'sample', 'must be true or false');
  return { front, body: (m[2] ?? '').trim() };
}

/**
 * Reads every editorial Markdown file of a kind, in file-name order: the one reader of the build and
 * the sync. A missing folder has no files; any other problem throws a ContentError naming the file.
 */
export async function readEditorial(contentDir: string, kind: SnapshotKind, shown: string = shownDir(contentDir)): Promise<EditorialFile[]> {
  const dir = path.join(contentDir, 'editorial', kind);
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.md')).sort();
  } catch (e) {
    if (isMissing(e)) return [];
    throw new ContentError({ file: path.join(shown, 'editorial', kind) }, '(folder)', `cannot be read: ${causeOf(e)}`);
  }
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(shown, 'editorial', kind, name);
      const m = NAME.exec(name);
      if (!m) throw new ContentError({ file }, '(file name)', 'must be <name>.<language>.md, e.g. budget-week.en.md');
      let text: string;
      try {
        text = await readFile(path.join(dir, name), 'utf8');
      } catch (e) {
        throw new ContentError({ file }, '(file)', `cannot be read: ${causeOf(e)}`);
      }
      const { front, body } = splitFrontMatter(text, file);
      return { file, stem: m[1] ?? name, lang: m[2] ?? '', front, body, sample: front.sample === true };
    }),
  );
}

/** The files that apply to a snapshot: examples marked `sample: true` only while the snapshot is the sample. */
export function filesInEffect(files: EditorialFile[], sampleSnapshot: boolean): EditorialFile[] {
  return sampleSnapshot ? files : files.filter((f) => !f.sample);
}
