import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'zod';
import { loadDiscussion, loadKind, loadMembers } from './load.ts';
import type { Member } from '../model/members.ts';
import type { DiscussionPost } from '../model/discussion.ts';
import { readChambers } from './chambers.ts';
import type { Reuse } from './reuse.ts';
import { hub } from '../config/resolve.ts';
import { chamberSchema, itemSchemas } from '../model/schemas.ts';
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

/** The files a kind is made from: the registries, every snapshot (tag labels, the kinds left out) and
 * its editors' folder (hot topics also read the news' and events' folders, for the items they relate to). */
function inputsOf(kind: SnapshotKind | 'chambers'): string[] {
  if (kind === 'chambers') return [path.join(contentDir, 'registries')];
  const folders = kind === 'topics' ? ['topics', 'news', 'events'] : [kind];
  return [path.join(contentDir, 'registries'), path.join(contentDir, 'snapshot'), ...folders.map((f) => path.join(contentDir, 'editorial', f))];
}

/** What the files under `inputs` are, as the file system says (name, size, time, inode): a changed file changes it. */
function inputStamp(inputs: string[], code: string | undefined): string {
  const hash = createHash('sha256').update(JSON.stringify([code ?? '', hub.site, hub.defaultTimeZone]));
  for (const dir of inputs) {
    let names: string[];
    try {
      names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
    } catch {
      hash.update(`${dir}: none`);
      continue;
    }
    for (const name of names) {
      const s = statSync(path.join(dir, name), { throwIfNoEntry: false });
      if (s?.isFile()) hash.update(`${dir}/${name}:${s.size}:${s.mtimeMs}:${s.ino}\n`);
    }
  }
  return hash.digest('base64url');
}

const stored = z.looseObject({ kind: z.string(), html: z.record(z.string(), z.string()) });

/** A kind's entries as stored, checked at the collection's door: the kind's own schema on its data,
 * and what the loader adds (the kind, the rendered HTML). Typed as the loader's output. */
export function storedSchema<T>(kind: SnapshotKind): z.ZodType<T> {
  return z.custom<T>().superRefine((entry, ctx) => {
    const r = stored.safeParse(entry);
    const { kind: k, html: _html, ...data } = r.success ? r.data : { kind: undefined, html: undefined };
    if (!r.success || k !== kind) return void ctx.addIssue({ code: 'custom', message: `not a stored ${kind} entry (kind and html)` });
    const check = itemSchemas[kind].safeParse(data);
    if (!check.success) for (const issue of check.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });
}

/** Re-runs `load` when a file under the kind's inputs changes (the dev server; a build has no watcher). */
function watch(context: LoaderContext, inputs: string[], load: () => Promise<void>): void {
  const { watcher, logger } = context;
  if (!watcher) return;
  for (const dir of inputs) watcher.add(dir);
  const inside = (file: string) => inputs.some((dir) => file === dir || file.startsWith(`${dir}${path.sep}`));
  let running = Promise.resolve();
  const reload = (file: string) => {
    if (!inside(file)) return;
    running = running.then(async () => {
      logger.info(`${path.relative(contentDir, file)} changed: reloading`);
      // A broken file while editing: say so and keep the last good entries, as Astro's own loaders do.
      await load().catch((e: unknown) => logger.error(e instanceof Error ? e.message : String(e)));
    });
  };
  for (const event of ['change', 'add', 'unlink'] as const) watcher.on(event, reload);
}

/** Astro content-layer loader for one kind: the IPEX snapshot with editors' Markdown laid over it.
 * It reads only what the kind depends on, skips the load when none of those files changed since the
 * last build (a stamp in its `meta`), and otherwise takes every item whose input digest is unchanged
 * from its own store instead of validating and rendering it again. */
export function ipexLoader(kind: SnapshotKind): Loader {
  const inputs = inputsOf(kind);
  return {
    name: `ipex-hub:${kind}`,
    schema: storedSchema(kind),
    load: async (context) => {
      const { store, meta, logger, parseData } = context;
      const code = codeDigest();
      const load = async (force: boolean) => {
        const stamp = inputStamp(inputs, code);
        if (!force && code && meta.get('inputs') === stamp && store.keys().length > 0) {
          logger.info(`${store.keys().length} entries, its files unchanged since the last build`);
          return;
        }
        const previous = new Map(store.entries());
        let unchanged = 0;
        const reuse: Reuse | undefined = code
          ? {
              code,
              get: (k, id, digest) => {
                const e = k === kind ? previous.get(id) : undefined;
                if (e?.digest !== digest) return undefined;
                unchanged++;
                return e.data;
              },
            }
          : undefined;
        const part = await loadKind(kind, { dir: contentDir, defaultTimeZone: hub.defaultTimeZone, site: hub.site, reuse });
        const gone = part.leftOut.find((l) => l.kind === kind);
        if (gone) logger.warn(gone.reason);
        const ids = new Set<string>();
        for (const item of part.entries) {
          ids.add(item.id);
          const digest = part.digests.get(`${kind}/${item.id}`);
          // An unchanged entry is already stored as it is: only new and changed ones pass the door's schema.
          if (digest !== undefined && previous.get(item.id)?.digest === digest) continue;
          const data = await parseData({ id: item.id, data: { ...item } });
          store.set({ id: item.id, data, ...(digest === undefined ? {} : { digest }) });
        }
        for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
        meta.set('inputs', stamp);
        logger.info(`${ids.size} entries, ${unchanged} unchanged since the last build`);
      };
      await load(false);
      watch(context, inputs, () => load(true));
    },
  };
}

/** Astro loader for the chamber registry. */
export function chamberLoader(): Loader {
  const inputs = inputsOf('chambers');
  return {
    name: 'ipex-hub:chambers',
    schema: chamberSchema,
    load: async (context) => {
      const load = async () => {
        const chambers = await readChambers(contentDir);
        context.store.clear();
        for (const c of chambers) context.store.set({ id: c.code, data: await context.parseData({ id: c.code, data: { ...c } }) });
      };
      await load();
      watch(context, inputs, load);
    },
  };
}

/** Astro loader for the members' registry (content/editorial/members/): a removed file is a removed
 * entry. It reads the chamber registry (a member's chamber must exist) and the snapshots (sample
 * members go with the sample site only). */
export function memberLoader(): Loader {
  const inputs = [path.join(contentDir, 'editorial', 'members'), path.join(contentDir, 'registries'), path.join(contentDir, 'snapshot')];
  return {
    name: 'ipex-hub:members',
    schema: z.custom<Member>(),
    load: async (context) => {
      const load = async () => {
        const members = await loadMembers({ dir: contentDir });
        context.store.clear();
        for (const m of members) context.store.set({ id: m.id, data: await context.parseData({ id: m.id, data: { ...m } }) });
      };
      await load();
      watch(context, inputs, load);
    },
  };
}

/** Astro loader for the collected discussion (content/discussion/): one entry per post of the ledger that has replies. */
export function discussionLoader(): Loader {
  const inputs = [path.join(contentDir, 'discussion'), path.join(contentDir, 'snapshot')];
  return {
    name: 'ipex-hub:discussion',
    schema: z.custom<DiscussionPost>(),
    load: async (context) => {
      const load = async () => {
        const discussion = await loadDiscussion({ dir: contentDir });
        context.store.clear();
        for (const p of discussion) {
          const id = `${p.platform} ${p.remoteId}`;
          context.store.set({ id, data: await context.parseData({ id, data: { ...p } }) });
        }
      };
      await load();
      watch(context, inputs, load);
    },
  };
}
