import type { SnapshotKind } from '../model/vocabulary.ts';
import type { LanguageHits } from './fetch-kind.ts';
import { idOfLink } from './hits.ts';
import { FIELDS, LINK_FIELD, neededFields, type NeededField } from './mapping.ts';

/** How many hits carried a field the mapping reads. */
export interface FieldCount {
  field: string;
  /** Hits with a usable value (present, not null, not an empty string or list). */
  have: number;
  /** True for an id, a title or the ordering date, without which the kind cannot be synced. */
  needed: boolean;
}

/** What one language's hits of a kind carried. */
export interface LanguageInventory {
  /** Lower-case language code. */
  lang: string;
  hits: number;
  /** Every top-level `sourceAsMap` field seen, with how many hits carried it, most frequent first. */
  seen: Record<string, number>;
  /** The fields the mapping reads (`fields.link.value` included) that some hits lacked. */
  lacking: FieldCount[];
}

/** A kind's inventory, and why it cannot be trusted when most hits lack a needed field. */
export interface KindInventory {
  languages: LanguageInventory[];
  /** e.g. `news: 0 of 300 hits have titles; fields seen: headline (300), body (300)`; undefined when usable. */
  failure?: string | undefined;
}

const usable = (value: unknown) => value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);

function countSeen(languages: LanguageHits['hits']): Record<string, number> {
  const counts = new Map<string, number>();
  for (const hit of languages) for (const [key, value] of Object.entries(hit.source)) if (value !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
  // Most frequent first; ties keep the order IPEX sent them in.
  return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1]));
}

function inventoryOfLanguage(kind: SnapshotKind, { lang, hits }: LanguageHits): LanguageInventory {
  const needed = new Set(neededFields(kind).map((n) => n.field));
  const mapped = [LINK_FIELD, ...new Set(Object.values(FIELDS[kind]))];
  const have = (field: string) =>
    hits.filter((h) => (field === LINK_FIELD ? h.link !== undefined && idOfLink(h.link) !== undefined : usable(h.source[field]))).length;
  const lacking = mapped.map((field) => ({ field, have: have(field), needed: needed.has(field) })).filter((c) => c.have < hits.length);
  return { lang, hits: hits.length, seen: countSeen(hits), lacking };
}

/** The line that fails a language whose hits mostly lack a needed field, or undefined. */
function failureOf(inv: LanguageInventory, label: string, needed: NeededField[]): string | undefined {
  const short = inv.lacking.filter((c) => c.needed && c.have * 2 < inv.hits);
  if (short.length === 0) return undefined;
  // Named as in the order the mapping needs them: id, title, date.
  short.sort((a, b) => needed.findIndex((n) => n.field === a.field) - needed.findIndex((n) => n.field === b.field));
  const seen =
    Object.entries(inv.seen)
      .map(([field, n]) => `${field} (${n})`)
      .join(', ') || 'none';
  return `${label}: ${short.map((c) => `${c.have} of ${inv.hits} hits have ${c.field}`).join('; ')}; fields seen: ${seen}`;
}

/** Counts the fields of a kind's hits per language; fails the kind when most hits of a language lack an id, a title or its ordering date. */
export function inventoryOf(kind: SnapshotKind, languages: LanguageHits[]): KindInventory {
  const inventories = languages.map((l) => inventoryOfLanguage(kind, l));
  const needed = neededFields(kind);
  // The primary language speaks for the kind; another language is named only when it alone fails.
  const failure = inventories.map((inv, i) => failureOf(inv, i === 0 ? kind : `${kind} (${inv.lang.toUpperCase()})`, needed)).find(Boolean);
  return { languages: inventories, ...(failure && { failure }) };
}

/** The inventory as printed lines: per language, the hits, the fields seen, and what the mapping lacked. */
export function inventoryLines(kind: SnapshotKind, inv: KindInventory): string[] {
  return inv.languages.flatMap((l) => [
    `${kind} ${l.lang.toUpperCase()}: ${l.hits} hits; fields seen: ${
      Object.entries(l.seen)
        .map(([f, n]) => `${f} (${n})`)
        .join(', ') || 'none'
    }`,
    ...l.lacking.map((c) => `    ${c.needed ? 'needed' : 'read'} ${c.field}: in ${c.have} of ${l.hits} hits`),
  ]);
}
