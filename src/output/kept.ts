import { createHash } from 'node:crypto';
import { closeSync, createReadStream, existsSync, openSync, readdirSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { listFraming } from './json.ts';

/**
 * A digest of the code a build runs: every file under `src/`, the Astro configuration and the
 * lockfile. What a build keeps for the next one is keyed by it as well as by its data, so that any
 * change to the code makes it all again (Astro's own cache follows each route's code; this cannot).
 */
export function codeDigest(root: string): string {
  const h = createHash('sha256');
  const src = path.join(root, 'src');
  const files = readdirSync(src, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  for (const f of [...files, path.join(root, 'astro.config.mjs'), path.join(root, 'package-lock.json')]) {
    h.update(path.relative(root, f)).update('\0');
    // A checkout without a lockfile (or a configuration) hashes it as empty.
    h.update(existsSync(f) ? readFileSync(f) : '').update('\0');
  }
  return h.digest('base64url');
}

// The output integration, loaded with the config, offers the folder during a build; the endpoints
// that keep texts run inside Astro's prerender bundle, with their own copy of this module, so the two
// meet on globalThis (as the card list does). The dev server offers none: its code changes as it runs.
const SLOT = Symbol.for('ipex-hub:kept');
type Slot = { [SLOT]?: { dir: string; code: string } };

/** The build: texts are kept in `dir` (in Astro's cache folder), keyed with `code` (codeDigest). Returns a stop function. */
export function offerKeptTexts(dir: string, code: string): () => void {
  const offer = { dir, code };
  (globalThis as Slot)[SLOT] = offer;
  return () => {
    if ((globalThis as Slot)[SLOT] === offer) delete (globalThis as Slot)[SLOT];
  };
}

/** An endpoint: the texts file `name` kept by the last build, and the code digest to key with; undefined outside a build. */
export async function keptTexts(name: string): Promise<{ kept: KeptTexts; code: string } | undefined> {
  const offer = (globalThis as Slot)[SLOT];
  return offer && { kept: await KeptTexts.open(path.join(offer.dir, `${name}.jsonl`)), code: offer.code };
}

/**
 * Texts a file made last time, by key, for the next build of the same file: an entry whose key (a
 * digest of everything it is made from) is unchanged is taken as it was, the others are made again.
 * `save` keeps only the entries this build took or made, so the file never grows beyond the output.
 * A missing or unreadable file only means everything is made again.
 */
export class KeptTexts {
  private readonly before = new Map<string, string>();
  private readonly now = new Map<string, string>();
  private readonly file: string;
  private constructor(file: string) {
    this.file = file;
  }

  /** The texts kept in `file` (JSON lines of `[key, text]`). */
  static async open(file: string): Promise<KeptTexts> {
    const kept = new KeptTexts(file);
    // Synchronous reads and writes of whole strings take Node's native path, which makes no buffer:
    // the asynchronous ones left two copies of the file (10 MB a language at 2,000 items) to the garbage
    // collector, which had not collected them when the build peaked.
    let text = '';
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      // No file: everything is made.
    }
    for (const line of text.split('\n')) {
      if (!line) continue;
      try {
        const [key, value] = JSON.parse(line) as unknown[];
        if (typeof key === 'string' && typeof value === 'string') kept.before.set(key, value);
      } catch {
        // A torn line (an interrupted write) is one entry made again.
      }
    }
    return kept;
  }

  /** The text kept under `key`, else `make()`'s. */
  take(key: string, make: () => string): string {
    const value = this.now.get(key) ?? this.before.get(key) ?? make();
    this.now.set(key, value);
    return value;
  }

  /** How many texts this build took from the last one. */
  get reused(): number {
    let n = 0;
    for (const key of this.now.keys()) if (this.before.has(key)) n++;
    return n;
  }

  /**
   * In a build, for an endpoint whose file lists the texts taken, in order: saves them, notes where
   * the list goes, and returns what the endpoint gives Astro instead of the list. `writeKeptLists`
   * writes the list in its place after the pages. Astro copies an endpoint's body five times on its
   * way to the file; for posts.json at 10,000 items (45 MB a language) that was 300 MB at once.
   */
  async saveAsList(sitePath: string, head: Record<string, unknown>, key: string, count: number): Promise<string> {
    // Each entry is one key: two entries under one key would be written once.
    if (this.now.size !== count) throw new Error(`${sitePath}: ${count} entries listed, ${this.now.size} kept (two entries share a key)`);
    await this.save();
    return listRecipe(this.file, { path: sitePath, head, key });
  }

  /** Writes this build's texts for the next (a temporary file renamed over the old one). */
  async save(): Promise<void> {
    await mkdir(path.dirname(this.file), { recursive: true });
    await writeWhole(
      this.file,
      this.now.entries().map((entry) => `${JSON.stringify(entry)}\n`),
    );
  }
}

/** Where a kept list goes and what comes before its entries (`KeptTexts.saveAsList`). */
export interface ListRecipe {
  path: string;
  head: Record<string, unknown>;
  key: string;
}

const LIST_SUFFIX = '.list.json';

/** Notes where the list of the texts in `file` goes; returns the placeholder. */
function listRecipe(file: string, recipe: ListRecipe): string {
  writeFileSync(`${file}${LIST_SUFFIX}`, JSON.stringify(recipe));
  return LIST_PLACEHOLDER;
}

/**
 * In a build, for an endpoint whose list is made anew every time (new.json, which lists every item of
 * a first deployment): writes the entries, a batch at a time, for `writeKeptLists`, and returns the
 * placeholder to give Astro; undefined outside a build (the endpoint returns the list itself).
 */
export async function listAfterPages(name: string, recipe: ListRecipe, texts: Iterable<string>): Promise<string | undefined> {
  const offer = (globalThis as Slot)[SLOT];
  if (!offer) return undefined;
  const file = path.join(offer.dir, `${name}.jsonl`);
  await mkdir(offer.dir, { recursive: true });
  let n = 0;
  await writeWhole(
    file,
    Iterator.from(texts).map((text) => `${JSON.stringify([String(n++), text])}\n`),
  );
  return listRecipe(file, recipe);
}

/** What a list endpoint gives Astro in a build; the same in Astro's own cache of the route. */
export const LIST_PLACEHOLDER = '{"written":"from the kept texts, after the pages"}\n';

/**
 * After the pages: every list file of `outDir` that holds the placeholder (written by its endpoint in
 * this build, or copied back by Astro from its cache) is written from the kept texts, an entry at a
 * time. Returns the files written.
 */
export async function writeKeptLists(keptDir: string, outDir: string): Promise<string[]> {
  const written: string[] = [];
  const names = (await readdir(keptDir).catch(() => [] as string[])).filter((n) => n.endsWith(LIST_SUFFIX)).sort();
  for (const name of names) {
    const recipe = JSON.parse(await readFile(path.join(keptDir, name), 'utf8')) as ListRecipe;
    const file = path.join(outDir, recipe.path);
    if (!(await isPlaceholder(file))) continue;
    const texts = path.join(keptDir, name.slice(0, -LIST_SUFFIX.length));
    const frame = listFraming(recipe.head, recipe.key);
    let n = 0;
    await writeWhole(
      file,
      (async function* () {
        yield frame.start;
        for await (const text of keptValues(texts)) yield frame.before(n++) + text;
        yield frame.end(n);
      })(),
    );
    written.push(recipe.path);
  }
  return written;
}

/** The texts of a kept file, in order, read a line at a time. */
async function* keptValues(file: string): AsyncGenerator<string> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line) continue;
    const [, value] = JSON.parse(line) as [string, string];
    yield value;
  }
}

async function isPlaceholder(file: string): Promise<boolean> {
  const size = await stat(file).then(
    (s) => s.size,
    () => -1,
  );
  return size === Buffer.byteLength(LIST_PLACEHOLDER) && (await readFile(file, 'utf8')) === LIST_PLACEHOLDER;
}

/**
 * Writes `parts` to `file` in batches of about a megabyte (a write per part costs a call each; one
 * string of the whole was a second copy of a file that can be 50 MB), into a temporary file renamed
 * over `file` at the end: an interrupted build leaves the old file whole.
 */
async function writeWhole(file: string, parts: Iterable<string> | AsyncIterable<string>): Promise<void> {
  const tmp = `${file}.tmp-${process.pid}`;
  // Synchronous writes of strings are encoded natively, without a buffer for the garbage collector.
  const out = openSync(tmp, 'w');
  try {
    let batch = '';
    for await (const part of parts) {
      batch += part;
      if (batch.length > 1 << 20) {
        writeSync(out, batch);
        batch = '';
      }
    }
    writeSync(out, batch);
  } finally {
    closeSync(out);
  }
  await rename(tmp, file);
}
