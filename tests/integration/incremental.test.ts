import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/build.ts';
import { buildCopy, copyProject } from '../support/project-copy.ts';

// An incremental build must write exactly what a full build of the same inputs writes. This runs the
// real `astro build` on a copy of the project (so a test can change a template), builds once, changes
// the inputs, builds again reusing the first build's cache, and compares every file with a clean build.
const WORK = path.join(ROOT, '.test-work', 'incremental');
const CONTENT = path.join(WORK, 'content');
let cleanRuns = 0;

/** `astro build` in the copy; `name` picks the output and cache folders. Returns how many files it reused. */
const build = async (name: string, env: Record<string, string> = {}) => (await buildCopy(WORK, name, env)).reused;

/** Every file, and every folder (ending in "/": a folder left empty by an incremental build shows). */
async function files(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() || e.isDirectory())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)) + (e.isDirectory() ? '/' : ''))
    .sort();
}

/** Builds the current inputs from scratch and lists every file that differs from the incremental output. */
async function differences(env: Record<string, string> = {}): Promise<string[]> {
  const clean = `clean-${++cleanRuns}`;
  await build(clean, env);
  const [a, b] = [path.join(WORK, 'out/inc'), path.join(WORK, 'out', clean)];
  const [fa, fb] = await Promise.all([files(a), files(b)]);
  const out = [...fa.filter((f) => !fb.includes(f)).map((f) => `only incremental: ${f}`), ...fb.filter((f) => !fa.includes(f)).map((f) => `only clean: ${f}`)];
  for (const f of fa.filter((x) => fb.includes(x) && !x.endsWith('/'))) {
    if (!(await readFile(path.join(a, f))).equals(await readFile(path.join(b, f)))) out.push(`differs: ${f}`);
  }
  return out;
}

async function editJson(file: string, change: (doc: { items: Record<string, unknown>[] }) => void): Promise<void> {
  const p = path.join(CONTENT, file);
  const doc = JSON.parse(await readFile(p, 'utf8'));
  change(doc);
  await writeFile(p, `${JSON.stringify(doc, null, 2)}\n`);
}

async function editSource(file: string, from: string, to: string): Promise<void> {
  const p = path.join(WORK, file);
  const text = await readFile(p, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} no longer contains ${from}`);
  await writeFile(p, text.replace(from, to));
}

describe('an incremental build', { timeout: 600_000 }, () => {
  beforeAll(async () => {
    await copyProject(WORK, path.join(ROOT, 'tests/fixtures/small'));
    expect(await build('inc')).toBe(0);
  }, 300_000);
  afterAll(() => rm(WORK, { recursive: true, force: true }));

  it('after an edit, a new item, a removed item, a renamed chamber and an event passing into the past, equals a full build and reuses the rest', async () => {
    const now = '2026-12-08T12:00:00Z'; // after the fixture's December meeting
    await editJson('snapshot/news.json', (doc) => {
      const first = doc.items[0] as { title: Record<string, string> };
      first.title.en = 'Saeima adopts its reasoned opinion on the digital omnibus';
      doc.items.push({
        ...doc.items[1],
        id: 'n0000000000000000000000000000099',
        slug: 'a-new-item-arrives',
        firstSeen: '2026-12-08T10:00:00Z',
        published: '2026-12-08T10:00:00Z',
        title: { en: 'A new item arrives', fr: 'Un nouvel élément arrive' },
      });
      // An item gone from IPEX: its pages, cards and folders must go too.
      doc.items = doc.items.filter((i) => i.slug !== 'withdrawn-item');
    });
    const registry = path.join(CONTENT, 'registries/chambers.json');
    await writeFile(registry, (await readFile(registry, 'utf8')).replace('"Saeima of Latvia"', '"The Saeima of Latvia"'));
    const reused = await build('inc', { HUB_NOW: now });
    expect(reused).toBeGreaterThan(10);
    expect(await readdir(path.join(WORK, 'out/inc/en/news'))).not.toContain('withdrawn-item');
    expect(await differences({ HUB_NOW: now })).toEqual([]);
  });

  it("after one item's title is edited, equals a full build: posts.json keeps the other items' entries from the last build", async () => {
    const now = '2026-12-08T13:00:00Z';
    await editJson('snapshot/news.json', (doc) => {
      const item = doc.items[2] as { title: Record<string, string> };
      item.title.en = `${item.title.en} (corrected)`;
    });
    await build('inc', { HUB_NOW: now });
    const kept = (await readFile(path.join(WORK, 'cache/inc/kept/posts-en.jsonl'), 'utf8')).trim().split('\n');
    const posts = JSON.parse(await readFile(path.join(WORK, 'out/inc/en/social/posts.json'), 'utf8')) as { items: unknown[] };
    expect(kept).toHaveLength(posts.items.length);
    expect(await differences({ HUB_NOW: now })).toEqual([]);
    // An unchanged item's entry is taken as it was, not made again: a mark put into the kept file shows.
    const keptFile = path.join(WORK, 'cache/inc/kept/posts-en.jsonl');
    const marked = kept.findIndex((line) => !line.includes('(corrected)'));
    const [key, text] = JSON.parse(kept[marked] ?? '') as [string, string];
    await writeFile(keptFile, kept.map((line, i) => (i === marked ? JSON.stringify([key, text.replace('"title": "', '"title": "KEPT ')]) : line)).join('\n'));
    // The card list keeps an item's entries the same way: a card path marked in the kept file is drawn.
    const cardsFile = path.join(WORK, 'cache/inc/kept/cards.jsonl');
    const cardLines = (await readFile(cardsFile, 'utf8')).trim().split('\n');
    const [cardKey, cardText] = JSON.parse(cardLines[0] ?? '') as [string, string];
    const [first] = JSON.parse(cardText) as { path: string }[];
    const markedCard = first?.path.replace(/\.png$/, '-kept.png') ?? '';
    await writeFile(cardsFile, [JSON.stringify([cardKey, cardText.replace(first?.path ?? '', markedCard)]), ...cardLines.slice(1)].join('\n'));
    await editJson('snapshot/news.json', (doc) => {
      const item = doc.items[2] as { title: Record<string, string> };
      item.title.en = `${item.title.en} (edited again)`;
    });
    await build('inc', { HUB_NOW: now });
    const again = await readFile(path.join(WORK, 'out/inc/en/social/posts.json'), 'utf8');
    expect(again).toContain('"title": "KEPT ');
    expect(again).toContain('(edited again)');
    expect(await readdir(path.join(WORK, 'out/inc', path.dirname(markedCard)))).toContain(path.basename(markedCard));
    // Undone, so the tests below start from a true output: the marks go and the files are made again.
    await rm(keptFile);
    await rm(cardsFile);
    await editJson('snapshot/news.json', (doc) => {
      const item = doc.items[2] as { title: Record<string, string> };
      item.title.en = item.title.en?.replace(' (edited again)', '') ?? '';
    });
    await build('inc', { HUB_NOW: now });
    expect(await readFile(path.join(WORK, 'out/inc/en/social/posts.json'), 'utf8')).not.toContain('KEPT');
    // A deploy may start from an empty output folder and a restored cache: Astro copies the route's
    // cached body back (the placeholder), and the list is written from the kept texts all the same.
    const whole = await readFile(path.join(WORK, 'out/inc/en/social/posts.json'), 'utf8');
    await rm(path.join(WORK, 'out/inc/en/social/posts.json'));
    await build('inc', { HUB_NOW: now });
    expect(await readFile(path.join(WORK, 'out/inc/en/social/posts.json'), 'utf8')).toBe(whole);
    expect(await readdir(path.join(WORK, 'out/inc', path.dirname(markedCard)))).not.toContain(path.basename(markedCard));
  });

  it('after a template change, equals a full build and still reuses the pages the template is not on', async () => {
    await editSource('src/components/Facts.astro', '<dl', '<dl data-changed');
    const reused = await build('inc');
    expect(reused).toBeGreaterThan(10);
    expect(await differences()).toEqual([]);
  });

  it('after a stylesheet change and a configuration change from the environment, equals a full build', async () => {
    await editSource('src/styles/site.css', 'body {', 'body {\n  letter-spacing: 0;');
    const env = { HUB_EVALUATION: 'off' };
    await build('inc', env);
    expect(await differences(env)).toEqual([]);
  });
});
