import { isDeepStrictEqual } from 'node:util';
import type { StoredItem } from './types.ts';

/** Fields the sync sets itself; never compared as content. */
export const IDENTITY_FIELDS: readonly string[] = ['id', 'slug', 'firstSeen', 'updated', 'withdrawn'];

/** The order fields are written in: identity, dates, texts, then per-kind fields. */
export const FIELD_ORDER: readonly string[] = [
  ...IDENTITY_FIELDS,
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
  'related',
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
  return [...keys].filter((k) => !IDENTITY_FIELDS.includes(k) && !isDeepStrictEqual(before[k], after[k])).sort(byFieldOrder);
}
