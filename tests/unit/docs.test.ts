import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/build.ts';

/** The docs by reader: the README, the contributors' guide and every page of docs/. */
const DOCS = [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync(path.join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** Folders whose paths the docs name and this test checks. */
const ROOTS = ['src/', 'tests/', 'scripts/', 'content/', 'docs/', 'public/', '.github/', '.ci/'];

/** Files at the top of the repository the docs name by their bare name. */
const ROOT_FILES = new Set([
  'package.json',
  'tsconfig.json',
  'astro.config.mjs',
  'vitest.config.ts',
  'eslint.config.js',
  '.prettierrc.json',
  '.prettierignore',
  '.dependency-cruiser.cjs',
  '.nvmrc',
  'README.md',
  'CONTRIBUTING.md',
]);

/** Files that runs write, not the repository: the sync's caches and reports, the ledger, the exports folder. */
const GENERATED = new Set([
  'content/snapshot/.http-cache.json',
  'content/snapshot/.sync-documents.json',
  'content/snapshot/changes.json',
  'content/snapshot/inventory.json',
  'content/social/ledger.json',
  'content/evaluation/imports/',
]);

const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

/** Inline code spans of a Markdown text (fenced blocks left out: they hold commands and output). */
function codeSpans(md: string): string[] {
  return [...md.replace(/^```[\s\S]*?^```$/gm, '').matchAll(/`([^`\n]+)`/g)].map((m) => m[1] ?? '');
}

/** The part of a path that must exist: up to the segment holding a placeholder (`<day>`, `{lang}`, `…`, `*`). */
function concrete(p: string): string {
  const at = p.search(/[<{…*]/);
  return at < 0 ? p : p.slice(0, p.lastIndexOf('/', at) + 1);
}

/** The anchor GitHub gives a heading. */
function anchor(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/`/g, '')
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

describe('the docs', () => {
  const scripts = Object.keys((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts);

  it.each(DOCS)('%s names only paths that exist', (doc) => {
    const named = codeSpans(read(doc)).filter((s) => !/\s/.test(s) && (ROOTS.some((r) => s.startsWith(r)) || ROOT_FILES.has(s)));
    expect(named.length, `${doc} names some paths`).toBeGreaterThan(0);
    const missing = named.filter((p) => !GENERATED.has(p) && !existsSync(path.join(ROOT, concrete(p))));
    expect(missing, `${doc}: paths that do not exist`).toEqual([]);
  });

  it.each(DOCS)('%s names only npm scripts that package.json has', (doc) => {
    const named = [...read(doc).matchAll(/npm run ([\w:.-]+)/g)].map((m) => (m[1] ?? '').replace(/[:.]+$/, ''));
    expect(
      named.filter((s) => !scripts.includes(s)),
      `${doc}: scripts that package.json lacks`,
    ).toEqual([]);
  });

  it.each(DOCS)('%s links to files and headings that exist', (doc) => {
    const broken: string[] = [];
    for (const [, target = ''] of read(doc).matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/.test(target)) continue;
      const [file = '', hash] = target.split('#');
      const to = file ? path.posix.join(path.posix.dirname(doc), file) : doc;
      if (!existsSync(path.join(ROOT, to))) {
        broken.push(target);
        continue;
      }
      if (hash && to.endsWith('.md')) {
        const anchors = [...read(to).matchAll(/^#+ (.+)$/gm)].map((m) => anchor(m[1] ?? ''));
        if (!anchors.includes(hash)) broken.push(target);
      }
    }
    expect(broken, `${doc}: broken links`).toEqual([]);
  });

  it('README stays short: what the hub is, the two commands, where to read on', () => {
    expect(read('README.md').split('\n').length).toBeLessThan(80);
  });
});
