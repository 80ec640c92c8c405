import { createHash } from 'node:crypto';
import stringify from 'safe-stable-stringify';
import { z } from 'zod';
import type { Item } from '../model/item.ts';
import { itemGuid } from '../model/urls.ts';

/** Format marker of the manifest each build publishes. */
export const MANIFEST_FORMAT = 'ipex-hub-manifest/1';

/** Every item id the site has ever published, with a digest of its current content. */
export interface Manifest {
  format: typeof MANIFEST_FORMAT;
  items: Record<string, string>;
}

/** A digest of what an item says (rendered HTML aside), to tell edits apart from no change. */
export function itemDigest(item: Item): string {
  const { html: _html, ...data } = item;
  return createHash('sha256')
    .update(stringify(data) ?? '')
    .digest('hex')
    .slice(0, 16);
}

/** This build's manifest: the previous one's ids (so that nothing is announced twice, even after
 * a withdrawal and a return) plus every current item with its digest, and `extra` ids (documents, scrutiny events). */
export function nextManifest(previous: Manifest | undefined, items: Item[], extra: Record<string, string> = {}): Manifest {
  const out: Record<string, string> = { ...previous?.items, ...extra };
  for (const item of items) out[itemGuid(item)] = itemDigest(item);
  return { format: MANIFEST_FORMAT, items: Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1))) };
}

/** Items first seen in this build: not in the previous manifest, and not withdrawn. Without a
 * previous manifest (a first build) every item is new. */
export function newItems(previous: Manifest | undefined, items: Item[]): Item[] {
  return items.filter((i) => !i.withdrawn && !(previous && itemGuid(i) in previous.items));
}

/** Checks a manifest read from a file or the deployed site. */
export function parseManifest(text: string, source: string): Manifest {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Error(`Previous manifest ${source} is not JSON: ${(e as Error).message}`, { cause: e });
  }
  const m = z.object({ format: z.literal(MANIFEST_FORMAT), items: z.record(z.string(), z.string()) }).safeParse(data);
  if (!m.success) throw new Error(`Previous manifest ${source} is not an ${MANIFEST_FORMAT} file: ${m.error.issues[0]?.message ?? ''}`);
  return m.data;
}
