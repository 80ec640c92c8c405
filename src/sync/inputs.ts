import { filesInEffect, readEditorial } from '../content/editorial.ts';
import type { SnapshotKind } from '../model/vocabulary.ts';
import { editorialSlugs } from '../model/identity.ts';

/** Slugs a kind's new items must not take, or why they could not be read (then the kind must not be synced). */
export type Reserved = { ok: true; slugs: Set<string> } | { ok: false; reason: string };

/**
 * The slugs editors' new items take in a kind (`slug:` or the file name, decided as the build
 * decides them, for the files that apply to a synced snapshot), so IPEX items never take them.
 */
export async function reservedSlugs(dir: string, kind: SnapshotKind): Promise<Reserved> {
  try {
    return { ok: true, slugs: editorialSlugs(filesInEffect(await readEditorial(dir, kind), false)) };
  } catch (e) {
    return { ok: false, reason: `editors' files cannot be read: ${e instanceof Error ? e.message : String(e)}` };
  }
}
