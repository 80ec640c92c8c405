import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import { ADOPTED_TYPES } from '../model/schemas.ts';
import type { KindRules } from './kind-rules.ts';
import type { StoredItem } from './types.ts';

const moments = z.record(z.string(), z.string()).catch({});
const adopted: ReadonlySet<string> = new Set(ADOPTED_TYPES);

type StoredDocument = Record<string, unknown> & { id: string; type: string };
const isDocument = (d: unknown): d is StoredDocument =>
  typeof d === 'object' && d !== null && typeof (d as { id?: unknown }).id === 'string' && typeof (d as { type?: unknown }).type === 'string';
/** A stored item's documents as stored: the merge compares exactly what it writes. */
const documentsOf = (item: StoredItem | undefined): StoredDocument[] => (Array.isArray(item?.documents) ? item.documents.filter(isDocument) : []);

/**
 * Carries a meeting's `textsSeen` over from its previous version and adds each adopted text not
 * seen before at `at`: a text keeps the moment it first appeared (its feed date, and what makes it
 * new to announce) whatever IPEX does to it later. An adopted text that IPEX no longer lists stays
 * in `documents`, `withdrawn` since `at`, so that its page stays and says so, as every item's does.
 */
export const rememberTexts: NonNullable<KindRules['remember']> = (prev, item, at) => {
  const current = documentsOf(item);
  const listed = new Set(current.map((d) => d.id));
  const gone = documentsOf(prev)
    .filter((d) => adopted.has(d.type) && !listed.has(d.id))
    .map((d) => (typeof d.withdrawn === 'string' ? d : { ...d, withdrawn: at }));
  const documents = [...current, ...gone];
  const textsSeen = { ...moments.parse(prev?.textsSeen) };
  for (const d of documents) if (adopted.has(d.type)) textsSeen[d.id] ??= at;
  const rest = Object.fromEntries(Object.entries(item).filter(([k]) => k !== 'textsSeen' && k !== 'documents'));
  return { ...rest, ...(documents.length > 0 && { documents }), ...(Object.keys(textsSeen).length > 0 && { textsSeen }) };
};

/** `documents` is no change when all that differs is the withdrawn texts the sync keeps itself. */
export const documentChanges: NonNullable<KindRules['detail']> = (before, after, fields) => {
  if (!fields.includes('documents')) return fields;
  const listed = new Set(documentsOf(after).map((d) => d.id));
  const kept = documentsOf(before).filter((d) => !(typeof d.withdrawn === 'string' && !listed.has(d.id)));
  return isDeepStrictEqual(kept, documentsOf(after)) ? fields.filter((f) => f !== 'documents') : fields;
};

/** The merge rules of events: the first sight of each text the meeting adopted, and its withdrawal. */
export const eventRules: KindRules = { detail: documentChanges, remember: rememberTexts };
