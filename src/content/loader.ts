import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { loadContent, type Content } from './load.ts';
import type { Reuse } from './reuse.ts';
import { hub } from '../config/resolve.ts';
import type { SnapshotKind } from '../model/vocabulary.ts';

/** The content folder: `content/`, or `HUB_CONTENT_DIR` (tests build fixtures this way). */
export const contentDir = path.resolve(process.env.HUB_CONTENT_DIR || 'content');

/**
 * A digest of the code that validates and renders items (src/content/, src/model/) and of the
 * installed packages (the lockfile): stored items made by other code are not reused. Undefined when
 * the sources cannot be read (a bundled build): then nothing is reused.
 */
function codeDigest(): string | undefined {
  try {
    const here = fileURLToPath(new URL('.', import.meta.url));
    const hash = createHash('sha256');
    for (const dir of [here, path.join(here, '../model')]) {
      const files = readdirSync(dir).filter((f) => f.endsWith('.ts')).sort();
      if (!files.includes('load.ts') && !files.includes('schemas.ts')) return undefined;
      for (const f of files) hash.update(f).update(readFileSync(path.join(dir, f)));
    }
    hash.update(readFileSync(path.resolve('package-lock.json')));
    return hash.digest('base64url');
  } catch {
    return undefined;
  }
}

/** Each kind's entries from the last build, as the content layer's store kept them (id → digest, data). */
const previous = new Map<SnapshotKind, Map<string, { digest?: string | number | undefined; data: unknown }>>();
/** How many entries of each kind were taken from the store, for the build log. */
const reused = new Map<SnapshotKind, number>();

let pending: Promise<Content> | undefined;
/** Loaders made (one per collection), and those that have taken this load's content. */
let loaders = 0;
const taken = new Set<string>();

/** Loads all content once per build: the collections share one validation pass, which takes an
 * item from the last build's store when the digest of its input is unchanged. Once every loader has
 * taken its part the load is let go: the store holds the entries, and a second copy of every item
 * would stay in memory for the whole build. */
async function content(name: string): Promise<Content> {
  pending ??= loadContent({ dir: contentDir, defaultTimeZone: hub.defaultTimeZone, site: hub.site, reuse: storeReuse() });
  try {
    return await pending;
  } finally {
    taken.add(name);
    if (taken.size >= loaders) {
      pending = undefined;
      taken.clear();
    }
  }
}

/** Lookups in the last build's store, counted for the log; none when the code cannot be digested. */
function storeReuse(): Reuse | undefined {
  const code = codeDigest();
  if (!code) return undefined;
  return {
    code,
    get: (kind, id, digest) => {
      const e = previous.get(kind)?.get(id);
      if (e?.digest !== digest) return undefined;
      reused.set(kind, (reused.get(kind) ?? 0) + 1);
      return e.data;
    },
  };
}

/** Astro content-layer loader for one kind: the IPEX snapshot with editors' Markdown laid over it. An
 * entry's digest is that of its input, so an unchanged entry is neither re-validated nor re-stored. */
export function ipexLoader(kind: SnapshotKind): Loader {
  loaders++;
  return {
    name: `ipex-hub:${kind}`,
    load: async ({ store, generateDigest, logger }) => {
      previous.set(kind, new Map(store.entries()));
      const loaded = await content(kind);
      previous.delete(kind); // looked up during the shared load only: let the old entries go
      const gone = loaded.leftOut.find((l) => l.kind === kind);
      if (gone) logger.warn(gone.reason);
      const digestOf = (item: { id: string }) => loaded.digests.get(`${kind}/${item.id}`) ?? generateDigest(JSON.stringify(item));
      const ids = new Set<string>();
      for (const item of loaded[kind]) {
        ids.add(item.id);
        store.set({ id: item.id, data: { ...item }, digest: digestOf(item) });
      }
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      logger.info(`${ids.size} entries, ${reused.get(kind) ?? 0} unchanged since the last build`);
    },
  };
}

/** Astro loader for the chamber registry. */
export function chamberLoader(): Loader {
  loaders++;
  return {
    name: 'ipex-hub:chambers',
    load: async ({ store }) => {
      store.clear();
      for (const c of (await content('chambers')).chambers) store.set({ id: c.code, data: { ...c } });
    },
  };
}

/** Astro loader for the members' registry: a removed file is a removed entry. */
export function memberLoader(): Loader {
  loaders++;
  return {
    name: 'ipex-hub:members',
    load: async ({ store }) => {
      store.clear();
      for (const m of (await content('members')).members) store.set({ id: m.id, data: { ...m } });
    },
  };
}

/** Astro loader for the collected discussion: one entry per post of the ledger that has replies. */
export function discussionLoader(): Loader {
  loaders++;
  return {
    name: 'ipex-hub:discussion',
    load: async ({ store }) => {
      store.clear();
      for (const p of (await content('discussion')).discussion) store.set({ id: `${p.platform} ${p.remoteId}`, data: { ...p } });
    },
  };
}
