import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeDigest, KeptTexts } from '../../src/output/kept.ts';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'ipex-hub-kept-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('texts kept between builds', () => {
  it('takes an unchanged entry as it was, makes a changed one, and keeps only what the last build used', async () => {
    const file = path.join(work, 'kept', 'posts-en.jsonl');
    const made: string[] = [];
    const make = (text: string) => () => (made.push(text), text);
    const first = await KeptTexts.open(file);
    expect(first.take('a1', make('A'))).toBe('A');
    expect(first.take('b1', make('B'))).toBe('B');
    await first.save();
    const second = await KeptTexts.open(file);
    expect(second.take('a1', make('A again'))).toBe('A');
    expect(second.take('b2', make('B edited'))).toBe('B edited');
    expect(second.reused).toBe(1);
    await second.save();
    expect(made).toEqual(['A', 'B', 'B edited']);
    // b1 was not asked for: it is gone, so the file follows the output and never grows.
    const lines = (await readFile(file, 'utf8')).trim().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as string[])[0])).toEqual(['a1', 'b2']);
  });

  it('makes everything again from a missing file, and an entry again from a torn line', async () => {
    const file = path.join(work, 'torn', 'posts-fr.jsonl');
    expect((await KeptTexts.open(file)).take('x', () => 'made')).toBe('made');
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, `${JSON.stringify(['a', 'kept'])}\n["b", "cut off`);
    const kept = await KeptTexts.open(file);
    expect(kept.take('a', () => 'made')).toBe('kept');
    expect(kept.take('b', () => 'made')).toBe('made');
  });
});

describe('the code digest', () => {
  it('changes with any file under src/, the Astro configuration or the lockfile, and only with them', async () => {
    const root = path.join(work, 'project');
    await mkdir(path.join(root, 'src', 'social'), { recursive: true });
    await writeFile(path.join(root, 'src', 'social', 'compose.ts'), 'export const a = 1;\n');
    await writeFile(path.join(root, 'astro.config.mjs'), 'export default {};\n');
    await writeFile(path.join(root, 'package-lock.json'), '{}\n');
    await writeFile(path.join(root, 'README.md'), 'one\n');
    const before = codeDigest(root);
    expect(codeDigest(root)).toBe(before);
    await writeFile(path.join(root, 'README.md'), 'two\n');
    expect(codeDigest(root)).toBe(before);
    await writeFile(path.join(root, 'src', 'social', 'compose.ts'), 'export const a = 2;\n');
    const edited = codeDigest(root);
    expect(edited).not.toBe(before);
    await writeFile(path.join(root, 'package-lock.json'), '{"lockfileVersion": 3}\n');
    expect(codeDigest(root)).not.toBe(edited);
  });
});
