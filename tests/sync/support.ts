import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SnapshotKind } from '../../src/model/vocabulary.ts';
import type { RetryEvent } from '../../src/ipex/client.ts';
import { TEST_LANGUAGES } from '../support/languages.ts';
import { runSync, type SyncOptions, type SyncResult } from '../../src/sync/run.ts';
import type { StoredItem } from '../../src/sync/types.ts';
import { startFakeIpex, type FakeIndex, type FakeIpex, type FakeRecord } from '../../scripts/serve-fake-ipex.ts';
import { ROOT } from '../support/build.ts';

/** The runs' times: a first sync, and one an hour later. */
export const NOW1 = new Date('2026-11-25T12:00:00Z');
export const NOW2 = new Date('2026-11-25T13:00:00Z');
/** The client's timeout in tests: a hanging request fails in well under a second. */
export const TIMEOUT_MS = 400;

/** The fixture records of tests/fixtures/ipex, fresh copies. */
export async function fixtureData(): Promise<Record<FakeIndex, FakeRecord[]>> {
  const read = async (name: string): Promise<FakeRecord[]> => JSON.parse(await readFile(path.join(ROOT, 'tests/fixtures/ipex', `${name}.json`), 'utf8'));
  return {
    news: await read('news'),
    event: await read('events'),
    hottopic: await read('hottopic'),
    document: await read('documents'),
    glossary: await read('glossary'),
  };
}

/** A fake IPEX with the fixtures, two hits per page. */
export async function fixtureServer(): Promise<FakeIpex> {
  return startFakeIpex({ data: await fixtureData(), pageSize: 2 });
}

/** News as an IPEX that names its fields otherwise might send it: `headline`, `body`, `date`. */
function renamedNews(record: FakeRecord): FakeRecord {
  const { titles, descriptions, publicationDate, ...rest } = record.source;
  const first = (list: unknown) => (Array.isArray(list) && typeof list[0]?.message === 'string' ? list[0].message : undefined);
  return { link: record.link, source: { ...rest, headline: first(titles), body: first(descriptions), date: publicationDate } };
}

/**
 * An IPEX unlike the one assumed (IPEX-DATA.md): news under other field names (`headline`, `body`,
 * `date`), no glossary index (404), and every link in the legacy `.do` form.
 */
export async function otherIpexServer(): Promise<FakeIpex> {
  const data = await fixtureData();
  const legacy = (r: FakeRecord): FakeRecord => {
    const related = r.source.relatedLinks;
    const legacyLink = (l: unknown) => (typeof l === 'object' && l !== null && 'url' in l ? { ...l, url: `${String(l.url)}.do` } : l);
    return { ...r, link: `${r.link}.do`, source: { ...r.source, ...(Array.isArray(related) && { relatedLinks: related.map(legacyLink) }) } };
  };
  const fake = await startFakeIpex({
    data: {
      news: data.news.map(renamedNews).map(legacy),
      event: data.event.map(legacy),
      hottopic: data.hottopic.map(legacy),
      document: data.document.map(legacy),
      glossary: [],
    },
    pageSize: 2,
  });
  fake.unserved.push('glossary');
  return fake;
}

/** An empty content folder with the real chamber registry. */
export async function tempContent(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ipex-hub-sync-'));
  await mkdir(path.join(dir, 'registries'));
  await cp(path.join(ROOT, 'content/registries/chambers.json'), path.join(dir, 'registries/chambers.json'));
  return dir;
}

/** Runs a sync against the fake server with test settings: fast retries, short timeout, fixed time. */
export async function sync(dir: string, fake: FakeIpex, overrides: Partial<SyncOptions> = {}): Promise<SyncResult & { retries: RetryEvent[] }> {
  const retries: RetryEvent[] = [];
  const result = await runSync({
    dir,
    base: fake.origin,
    languages: ['en', 'fr'],
    kinds: ['news', 'events', 'topics'],
    minRatio: 0.5,
    now: NOW1,
    userAgent: 'IPEX-Hub/0.1 (+https://hub.example.eu)',
    timeoutMs: TIMEOUT_MS,
    retry: { retries: 2, baseDelayMs: 5, maxDelayMs: 50, maxRetryAfterMs: 2000 },
    // Every run fetches documents in full unless a test is about light runs.
    fullEveryHours: 0,
    progress: { page() {}, done() {}, retry: (e) => retries.push(e) },
    ...overrides,
  });
  return { ...result, retries };
}

/** A content folder whose `kinds` were synced once from `fake`, with the server's request log cleared. */
export async function syncedOnceFrom(fake: FakeIpex, kinds: SnapshotKind[]): Promise<string> {
  const dir = await tempContent();
  const first = await sync(dir, fake, { kinds });
  if (!first.ok) throw new Error(`the first sync of ${kinds.join(', ')} failed: ${JSON.stringify(first.report.types)}`);
  fake.requests.length = 0;
  return dir;
}

/** The page numbers the fake server was asked for, of one index in one language, in order. */
export function pagesAsked(fake: FakeIpex, index: FakeIndex, lang: string): (number | undefined)[] {
  return fake.requests.filter((q) => q.index === index && q.lang === lang).map((q) => q.page);
}

/** A snapshot file's text. */
export function snapshotText(dir: string, kind: SnapshotKind): Promise<string> {
  return readFile(path.join(dir, 'snapshot', `${kind}.json`), 'utf8');
}

/** A snapshot file's items. */
export async function snapshotItems(dir: string, kind: SnapshotKind): Promise<StoredItem[]> {
  const json: { items: StoredItem[] } = JSON.parse(await snapshotText(dir, kind));
  return json.items;
}

/** One item of a snapshot file, by id. */
export async function snapshotItem(dir: string, kind: SnapshotKind, id: string): Promise<StoredItem | undefined> {
  return (await snapshotItems(dir, kind)).find((i) => i.id === id);
}

/** All snapshot files' texts, to compare before and after. */
export async function snapshotTexts(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(path.join(dir, 'snapshot'))).filter((n) => /^(news|events|topics)\.json$/.test(n)).sort();
  return Object.fromEntries(await Promise.all(names.map(async (n) => [n, await readFile(path.join(dir, 'snapshot', n), 'utf8')] as const)));
}

/** Files in the snapshot folder (to catch leftover temporary files). */
export async function snapshotFiles(dir: string): Promise<string[]> {
  return (await readdir(path.join(dir, 'snapshot'))).sort();
}

/** The change report on disk. */
export async function changesOnDisk(dir: string): Promise<unknown> {
  return JSON.parse(await readFile(path.join(dir, 'snapshot', 'changes.json'), 'utf8'));
}

/** The environment without settings that would change the hub config under test; the languages are
 * those the IPEX fixtures speak (English and French). */
function hubEnv(): NodeJS.ProcessEnv {
  const { HUB_LANGUAGES: _languages, SITE_URL: _site, ...rest } = process.env;
  return { ...rest, HUB_LANGUAGES: TEST_LANGUAGES };
}

/** Runs `scripts/sync.ts` as `npm run sync` would, with IPEX_BASE_URL pointing at the fake server. */
export function syncCli(fake: FakeIpex, args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts/sync.ts'), ...args], {
      cwd: ROOT,
      env: { ...hubEnv(), IPEX_BASE_URL: fake.origin, NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
