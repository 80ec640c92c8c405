import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { filesOutside } from '../output/files.ts';

/** Folders of the output that hold no page: card images, this index, Vite's assets. */
const NO_PAGES = new Set(['og', 'pagefind', '_astro']);
/** What the browser reads to find the parts of its language. */
export const PARTS_FILE = 'parts.json';
/** Pagefind's own interface, which the hub does not use (its search page is its own). */
const UI_FILE = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/;
/** The search runtime: a language's first part keeps it; the parts merged into it use that one. */
const RUNTIME_FILE = /^(pagefind\.js|pagefind-worker\.js|wasm\..+\.pagefind)$/;
/** A part's name as a route writes it (`news-2026-11`): a safe folder name. */
const PART_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A page as of the last index: size, modification time, content digest and part ('' when it has no indexed element). */
interface Page {
  size: number;
  mtimeMs: number;
  sha: string;
  part: string;
}
/** Per page, by its path in the output. */
type Pages = Record<string, Page>;
/** Per part: the digest of its pages, and the files its index wrote. */
type Parts = Record<string, { digest: string; files: string[] }>;
/** What the last index was made from and what it wrote. */
interface Stamp {
  /** A stamp written before pages had parts lacks `part`. */
  pages?: Record<string, Omit<Page, 'part'> & { part?: string }>;
  parts?: Parts;
}

/** What one run did: parts indexed again, parts kept, pages indexed. */
export interface IndexRun {
  indexed: string[];
  kept: string[];
  pages: number;
}

/**
 * The part a page belongs to: its language (the path's first folder) and the part its route wrote
 * on the article (`data-search-part`, see src/routes/search-part.ts): `en/news/slug/index.html`
 * with "news-2026-11" → `en-news-2026-11`. A page without one goes to its language's section part
 * (`en-news`).
 */
export function partOf(rel: string, written: string): string {
  const [lang = '', section = ''] = rel.split(path.sep);
  return `${lang}-${PART_NAME.test(written) ? written : section}`;
}

/** The `data-pagefind-body` element of a page, from its opening tag to its closing one; undefined when the page has none. */
function indexedElement(html: string): string | undefined {
  const mark = html.indexOf('data-pagefind-body');
  if (mark < 0) return undefined;
  const start = html.lastIndexOf('<', mark);
  const tag = /^<([a-z]+)/.exec(html.slice(start))?.[1] ?? 'article';
  // The element's end: its closing tag at the same depth (the body element may hold its like).
  const open = new RegExp(`<${tag}[\\s>]|</${tag}>`, 'g');
  open.lastIndex = start;
  let depth = 0;
  let end = html.length;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    depth += m[0].startsWith('</') ? -1 : 1;
    if (depth === 0) {
      end = m.index + m[0].length;
      break;
    }
  }
  return html.slice(start, end);
}

/** The page's language (`<html lang>`); '' when it has none. */
const langOf = (html: string) => /<html[^>]*\slang="([^"]*)"/.exec(html)?.[1] ?? '';

/** What the index reads of a page: the digest of its language and indexed element ('' when it has
 * none), and the part its route wrote on that element ('' when none). */
function readPage(html: string): { sha: string; written: string } {
  const element = indexedElement(html);
  if (element === undefined) return { sha: '', written: '' };
  const opening = /^<[^>]*>/.exec(element)?.[0] ?? '';
  return {
    sha: createHash('sha256').update(langOf(html)).update('\0').update(element).digest('hex'),
    written: /\sdata-search-part="([^"]*)"/.exec(opening)?.[1] ?? '',
  };
}

/**
 * The page as Pagefind is given it: its language and indexed element alone, which is all the digest
 * covers, so a part's index follows its digest exactly. On the hub's pages (one h1, in the article)
 * the index is the same, byte for byte, as Pagefind's over the whole page (a test checks it); a
 * landing page is about ten times its article, and parsing the rest was about 40% of the index's time.
 */
export function indexedPage(html: string): string {
  const element = indexedElement(html);
  if (element === undefined) return html;
  return `<!DOCTYPE html><html lang="${langOf(html)}"><head><meta charset="utf-8"></head><body>${element}</body></html>`;
}

/**
 * What Pagefind reads of a page, as a digest: the page's language and its `data-pagefind-body`
 * element (the hub sets no Pagefind attribute elsewhere). A change outside it (the related list,
 * the share bar) leaves the page's search entry as it was, so it re-indexes nothing; '' when the
 * page has nothing to index (lists, hubs).
 */
export function indexedDigest(html: string): string {
  return readPage(html).sha;
}

/** The part a page's route wrote on its indexed element (`data-search-part`); '' when it wrote none. */
export function writtenPart(html: string): string {
  return readPage(html).written;
}

/** The landing pages of the output (those whose article Pagefind indexes), with digests and parts;
 * unchanged pages (same size and time as recorded) are not read again. */
function pagesOf(outDir: string, files: string[], before: NonNullable<Stamp['pages']>): { pages: Pages; bodies: Set<string> } {
  const pages: Pages = {};
  const bodies = new Set<string>();
  for (const f of files) {
    const rel = path.relative(outDir, f);
    // Synchronous: one awaited call per page cost seconds at 20,000 pages, and nothing else runs now.
    const { size, mtimeMs } = statSync(f);
    const old = before[rel];
    // A page recorded without its part is read again.
    if (old && old.size === size && old.mtimeMs === mtimeMs && old.part !== undefined) {
      pages[rel] = { ...old, part: old.part };
      if (old.sha !== '') bodies.add(rel);
      continue;
    }
    const { sha, written } = readPage(readFileSync(f, 'utf8'));
    pages[rel] = { size, mtimeMs, sha, part: sha === '' ? '' : partOf(rel, written) };
    if (sha !== '') bodies.add(rel);
  }
  return { pages, bodies };
}

/** The files under a folder (relative, sorted); undefined when it does not exist. */
async function listing(dir: string): Promise<string[] | undefined> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => undefined);
  return entries
    ?.filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

const same = (a: string[] | undefined, b: string[] | undefined) => a !== undefined && b !== undefined && a.length === b.length && a.every((x, i) => x === b[i]);

/** The URL Pagefind gives a page: its folder, as the site serves it. */
const urlOf = (rel: string) =>
  `/${rel
    .split(path.sep)
    .join('/')
    .replace(/index\.html$/, '')}`;

/**
 * Writes the search index of a built site into `<outDir>/pagefind/<part>/`, one Pagefind index per
 * part (language, section and month, year or bucket, as the page's route chose), and `pagefind/parts.json` listing each language's parts,
 * which the search page merges in the browser (`mergeIndex`). A part whose pages did not change
 * since the last run keeps its index (from the output folder, or else from `cacheDir`); the others
 * are indexed again. Search results are those of one index over every page.
 */
export async function indexParts(outDir: string, cacheDir: string): Promise<IndexRun> {
  const target = path.join(outDir, 'pagefind');
  const stampFile = path.join(cacheDir, 'parts.json');
  const saved = JSON.parse(await readFile(stampFile, 'utf8').catch(() => '{}')) as Stamp;
  const files = (await filesOutside(outDir, NO_PAGES)).filter((f) => f.endsWith('.html')).sort();
  const { pages, bodies } = pagesOf(outDir, files, saved.pages ?? {});
  const members = new Map<string, string[]>();
  for (const rel of [...bodies].sort()) {
    const part = pages[rel]?.part ?? '';
    const list = members.get(part);
    if (list) list.push(rel);
    else members.set(part, [rel]);
  }
  const parts: Parts = {};
  const run: IndexRun = { indexed: [], kept: [], pages: 0 };
  let pagefind: typeof import('pagefind') | undefined;
  for (const [part, rels] of [...members].sort(([a], [b]) => a.localeCompare(b))) {
    const digest = createHash('sha256')
      .update(rels.map((r) => `${r}\0${pages[r]?.sha}`).join('\0'))
      .digest('hex');
    const before = saved.parts?.[part];
    const dir = path.join(target, part);
    const cached = path.join(cacheDir, 'parts', part);
    if (before?.digest === digest) {
      if (same(await listing(dir), before.files) || (await restore(cached, dir))) {
        parts[part] = before;
        run.kept.push(part);
        continue;
      }
    }
    pagefind ??= await import('pagefind');
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    for (const rel of rels) {
      const added = await index.addHTMLFile({ url: urlOf(rel), content: indexedPage(await readFile(path.join(outDir, rel), 'utf8')) });
      if (added.errors.length) throw new Error(`Pagefind, ${rel}: ${added.errors.join('; ')}`);
    }
    await rm(dir, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: dir });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    await index.deleteIndex();
    await removeFiles(dir, UI_FILE);
    await rm(cached, { recursive: true, force: true });
    await mkdir(path.dirname(cached), { recursive: true });
    await cp(dir, cached, { recursive: true });
    parts[part] = { digest, files: [] };
    run.indexed.push(part);
    run.pages += rels.length;
  }
  if (pagefind) await pagefind.close();
  // Parts no page belongs to any more, and an index of an older layout, go, from the output and the cache.
  for (const name of (await readdir(target).catch(() => [])) as string[]) {
    if (!(name in parts) && name !== PARTS_FILE) await rm(path.join(target, name), { recursive: true, force: true });
  }
  for (const name of (await readdir(path.join(cacheDir, 'parts')).catch(() => [])) as string[]) {
    if (!(name in parts)) await rm(path.join(cacheDir, 'parts', name), { recursive: true, force: true });
  }
  const byLang: Record<string, string[]> = {};
  for (const part of Object.keys(parts)) (byLang[part.split('-')[0] ?? ''] ??= []).push(part);
  // One runtime per language, in its first part (taken back from the cache if that part had lost it).
  for (const list of Object.values(byLang)) {
    for (const [i, part] of list.entries()) {
      const dir = path.join(target, part);
      if (i > 0) await removeFiles(dir, RUNTIME_FILE);
      else if (!(await listing(dir))?.includes('pagefind.js'))
        await cp(path.join(cacheDir, 'parts', part), dir, { recursive: true, filter: (f) => !UI_FILE.test(path.basename(f)) });
      const entry = parts[part];
      if (entry) entry.files = (await listing(dir)) ?? [];
    }
  }
  await mkdir(target, { recursive: true });
  await writeFile(path.join(target, PARTS_FILE), `${JSON.stringify(byLang)}\n`);
  // The stamp goes last: an interrupted run leaves the old one, and the next run checks every part again.
  await mkdir(cacheDir, { recursive: true });
  await writeFile(stampFile, JSON.stringify({ pages, parts } satisfies Stamp));
  return run;
}

/** Removes the files of a folder (not below it) whose names match. */
async function removeFiles(dir: string, names: RegExp): Promise<void> {
  for (const name of await readdir(dir)) if (names.test(name)) await rm(path.join(dir, name), { force: true });
}

/** Replaces `target` with a cached part; false when the cache has none. */
async function restore(cached: string, target: string): Promise<boolean> {
  await rm(target, { recursive: true, force: true });
  return cp(cached, target, { recursive: true }).then(
    () => true,
    () => false,
  );
}
