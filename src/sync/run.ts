import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { SNAPSHOT_KINDS, type SnapshotKind } from '../model/vocabulary.ts';
import { snapshotFile } from '../content/snapshot.ts';
import { readHttpCache } from '../ipex/cache.ts';
import { createClient } from '../ipex/client.ts';
import { IpexFetchError } from '../ipex/errors.ts';
import { fetchKind, type LanguageHits } from '../ipex/fetch-kind.ts';
import { inventoryOf, type KindInventory } from '../ipex/inventory.ts';
import type { MapContext } from '../ipex/map/context.ts';
import type { RetryPolicy } from '../http/retry.ts';
import type { DayRange } from '../ipex/search.ts';
import { writeFileAtomic } from '../files/atomic.ts';
import { readChambers } from '../content/chambers.ts';
import { reservedSlugs, type Reserved } from './inputs.ts';
import { documentRules } from './documents.ts';
import { eventRules } from './meeting-texts.ts';
import { votesByChamber } from '../model/votes.ts';
import { keptPrevious, type MergeResult } from './merge.ts';
import { readPrevious, type PreviousRead } from './previous.ts';
import { silentProgress, type Progress } from './progress.ts';
import { serializeReport } from './report.ts';
import { scopeOf } from './scope.ts';
import { serializeSnapshot } from './serialize.ts';
import { textField, type ChangeReport, type StoredItem } from './types.ts';
import { updateKind } from './update-kind.ts';
import { isFullRun, LIGHT_STATE_FILE, nextLightState, readLightState, serializeLightState, unchangedPage } from './light.ts';
import { idOfLink } from '../ipex/hits.ts';

/** Name of the change report, next to the snapshot files. */
export const CHANGES_FILE = 'changes.json';
/** Name of the field inventory of the last run (what IPEX sent, per kind and language), next to the snapshot files. */
export const INVENTORY_FILE = 'inventory.json';
/** Name of the HTTP validator cache, next to the snapshot files. */
export const HTTP_CACHE_FILE = '.http-cache.json';

/** Everything a sync run needs; the CLI fills it from flags and the hub config. */
export interface SyncOptions {
  /** Content folder: `snapshot/` is written, `registries/` and `editorial/` are read. */
  dir: string;
  /** IPEX origin. */
  base: string;
  /** Lower-case language codes to fetch, the primary one first. */
  languages: string[];
  /** Kinds to sync; the others are left as they are. */
  kinds: SnapshotKind[];
  /** Day window for events. */
  range?: DayRange | undefined;
  /** Fetches listing fewer than this share of the items held are not trusted (default 0.5). */
  minRatio: number;
  /** The run's time. */
  now: Date;
  /** The institutions' holidays of years where the configuration replaces the built-in list (`documents.holidays`). */
  holidays?: Record<string, string[]> | undefined;
  userAgent: string;
  timeoutMs: number;
  retry: RetryPolicy;
  /** Requests in flight at most (default 2). */
  concurrency?: number | undefined;
  /** Hours between full fetches of the documents (default 24; 0: every run); runs between them page
   * only until documents unchanged since the last run. */
  fullEveryHours?: number | undefined;
  /** Pages per listing at most (default 10,000). */
  maxPages?: number | undefined;
  progress?: Progress | undefined;
  /** Injectable waits and randomness, for tests. */
  sleep?: ((ms: number) => Promise<void>) | undefined;
  random?: (() => number) | undefined;
}

/** The outcome of a run: the change report and field inventory (also written to disk) and whether every kind updated. */
export interface SyncResult {
  report: ChangeReport;
  inventory: Partial<Record<SnapshotKind, KindInventory>>;
  ok: boolean;
}

/** A kind's fetch: its hits, or why not (`notServed`: IPEX answered 404, it has no such index). */
type Fetched = { ok: true; languages: LanguageHits[] } | { ok: false; reason: string; notServed?: boolean };

const idsOf = (items: StoredItem[]) => new Set(items.flatMap((i) => textField(i, 'id') ?? []));
const slugsOf = (r: Reserved | undefined) => (r?.ok ? r.slugs : new Set<string>());
const itemsOf = (read: PreviousRead) => (read.state === 'ok' ? read.snapshot.items : []);

/** Each language's hits of the items that every language listed. */
function listedInAll(languages: LanguageHits[]): LanguageHits[] {
  const idOf = (h: { link: string | undefined }) => (h.link === undefined ? undefined : idOfLink(h.link));
  const sets = languages.map((l) => new Set(l.hits.flatMap((h) => idOf(h) ?? [])));
  const inAll = (id: string | undefined) => id !== undefined && sets.every((s) => s.has(id));
  return languages.map((l) => ({ ...l, hits: l.hits.filter((h) => inAll(idOf(h))) }));
}

/** Fetches, merges and writes the snapshot of each requested kind; a failed kind keeps its data. */
export async function runSync(options: SyncOptions): Promise<SyncResult> {
  const now = new Date(Math.floor(options.now.getTime() / 1000) * 1000).toISOString();
  const progress = options.progress ?? silentProgress;
  const snapshotDir = path.join(options.dir, 'snapshot');
  const registry = await readChambers(options.dir);
  // No registry: chamber codes are kept unchecked.
  const chambers = registry.length > 0 ? new Set(registry.map((c) => c.code)) : undefined;
  // The registry gives documents' votes (by membership on each day); one that cannot give them stops the run here, before any request.
  if (registry.length > 0) votesByChamber(registry);
  const members = registry.length > 0 ? registry : undefined;
  const previous = new Map(await Promise.all(SNAPSHOT_KINDS.map(async (k) => [k, await readPrevious(options.dir, k)] as const)));
  const reserved = new Map(await Promise.all(options.kinds.map(async (k) => [k, await reservedSlugs(options.dir, k)] as const)));
  const cache = await readHttpCache(path.join(snapshotDir, HTTP_CACHE_FILE), now);
  const lightFile = path.join(snapshotDir, LIGHT_STATE_FILE);
  const lightState = options.kinds.includes('documents') ? await readLightState(lightFile) : undefined;
  const prevDocs = previous.get('documents');
  // A light run needs real documents to compare with: after the sample, or without a file, fetch everything.
  const lightDocs =
    lightState !== undefined && prevDocs?.state === 'ok' && !prevDocs.snapshot.sample && !isFullRun(lightState, now, options.fullEveryHours ?? 24);
  const client = createClient({
    userAgent: options.userAgent,
    timeoutMs: options.timeoutMs,
    retry: options.retry,
    concurrency: options.concurrency ?? 2,
    cache,
    onRetry: (e) => progress.retry(e),
    sleep: options.sleep,
    random: options.random,
  });

  // Network first, for every kind at once (the client keeps requests to two in flight).
  const fetched = new Map<SnapshotKind, Fetched>(
    await Promise.all(
      options.kinds.map(async (kind): Promise<[SnapshotKind, Fetched]> => {
        const prev = previous.get(kind);
        if (prev?.state === 'broken') return [kind, { ok: false, reason: prev.reason }];
        const slugs = reserved.get(kind);
        if (slugs && !slugs.ok) return [kind, { ok: false, reason: slugs.reason }];
        try {
          const languages = await fetchKind({
            client,
            base: options.base,
            kind,
            languages: options.languages,
            range: options.range,
            maxPages: options.maxPages ?? 10_000,
            stopAfter: kind === 'documents' && lightDocs && lightState ? unchangedPage(lightState) : undefined,
            onPage: (lang, page, hits) => progress.page(kind, lang, page, hits),
          });
          return [kind, { ok: true, languages }];
        } catch (e) {
          return [
            kind,
            {
              ok: false,
              reason: `fetch incomplete: ${e instanceof Error ? e.message : String(e)}`,
              notServed: e instanceof IpexFetchError && e.status === 404,
            },
          ];
        }
      }),
    ),
  );

  // Then the pure part, news and events before topics, whose related ids must exist; documents and glossary last.
  const report: ChangeReport = { generatedAt: now, types: {} };
  const results = new Map<SnapshotKind, MergeResult>();
  const inventory: SyncResult['inventory'] = {};
  let lightTaken: LanguageHits[] | undefined;
  const finalItems = (k: SnapshotKind) => results.get(k)?.items ?? itemsOf(previous.get(k) ?? { state: 'missing' });
  for (const kind of (['news', 'events', 'topics', 'documents', 'glossary'] as const).filter((k) => options.kinds.includes(k))) {
    const got = fetched.get(kind);
    const prev = previous.get(kind) ?? { state: 'missing' };
    if (got && !got.ok && got.notServed && prev.state === 'missing') {
      // Nothing to keep: an empty snapshot tells the build to leave the kind out instead of stopping.
      results.set(kind, {
        items: [],
        report: keptPrevious(`IPEX does not serve ${kind} (${got.reason}); an empty snapshot was written, and the build leaves ${kind} out`, 0, 0),
        write: true,
      });
    }
    if (!got || !got.ok) {
      report.types[kind] = results.get(kind)?.report ?? keptPrevious(got?.reason ?? 'not fetched', 0, itemsOf(prev).length);
      progress.done(kind, report.types[kind]);
      continue;
    }
    inventory[kind] = inventoryOf(kind, got.languages);
    const failure = inventory[kind].failure;
    if (failure !== undefined) {
      // Fields IPEX names otherwise: mapping would give empty items, not an error; keep what the hub has.
      report.types[kind] = keptPrevious(failure, Math.max(...got.languages.map((l) => l.hits.length)), itemsOf(prev).length);
      progress.done(kind, report.types[kind]);
      continue;
    }
    const ctx: MapContext = {
      base: options.base,
      primaryLang: options.languages[0] ?? 'en',
      chambers,
      known: { news: idsOf(finalItems('news')), events: idsOf(finalItems('events')) },
    };
    const light = kind === 'documents' && lightDocs;
    // A light run saw only the first pages, and each language may stop at another: it takes the items
    // every language listed (one language's response alone would drop the others' texts), and what it
    // did not take is neither withdrawn nor counted as held.
    const languages = light ? listedInAll(got.languages) : got.languages;
    if (light) lightTaken = languages;
    const listed = new Set(languages.flatMap((l) => l.hits.flatMap((h) => (h.link === undefined ? [] : (idOfLink(h.link) ?? [])))));
    const result = updateKind(kind, languages, ctx, {
      previous: prev.state === 'ok' ? prev.snapshot : undefined,
      now,
      inScope: light ? (item) => listed.has(textField(item, 'id') ?? '') : scopeOf(kind, options.range),
      reservedSlugs: slugsOf(reserved.get(kind)),
      minRatio: options.minRatio,
      rules: kind === 'documents' ? documentRules(members, options.holidays) : kind === 'events' ? eventRules : undefined,
    });
    if (light) result.report.light = true;
    results.set(kind, result);
    report.types[kind] = result.report;
    progress.done(kind, result.report);
  }

  await mkdir(snapshotDir, { recursive: true });
  for (const [kind, result] of results) {
    if (result.write) await writeFileAtomic(path.join(options.dir, snapshotFile(kind)), serializeSnapshot(kind, now, result.items));
  }
  await writeFileAtomic(path.join(snapshotDir, CHANGES_FILE), serializeReport(report));
  await writeFileAtomic(path.join(snapshotDir, INVENTORY_FILE), `${JSON.stringify({ generatedAt: now, kinds: inventory }, null, 2)}\n`);
  await writeFileAtomic(path.join(snapshotDir, HTTP_CACHE_FILE), cache.serialize());
  const docs = fetched.get('documents');
  if (docs?.ok && report.types.documents?.status !== 'kept-previous') {
    // Only what was merged counts as seen: a hit left out now must still look changed next time.
    await writeFileAtomic(lightFile, serializeLightState(nextLightState(lightState, lightTaken ?? docs.languages, !lightDocs, now)));
  }
  const ok = Object.values(report.types).every((r) => r.status !== 'kept-previous');
  return { report, inventory, ok };
}
