// `npm run bench:sync [-- --items N --documents D]`: syncs N generated items (default 5,000) from a fake
// IPEX on 127.0.0.1 into a temporary folder, then syncs again with no upstream change (with, then
// without the HTTP cache), and prints wall time, peak RSS and whether the snapshot stayed
// byte-identical. Then D documents (default 12,000; 0 skips): a full sync, an hourly one after a few
// changes at the top of the listing (paging stops at unchanged documents), and a full one for comparison.
// Each sync runs in a child process so that its peak RSS is the sync's alone, not the fake server's.
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { KINDS } from '../src/model/vocabulary.ts';
import { userAgentFor } from '../src/ipex/client.ts';
import { runSync } from '../src/sync/run.ts';
import { startFakeIpex } from './serve-fake-ipex.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    items: { type: 'string', default: '5000' },
    documents: { type: 'string', default: '12000' },
    'page-size': { type: 'string', default: '50' },
    child: { type: 'string' },
    dir: { type: 'string' },
    kinds: { type: 'string' },
    'full-every': { type: 'string', default: '24' },
  },
});

/** Child mode: one sync, then its figures as a JSON line. */
async function child(base: string, dir: string): Promise<void> {
  const started = performance.now();
  const { report, ok } = await runSync({
    dir,
    base,
    languages: ['en', 'fr'],
    kinds: values.kinds === 'documents' ? ['documents'] : [...KINDS],
    fullEveryHours: Number(values['full-every']),
    minRatio: 0.5,
    now: new Date(),
    userAgent: userAgentFor('IPEX Hub', 'https://hub.ipex.eu'),
    timeoutMs: 30_000,
    retry: { retries: 4, baseDelayMs: 1000, maxDelayMs: 60_000, maxRetryAfterMs: 120_000 },
  });
  const ms = performance.now() - started;
  const statuses = Object.fromEntries(Object.entries(report.types).map(([k, r]) => [k, `${r.status} (${r.total})`]));
  console.log(JSON.stringify({ ok, ms, maxRssKb: process.resourceUsage().maxRSS, statuses }));
}

/** Runs one sync in a child process and returns its figures. */
function measure(base: string, dir: string, extra: string[] = []): Promise<{ ok: boolean; ms: number; maxRssKb: number; statuses: Record<string, string> }> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [import.meta.filename, '--child', base, '--dir', dir, ...extra], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.on('error', reject);
    p.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`sync child exited ${code}: ${out}`))));
  });
}

async function snapshotBytes(dir: string): Promise<string> {
  return (await Promise.all(KINDS.map((k) => readFile(path.join(dir, 'snapshot', `${k}.json`), 'utf8')))).join('\0');
}

async function main(): Promise<void> {
  const items = Number(values.items);
  const { generateIpex } = await import('./fake-ipex/generate.ts');
  const data = generateIpex(items);
  const fake = await startFakeIpex({ data, pageSize: Number(values['page-size']), conditional: '304' });
  const dir = await mkdtemp(path.join(tmpdir(), 'ipex-hub-bench-sync-'));
  await mkdir(path.join(dir, 'registries'));
  await cp(path.join(ROOT, 'content/registries/chambers.json'), path.join(dir, 'registries/chambers.json'));
  const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
  const line = (label: string, r: Awaited<ReturnType<typeof measure>>, requests: number) =>
    console.log(
      `${label}: ${(r.ms / 1000).toFixed(2)} s, ${requests} requests, peak RSS ${mb(r.maxRssKb)}, ${Object.entries(r.statuses)
        .map(([k, s]) => `${k} ${s}`)
        .join(', ')}${r.ok ? '' : ' (NOT OK)'}`,
    );
  try {
    console.log(
      `fake IPEX: ${items} items (${data.news.length} news, ${data.event.length} events, ${data.hottopic.length} topics) in EN and FR, ${fake.pageSize} per page; node ${process.version}`,
    );
    const first = await measure(fake.origin, dir);
    line('sync 1, empty snapshot', first, fake.requests.length);
    const before = await snapshotBytes(dir);
    fake.requests.length = 0;
    const second = await measure(fake.origin, dir);
    const notModified = fake.requests.filter((r) => r.status === 304).length;
    line(`sync 2, no upstream change, conditional requests (${notModified} × 304)`, second, fake.requests.length);
    console.log(`  snapshot byte-identical after sync 2: ${(await snapshotBytes(dir)) === before ? 'yes' : 'NO'}`);
    await rm(path.join(dir, 'snapshot', '.http-cache.json'));
    fake.requests.length = 0;
    const third = await measure(fake.origin, dir);
    line('sync 3, no upstream change, no HTTP cache', third, fake.requests.length);
    console.log(`  snapshot byte-identical after sync 3: ${(await snapshotBytes(dir)) === before ? 'yes' : 'NO'}`);
    console.log(`  content folder: ${dir}`);
  } finally {
    await fake.close();
  }
  const count = Number(values.documents);
  if (count > 0) await documentsBench(count, line);
}

/** Documents: a full sync, an hourly (light) one after changes at the top, and a full one for comparison. */
async function documentsBench(count: number, line: (label: string, r: Awaited<ReturnType<typeof measure>>, requests: number) => void): Promise<void> {
  const { generateDocuments } = await import('./fake-ipex/generate-documents.ts');
  const fake = await startFakeIpex({ data: { document: generateDocuments(count) }, pageSize: Number(values['page-size']) });
  const dir = await mkdtemp(path.join(tmpdir(), 'ipex-hub-bench-sync-docs-'));
  await mkdir(path.join(dir, 'registries'));
  await cp(path.join(ROOT, 'content/registries/chambers.json'), path.join(dir, 'registries/chambers.json'));
  const docs = ['--kinds', 'documents'];
  try {
    console.log(`fake IPEX: ${count} documents in EN and FR, ${fake.pageSize} per page`);
    line('documents sync 1, empty snapshot (full)', await measure(fake.origin, dir, docs), fake.requests.length);
    // An hour's worth of change at the top of the listing: three documents retitled.
    for (const r of fake.data.document.slice(0, 3)) r.source = { ...r.source, titles: [{ language: 'EN', message: `${String(r.link)} retitled` }] };
    fake.requests.length = 0;
    line('documents sync 2, hourly, 3 changed at the top (light)', await measure(fake.origin, dir, docs), fake.requests.length);
    fake.requests.length = 0;
    line('documents sync 3, no change, full (--full-every 0)', await measure(fake.origin, dir, [...docs, '--full-every', '0']), fake.requests.length);
  } finally {
    await fake.close();
  }
}

if (values.child !== undefined) await child(values.child, values.dir ?? '');
else await main();
