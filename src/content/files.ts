import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ContentError } from '../model/errors.ts';

/** A content folder as messages show it: relative to the working folder when inside it, else absolute. */
export function shownDir(dir: string): string {
  const rel = path.relative(process.cwd(), dir);
  return rel === '' ? '.' : rel.startsWith('..') || path.isAbsolute(rel) ? path.resolve(dir) : rel;
}

/** True for a file-system error that says the file or folder does not exist. */
export function isMissing(e: unknown): boolean {
  return e instanceof Error && 'code' in e && e.code === 'ENOENT';
}

/** What a file-system error says, for a message. */
export function causeOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Parses a JSON file of the content folder: undefined when it does not exist, a ContentError naming `shown` when it cannot be read or parsed. */
export async function readJsonFile(file: string, shown: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if (isMissing(e)) return undefined;
    throw new ContentError({ file: shown }, '(file)', `cannot be read: ${causeOf(e)}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ContentError({ file: shown }, '(file)', `not valid JSON: ${causeOf(e)}`);
  }
}
