import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { loadContent, type Content } from './load.ts';
import { hub } from '../config/resolve.ts';
import type { SnapshotKind } from '../model/vocabulary.ts';

/** The content folder: `content/`, or `HUB_CONTENT_DIR` (tests build fixtures this way). */
export const contentDir = path.resolve(process.env.HUB_CONTENT_DIR || 'content');

let pending: Promise<Content> | undefined;

/** Loads all content once per build: the three collections share one validation pass. */
function content(): Promise<Content> {
  pending ??= loadContent({ dir: contentDir, defaultTimeZone: hub.defaultTimeZone, site: hub.site });
  return pending;
}

/** Astro content-layer loader for one kind: the IPEX snapshot with editors' Markdown laid over it. */
export function ipexLoader(kind: SnapshotKind): Loader {
  return {
    name: `ipex-hub:${kind}`,
    load: async ({ store, generateDigest }) => {
      const items = (await content())[kind];
      store.clear();
      for (const item of items) {
        store.set({ id: item.id, data: { ...item }, digest: generateDigest(JSON.stringify(item)) });
      }
    },
  };
}

/** Astro loader for the chamber registry. */
export function chamberLoader(): Loader {
  return {
    name: 'ipex-hub:chambers',
    load: async ({ store }) => {
      store.clear();
      for (const c of (await content()).chambers) store.set({ id: c.code, data: { ...c } });
    },
  };
}
