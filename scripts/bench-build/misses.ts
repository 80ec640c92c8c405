// Why Astro's incremental build rendered a page instead of copying it. Astro logs only "(cached)" or
// nothing; its manifest (incremental-build.json in the build cache) records, per route, the route's
// code hash and, per page, its cacheKey and content-entry hashes, which are exactly what its skip
// test compares (astro/dist/core/build/incremental.js, canSkip). Comparing the manifest before and
// after a build gives each miss its reason.
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** The parts of Astro's incremental-build manifest its skip test reads. */
export interface IncrementalManifest {
  configHash?: string;
  lockfileHash?: string;
  routes: Record<string, { dependencyHash: string; paths: Record<string, { cacheKey: string; contentHashes?: Record<string, string> }> }>;
}

export type MissReason = 'no usable previous build' | 'new route' | 'route code changed' | 'new page' | 'key changed' | 'content entry changed';

/** One group of misses: a reason and the route it happened on, with how many pages. */
export interface MissGroup {
  reason: MissReason;
  route: string;
  pages: number;
}

/** Reads the manifest in an Astro build cache folder; undefined when there is none. */
export async function readManifest(cacheDir: string): Promise<IncrementalManifest | undefined> {
  const text = await readFile(path.join(cacheDir, 'incremental-build.json'), 'utf8').catch(() => undefined);
  return text === undefined ? undefined : (JSON.parse(text) as IncrementalManifest);
}

/** The reason Astro could not reuse a page keyed in `after`, or undefined if it could. */
function reasonFor(before: IncrementalManifest | undefined, after: IncrementalManifest, route: string, page: string): MissReason | undefined {
  // Astro discards a manifest whose config or lockfile hash differs: every page renders.
  if (!before || before.configHash !== after.configHash || before.lockfileHash !== after.lockfileHash) return 'no usable previous build';
  const was = before.routes[route];
  const now = after.routes[route];
  if (!was) return 'new route';
  if (!now || was.dependencyHash !== now.dependencyHash) return 'route code changed';
  const prev = was.paths[page];
  const next = now.paths[page];
  if (!prev || !next) return 'new page';
  if (prev.cacheKey !== next.cacheKey) return 'key changed';
  for (const [entry, hash] of Object.entries(prev.contentHashes ?? {})) if (next.contentHashes?.[entry] !== hash) return 'content entry changed';
  return undefined;
}

/** Misses of one build grouped by reason and route, largest first. Pages without a cacheKey are not in the manifest: the caller counts them apart. */
export function missReasons(before: IncrementalManifest | undefined, after: IncrementalManifest): MissGroup[] {
  const groups = new Map<string, MissGroup>();
  for (const [route, entry] of Object.entries(after.routes)) {
    for (const page of Object.keys(entry.paths)) {
      const reason = reasonFor(before, after, route, page);
      if (!reason) continue;
      const id = `${reason}\u0000${route}`;
      const group = groups.get(id) ?? { reason, route, pages: 0 };
      group.pages++;
      groups.set(id, group);
    }
  }
  return [...groups.values()].sort((a, b) => b.pages - a.pages || a.reason.localeCompare(b.reason) || a.route.localeCompare(b.route));
}

/** Pages the manifest keys: the rest of what Astro generated had no cacheKey and always renders. */
export function keyedPages(manifest: IncrementalManifest | undefined): number {
  return Object.values(manifest?.routes ?? {}).reduce((sum, r) => sum + Object.keys(r.paths).length, 0);
}

/** "key changed 1,289 (src/pages/[lang]/news/[slug].astro)", one line per group, the largest `limit`. */
export function formatMisses(groups: MissGroup[], unkeyed: number, limit = 8): string[] {
  const n = (x: number) => x.toLocaleString('en-GB');
  const lines = groups.slice(0, limit).map((g) => `${g.reason}: ${n(g.pages)} (${g.route})`);
  const rest = groups.slice(limit).reduce((sum, g) => sum + g.pages, 0);
  if (rest) lines.push(`other reasons: ${n(rest)} (${groups.length - limit} groups)`);
  if (unkeyed) lines.push(`no cache key (always rendered: feeds, calendars, lists without a key): ${n(unkeyed)}`);
  return lines;
}
