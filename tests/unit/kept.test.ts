import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonListFile, jsonTextListFile, listEntryText } from '../../src/output/json.ts';
import { codeDigest, KeptTexts, LIST_PLACEHOLDER, listAfterPages, offerKeptTexts, writeKeptLists } from '../../src/output/kept.ts';

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

  it('writes a list file from the kept texts where its endpoint left the placeholder, as the endpoint would have', async () => {
    const keptDir = path.join(work, 'lists', 'kept');
    const out = path.join(work, 'lists', 'out');
    const texts = [
      '{\n   "id": "a"\n  }',
      '{\n   "title": "Débat « Europe » 🇪🇺 Βουλή"\n  }',
      ...Array.from({ length: 3000 }, (_, i) => `"entry ${i} ${'x'.repeat(400)}"`),
    ];
    const made = async (lang: string) => {
      const kept = await KeptTexts.open(path.join(keptDir, `posts-${lang}.jsonl`));
      texts.forEach((t, i) => kept.take(`k${i}`, () => t));
      return kept.saveAsList(`${lang}/social/posts.json`, { lang }, 'items', texts.length);
    };
    // en: built now (the placeholder is in the output); fr: kept from a build of another language set.
    await mkdir(path.join(out, 'en/social'), { recursive: true });
    await writeFile(path.join(out, 'en/social/posts.json'), await made('en'));
    await made('fr');
    expect(await writeKeptLists(keptDir, out)).toEqual(['en/social/posts.json']);
    expect(await readFile(path.join(out, 'en/social/posts.json'))).toEqual(Buffer.from(jsonTextListFile({ lang: 'en' }, 'items', texts)));
    // A list already written is left alone: only a placeholder is replaced.
    expect(await writeKeptLists(keptDir, out)).toEqual([]);
    // Two entries under one key would be written once: refused, naming the file.
    const twice = await KeptTexts.open(path.join(keptDir, 'posts-de.jsonl'));
    twice.take('same', () => '"a"');
    twice.take('same', () => '"b"');
    await expect(twice.saveAsList('de/social/posts.json', { lang: 'de' }, 'items', 2)).rejects.toThrow('de/social/posts.json: 2 entries listed, 1 kept');
    expect(LIST_PLACEHOLDER).not.toContain('items');
  });

  it('writes a list made anew by its endpoint (new.json) after the pages, and leaves the dev server its whole list', async () => {
    const keptDir = path.join(work, 'fresh', 'kept');
    const out = path.join(work, 'fresh', 'out');
    const head = { previousManifest: null, count: 2 };
    const entries = [{ id: 'urn:ipex-hub:news:1', posts: { mastodon: { text: 'Débat « Europe » 🇪🇺' } } }, { id: 'urn:ipex-hub:events:2' }];
    const recipe = { path: 'social/new.json', head, key: 'items' };
    expect(await listAfterPages('new', recipe, entries.map(listEntryText))).toBeUndefined();
    const stop = offerKeptTexts(keptDir, 'code');
    try {
      await mkdir(path.join(out, 'social'), { recursive: true });
      await writeFile(path.join(out, 'social/new.json'), (await listAfterPages('new', recipe, entries.map(listEntryText))) ?? '');
    } finally {
      stop();
    }
    expect(await writeKeptLists(keptDir, out)).toEqual(['social/new.json']);
    expect(await readFile(path.join(out, 'social/new.json'))).toEqual(Buffer.from(jsonListFile(head, 'items', entries)));
  });
});
