// `npm run bench:build [-- --items N]`: a benchmark, not a test. Generates N items (default 10,000:
// 5,000 events, 4,000 news, 1,000 hot topics, in English and French, plus N / 10 documents) on the
// fake IPEX, syncs them into a content folder with the project's own sync, then runs `astro build`
// three times: cold (empty output folder and card cache), warm (nothing changed), and after an hourly
// change (new items and edited titles upstream, synced again), in two scenarios: a stress hour
// (--added, --edited: 2 % new and 14 % edited) and IPEX's real pace (4 new items, 10 titles edited,
// 1 news item withdrawn, 1 open document's scrutiny updated). For each build it prints wall time,
// peak RSS, pages rendered and reused, cards drawn and reused, pages indexed and files written, and
// why each rendered page missed Astro's cache, grouped by reason and route (bench-build/misses.ts).
// With --languages (a list, or `eu` for all 24), the same corpus is then built again in those languages
// (documents titled in each, every third other item in a third language: fake-ipex/languages.ts), cold
// and warm, and the run prints their ratios to the two-language builds.
// Everything lives in .bench/<run>/ (content, output, card cache) and is removed at the end (--keep
// keeps it); the output stays inside the project like .test-dist/, and the card cache on the same
// file system, so that cards are hard-linked as in a real build.
import { cp, mkdir, mkdtemp, rm, rmdir, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SNAPSHOT_KINDS } from '../src/model/vocabulary.ts';
import { userAgentFor } from '../src/ipex/client.ts';
import { runSync } from '../src/sync/run.ts';
import { startFakeIpex } from './serve-fake-ipex.ts';
import { generateIpex, type FakeMix } from './fake-ipex/generate.ts';
import { applyHourlyChange } from './fake-ipex/hourly-change.ts';
import { withLanguages } from './fake-ipex/languages.ts';
import { EU_LANGUAGE_ORDER } from '../src/i18n/locale.ts';
import { measureRun } from './bench-build/measure.ts';
import { diffFiles, listFiles } from './bench-build/files.ts';
import { parseBuildLog } from './bench-build/build-log.ts';
import { formatMisses, keyedPages, missReasons, readManifest } from './bench-build/misses.ts';
import { median, printMedians, printTable, type BuildRow } from './bench-build/table.ts';
import { BUILD_ENV } from './build-env.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const ASTRO = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');
/** The reference corpus's shares: per 10,000 items, 4,000 news, 5,000 events and 1,000 hot topics. */
const MIX: FakeMix = { news: 0.4, events: 0.5 };
/** The first sync's time; builds run half an hour after their sync, the hourly change one hour later. */
const T0 = Date.parse('2026-12-01T06:00:00Z');
const HOUR = 3_600_000;

const { values } = parseArgs({
  options: {
    items: { type: 'string', default: '10000' },
    added: { type: 'string' },
    edited: { type: 'string' },
    'page-size': { type: 'string', default: '50' },
    keep: { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    languages: { type: 'string' },
    /** A folder: each build writes V8 CPU profiles into `<folder>/<label>/` (main thread: `CPU.*.<pid>.0.*`), to see where its time goes. */
    profile: { type: 'string' },
  },
});
/** The languages of the second corpus, when asked: `eu` is all 24. */
const languages = values.languages === 'eu' ? [...EU_LANGUAGE_ORDER] : values.languages?.split(',').map((l) => l.trim());
if (languages?.some((l) => !(EU_LANGUAGE_ORDER as readonly string[]).includes(l))) {
  console.error(`--languages: ${values.languages} names a language that is not one of the EU's 24 (or eu for all)`);
  process.exit(2);
}
const items = Number(values.items);
// The issue's hourly change for 10,000 items: 200 new, 1,400 titles edited; scaled for other sizes.
const added = Number(values.added ?? Math.round(items * 0.02));
const edited = Number(values.edited ?? Math.round(items * 0.14));
const runs = Number(values.runs);
for (const [flag, n] of Object.entries({ items, added, edited, runs, 'page-size': Number(values['page-size']) })) {
  if (!Number.isInteger(n) || n < 0) {
    console.error(`--${flag} must be a whole number`);
    process.exit(2);
  }
}

const abort = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => abort.abort(`stopped by ${signal}`));

/** Syncs every kind from the fake IPEX into `dir` at `now` and prints one line of what changed. */
async function sync(base: string, dir: string, now: number, label: string, langs = ['en', 'fr']): Promise<void> {
  const started = performance.now();
  const { report, ok } = await runSync({
    dir,
    base,
    languages: langs,
    kinds: [...SNAPSHOT_KINDS],
    minRatio: 0.5,
    now: new Date(now),
    userAgent: userAgentFor('IPEX Hub', 'https://hub.ipex.eu'),
    timeoutMs: 30_000,
    retry: { retries: 4, baseDelayMs: 1000, maxDelayMs: 60_000, maxRetryAfterMs: 120_000 },
  });
  if (!ok) throw new Error(`${label}: a kind kept its previous data: ${JSON.stringify(report.types)}`);
  const kinds = Object.entries(report.types).map(([k, r]) => `${k} ${r.total} (+${r.added.length}, ${r.updated.length} updated)`);
  console.log(`${label}: ${((performance.now() - started) / 1000).toFixed(1)} s; ${kinds.join(', ')}`);
}

/** Runs `astro build` on `content` into `out` with the card cache `cache`, measured. */
async function build(
  label: string,
  dirs: { content: string; out: string; cache: string; astro: string },
  now: number,
  langs = ['en', 'fr'],
): Promise<BuildRow> {
  abort.signal.throwIfAborted();
  const before = await listFiles(dirs.out);
  // As a deploy does (HUB_PREVIOUS_MANIFEST is the live site's): the last build's manifest, so that
  // social/new.json lists what this build adds. The cold build has none: everything is new.
  const previous = path.join(dirs.out, '..', 'previous-manifest.json');
  const hasPrevious = await cp(path.join(dirs.out, 'social/manifest.json'), previous).then(
    () => true,
    () => false,
  );
  const env = {
    ...process.env,
    ...BUILD_ENV,
    NO_COLOR: '1',
    HUB_CONTENT_DIR: dirs.content,
    HUB_OUT_DIR: dirs.out,
    HUB_CARD_CACHE: dirs.cache,
    HUB_BUILD_CACHE: dirs.astro,
    ...(hasPrevious ? { HUB_PREVIOUS_MANIFEST: previous } : {}),
    HUB_NOW: new Date(now).toISOString(),
    SITE_URL: 'https://hub.example.eu',
    // The languages the corpus is synced in (above), not every configured one.
    HUB_LANGUAGES: langs.join(','),
  };
  const manifest = await readManifest(dirs.astro);
  const profile = values.profile ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(values.profile, label.replaceAll(' ', '-'))}`] : [];
  const m = await measureRun(process.execPath, [...profile, ASTRO, 'build'], { cwd: ROOT, env, signal: abort.signal });
  await writeFile(path.join(dirs.out, '..', `${label}.log`), m.output);
  if (m.code !== 0) throw new Error(`${label} build exited ${m.code}:\n${m.output.split('\n').slice(-30).join('\n')}`);
  const row: BuildRow = { label, measured: m, log: parseBuildLog(m.output), files: diffFiles(before, await listFiles(dirs.out)) };
  console.log(
    `${label} build: ${(m.ms / 1000).toFixed(1)} s, peak RSS ${Math.round(m.peakTreeRssKb / 1024)} MB, ${row.log.pages ?? '?'} pages, ${row.log.cardsDrawn ?? '?'} cards drawn, ${row.files.written} files written`,
  );
  const after = await readManifest(dirs.astro);
  if (after) for (const line of formatMisses(missReasons(manifest, after), row.log.generated - keyedPages(after))) console.log(`  rendered because ${line}`);
  return row;
}

/** The same corpus in `langs` (fake-ipex/languages.ts), synced into its own folders and built cold
 * and warm. */
async function otherLanguages(fake: Awaited<ReturnType<typeof startFakeIpex>>, work: string, langs: string[]): Promise<BuildRow[]> {
  const dirs = {
    content: path.join(work, 'content-languages'),
    out: path.join(work, 'out-languages'),
    cache: path.join(work, 'card-cache-languages'),
    astro: path.join(work, 'astro-cache-languages'),
  };
  await mkdir(path.join(dirs.content, 'registries'), { recursive: true });
  await cp(path.join(ROOT, 'content/registries/chambers.json'), path.join(dirs.content, 'registries/chambers.json'));
  fake.data = withLanguages(generateIpex(items, MIX), langs);
  await sync(fake.origin, dirs.content, T0, `sync (the corpus in ${langs.length} languages)`, langs);
  // Labelled cold-24, warm-24 1…: a kind of their own in the medians.
  const rows = [await build(`cold-${langs.length}`, dirs, T0 + HOUR / 2, langs)];
  for (let i = 1; i <= runs; i++) rows.push(await build(`warm-${langs.length} ${i}`, dirs, T0 + HOUR / 2, langs));
  return rows;
}

/** The many-language builds' medians against the two-language ones, with the budget (cold ≤ 2.5×, warm ≤ 1.5×). */
function printLanguageRatios(rows: BuildRow[], n: number): void {
  const of = (kind: string) => median(rows.filter((r) => r.label.split(' ')[0] === kind).map((r) => r.measured.ms));
  console.log(`\n${n} languages against two (medians, same run):`);
  for (const [kind, budget] of [
    ['cold', 2.5],
    ['warm', 1.5],
  ] as const) {
    const two = of(kind);
    const many = of(`${kind}-${n}`);
    const ratio = two ? many / two : 0;
    console.log(
      `  ${kind}: ${(many / 1000).toFixed(1)} s against ${(two / 1000).toFixed(1)} s, ${ratio.toFixed(2)}× (budget ≤ ${budget}×: ${ratio <= budget ? 'met' : 'not met'})`,
    );
  }
}

async function main(): Promise<void> {
  const data = generateIpex(items, MIX);
  const fake = await startFakeIpex({ data, pageSize: Number(values['page-size']), conditional: '304' });
  await mkdir(path.join(ROOT, '.bench'), { recursive: true });
  const work = await mkdtemp(path.join(ROOT, '.bench', 'build-'));
  const dirs = {
    content: path.join(work, 'content'),
    out: path.join(work, 'out'),
    cache: path.join(work, 'card-cache'),
    astro: path.join(work, 'astro-cache'),
  };
  try {
    await mkdir(path.join(dirs.content, 'registries'), { recursive: true });
    await cp(path.join(ROOT, 'content/registries/chambers.json'), path.join(dirs.content, 'registries/chambers.json'));
    console.log(
      `bench:build: ${items} items (${data.news.length} news, ${data.event.length} events, ${data.hottopic.length} hot topics; ${data.document.length} documents) ` +
        `in EN and FR; node ${process.version}, ${availableParallelism()} cores, load average ${loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')}`,
    );
    await sync(fake.origin, dirs.content, T0, 'sync 1 (empty snapshot)');
    // The warm build repeats (nothing changes between runs); each hourly change is a new hour's change
    // on top of the last, so every run does the same amount of work. Cold runs once: it is the slowest.
    const rows = [await build('cold', dirs, T0 + HOUR / 2)];
    for (let i = 1; i <= runs; i++) rows.push(await build(`warm ${i}`, dirs, T0 + HOUR / 2));
    const scenarios = [
      { label: 'stress', change: { added, edited } },
      { label: 'real', change: { added: 4, edited: 10, withdrawn: 1, scrutinies: 1 } },
    ];
    let hour = 0;
    for (const { label, change } of scenarios) {
      for (let i = 1; i <= runs; i++) {
        abort.signal.throwIfAborted();
        hour++;
        fake.data = applyHourlyChange(fake.data, { ...change, hour });
        const what = `${change.added} new items, ${change.edited} titles edited${'withdrawn' in change ? `, ${change.withdrawn} withdrawn, ${change.scrutinies} scrutiny updated` : ''}`;
        await sync(fake.origin, dirs.content, T0 + hour * HOUR, `sync ${hour + 1} (${label} hour: ${what})`);
        rows.push(await build(`${label} ${i}`, dirs, T0 + hour * HOUR + HOUR / 2));
      }
    }
    if (languages) rows.push(...(await otherLanguages(fake, work, languages)));
    console.log(
      `\nload average at the end: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}\n`,
    );
    printTable(rows);
    printMedians(rows);
    if (languages) printLanguageRatios(rows, languages.length);
    if (values.keep) console.log(`\nkept: ${work}`);
  } finally {
    await fake.close();
    if (!values.keep) {
      await rm(work, { recursive: true, force: true });
      await rmdir(path.dirname(work)).catch(() => undefined); // .bench/ itself, unless another run uses it
    }
  }
}

try {
  await main();
} catch (e) {
  console.error(abort.signal.aborted ? `bench:build: ${String(abort.signal.reason)}` : e instanceof Error ? e.message : e);
  process.exitCode = 1;
}
