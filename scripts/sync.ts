// `npm run sync`: pulls IPEX news, events, hot topics and documents into content/snapshot/ (see docs/operations.md, "Syncing from IPEX").
// Exit codes: 0 every kind synced; 1 a kind kept its previous data (fetch failed or shrank: the
// snapshot is still whole); 2 bad flags or configuration (nothing was requested); 4 the run stopped
// on an unexpected error (files are whole: old or new). With --build, `astro build` follows after 0
// or 1, and a failed build exits 3: a deploy job publishes dist/ only after 0 or 1.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SNAPSHOT_KINDS, type SnapshotKind } from '../src/model/vocabulary.ts';
import { userAgentFor } from '../src/ipex/client.ts';
import type { DayRange } from '../src/ipex/search.ts';
import { lineProgress, terminalProgress } from '../src/sync/progress.ts';
import { summaryLines } from '../src/sync/report.ts';
import { probeLines, runProbe } from '../src/sync/probe.ts';
import { CHANGES_FILE, INVENTORY_FILE, runSync, type SyncOptions } from '../src/sync/run.ts';
import { BUILD_ENV } from './build-env.ts';

const USAGE = `usage: npm run sync -- [options]
  --dir <path>        content folder (default: content): writes snapshot/, reads registries/ and editorial/
  --only <kinds>      comma-separated subset of news,events,topics,documents,glossary (default: all)
  --from <day> --to <day>   only events starting in this window (YYYY-MM-DD, both needed)
  --full-every <h>    documents: hours between full fetches (default 24; 0: every run); runs in between
                      page only until documents unchanged since the last run
  --min-ratio <r>     keep a kind's data when IPEX lists fewer than r × the items held (default 0.5; 0 turns it off)
  --timeout <ms>      time allowed per request (default 30000)
  --retries <n>       retries per request on network errors, 429 and 5xx (default 4)
  --backoff <ms>      first retry delay, doubled each time, with jitter (default 1000)
  --build             run \`astro build\` afterwards (what \`npm run deploy\` does)
  --probe             ask for the first page of every kind and language, print what fields IPEX sent
                      and one sanitised hit per kind; writes nothing (exit 1 when a sync would keep a kind)
environment: IPEX_BASE_URL (IPEX origin), HUB_LANGUAGES (languages fetched), SITE_URL (User-Agent contact)
exit: 0 synced; 1 a kind kept its previous data; 2 bad flags; 3 build failed (--build); 4 stopped on an error`;

class UsageError extends Error {}

function number(name: string, value: string | undefined, fallback: number, check: (n: number) => boolean): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || !check(n)) throw new UsageError(`--${name}: "${value}" is not a valid value`);
  return n;
}

function day(name: string, value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
    throw new UsageError(`--${name}: "${value}" is not a day YYYY-MM-DD`);
  return value;
}

/** Options from the command line and the hub config; throws UsageError before any request. */
async function options(argv: string[]): Promise<{ sync: SyncOptions; build: boolean; probe: boolean }> {
  const { values } = parseArgs({
    args: argv,
    options: {
      dir: { type: 'string', default: 'content' },
      only: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      'min-ratio': { type: 'string' },
      'full-every': { type: 'string' },
      timeout: { type: 'string' },
      retries: { type: 'string' },
      backoff: { type: 'string' },
      build: { type: 'boolean', default: false },
      probe: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const kinds = values.only === undefined ? [...SNAPSHOT_KINDS] : values.only.split(',').map((s) => s.trim());
  const unknown = kinds.find((k) => !SNAPSHOT_KINDS.some((known) => known === k));
  if (unknown !== undefined) throw new UsageError(`--only: unknown kind "${unknown}" (${SNAPSHOT_KINDS.join(', ')})`);
  if ((values.from === undefined) !== (values.to === undefined)) throw new UsageError('--from and --to go together');
  let range: DayRange | undefined;
  if (values.from !== undefined && values.to !== undefined) {
    range = [day('from', values.from), day('to', values.to)];
    if (range[0] > range[1]) throw new UsageError(`--from ${range[0]} is after --to ${range[1]}`);
  }
  // Imported here so that a bad IPEX_BASE_URL or HUB_LANGUAGES is reported like a bad flag.
  const { hub } = await import('../src/config/resolve.ts');
  return {
    build: values.build,
    probe: values.probe,
    sync: {
      dir: path.resolve(values.dir),
      base: hub.ipexBaseUrl,
      languages: hub.languages.map((l) => l.code),
      kinds: SNAPSHOT_KINDS.filter((k: SnapshotKind) => kinds.includes(k)),
      range,
      minRatio: number('min-ratio', values['min-ratio'], 0.5, (n) => n >= 0 && n <= 1),
      fullEveryHours: number('full-every', values['full-every'], 24, (n) => n >= 0),
      now: new Date(),
      holidays: hub.documents.holidays,
      userAgent: userAgentFor(hub.brand, hub.site),
      timeoutMs: number('timeout', values.timeout, 30_000, (n) => Number.isInteger(n) && n > 0),
      retry: {
        retries: number('retries', values.retries, 4, (n) => Number.isInteger(n) && n >= 0),
        baseDelayMs: number('backoff', values.backoff, 1000, (n) => n >= 0),
        maxDelayMs: 60_000,
        maxRetryAfterMs: 120_000,
      },
    },
  };
}

async function main(): Promise<number> {
  let opts: Awaited<ReturnType<typeof options>>;
  try {
    opts = await options(process.argv.slice(2));
  } catch (e) {
    console.error(`sync: ${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
    return 2;
  }
  const { sync } = opts;
  if (opts.probe) {
    if (opts.build) console.error('sync: --probe writes nothing, so --build is ignored');
    console.error(`probe: first page of ${sync.kinds.join(', ')} from ${sync.base} in ${sync.languages.join(', ')}; nothing is written`);
    const probed = await runProbe(sync);
    console.log(probeLines(probed).join('\n'));
    return Object.values(probed).every((p) => p.ok && !p.inventory.failure) ? 0 : 1;
  }
  sync.progress = process.stderr.isTTY ? terminalProgress(process.stderr, sync.kinds) : lineProgress((l) => console.error(l));
  console.error(
    `sync: ${sync.kinds.join(', ')} from ${sync.base} in ${sync.languages.join(', ')} into ${path.relative(process.cwd(), sync.dir) || '.'}/snapshot`,
  );
  let code: number;
  try {
    const { report, ok } = await runSync(sync);
    console.log(summaryLines(report).join('\n'));
    console.log(`change report: ${path.relative(process.cwd(), path.join(sync.dir, 'snapshot', CHANGES_FILE))}`);
    console.log(`field inventory: ${path.relative(process.cwd(), path.join(sync.dir, 'snapshot', INVENTORY_FILE))}`);
    code = ok ? 0 : 1;
  } catch (e) {
    console.error(`sync stopped; every file is whole (old or new): ${e instanceof Error ? e.stack : String(e)}`);
    return 4;
  }
  if (!opts.build) return code;
  const astro = path.join(import.meta.dirname, '../node_modules/astro/bin/astro.mjs');
  const built = spawnSync(process.execPath, [astro, 'build'], {
    stdio: 'inherit',
    env: { ...process.env, ...BUILD_ENV, HUB_CONTENT_DIR: sync.dir },
  });
  if (built.status !== 0) console.error(`build failed (exit ${built.status ?? built.signal}): do not publish dist/`);
  return built.status === 0 ? code : 3;
}

process.exitCode = await main();
