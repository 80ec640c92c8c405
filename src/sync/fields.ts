import { isDeepStrictEqual } from 'node:util';
import { IDENTITY_FIELDS as KEPT } from '../model/identity.ts';
import type { StoredItem } from './types.ts';

/** The sync's memory of moments it first saw (documents: opinions, thresholds, the closing window; events: adopted texts); never compared as content either. */
export const MEMORY_FIELDS: readonly string[] = ['opinionsSeen', 'thresholdsSeen', 'checkSeen', 'textsSeen'];
/** Every field the sync sets itself: identity and its dates (model/identity.ts), and its memory. */
export const SYNC_FIELDS: readonly string[] = [...KEPT, ...MEMORY_FIELDS];

/** The order fields are written in: identity, dates, texts, then per-kind fields. */
export const FIELD_ORDER: readonly string[] = [
  ...KEPT,
  'published',
  'title',
  'summary',
  'body',
  'tags',
  'chambers',
  'start',
  'end',
  'timeZone',
  'venue',
  'city',
  'country',
  'organiser',
  'conference',
  'cancelled',
  'documents',
  'related',
  'reference',
  'procedure',
  'adoptionDate',
  'transmissionDate',
  'subsidiarityDeadline',
  'legalBasis',
  'scrutinies',
  ...MEMORY_FIELDS,
  'source',
];

/** Sorts field names in writing order; unknown ones last, alphabetically. */
export function byFieldOrder(a: string, b: string): number {
  const ia = FIELD_ORDER.indexOf(a);
  const ib = FIELD_ORDER.indexOf(b);
  if (ia !== ib) return (ia < 0 ? FIELD_ORDER.length : ia) - (ib < 0 ? FIELD_ORDER.length : ib);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Content fields that differ between two versions of an item, in writing order. */
export function changedFields(before: StoredItem, after: StoredItem): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => !SYNC_FIELDS.includes(k) && !isDeepStrictEqual(before[k], after[k])).sort(byFieldOrder);
}

function moments(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.fromEntries(Object.entries(value)) : {};
}

/** Memory entries that differ between two versions of an item (`opinionsSeen.frass`, `thresholdsSeen.yellow`). */
export function memoryFields(before: StoredItem, after: StoredItem): string[] {
  const out: string[] = [];
  for (const field of MEMORY_FIELDS) {
    const a = moments(before[field]);
    const b = moments(after[field]);
    for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) if (a[key] !== b[key]) out.push(`${field}.${key}`);
  }
  return out;
}
