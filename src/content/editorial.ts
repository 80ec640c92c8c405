import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ContentError } from './errors.ts';
import type { Kind } from '../model/vocabulary.ts';

/** One editor's Markdown file: `content/editorial/<kind>/<name>.<lang>.md`. */
export interface EditorialFile {
  file: string;
  /** File name without language and extension: the default slug of a new item. */
  stem: string;
  lang: string;
  front: Record<string, unknown>;
  body: string;
}

const NAME = /^(.+)\.([a-z]{2})\.md$/;

/** Splits YAML front matter from the Markdown body. */
function splitFrontMatter(text: string, file: string): { front: Record<string, unknown>; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) throw new ContentError({ file }, '(front matter)', 'the file must start with a --- YAML block ---');
  let front: unknown;
  try {
    front = parseYaml(m[1] ?? '', { schema: 'core' });
  } catch (e) {
    throw new ContentError({ file }, '(front matter)', `not valid YAML: ${(e as Error).message}`);
  }
  if (typeof front !== 'object' || front === null || Array.isArray(front)) {
    throw new ContentError({ file }, '(front matter)', 'must be a YAML mapping of fields');
  }
  return { front: front as Record<string, unknown>, body: (m[2] ?? '').trim() };
}

/** Reads every editorial Markdown file of a kind, in file-name order. */
export async function readEditorial(contentDir: string, kind: Kind, shownDir: string): Promise<EditorialFile[]> {
  const dir = path.join(contentDir, 'editorial', kind);
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.md')).sort();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(shownDir, 'editorial', kind, name);
      const m = NAME.exec(name);
      if (!m) throw new ContentError({ file }, '(file name)', 'must be <name>.<language>.md, e.g. budget-week.en.md');
      const { front, body } = splitFrontMatter(await readFile(path.join(dir, name), 'utf8'), file);
      return { file, stem: m[1] ?? name, lang: m[2] ?? '', front, body };
    }),
  );
}
