import { isDeepStrictEqual } from 'node:util';
import { SYNC_FIELDS } from '../model/identity.ts';
import type { StoredItem } from './types.ts';

/** The order fields are written in: identity, dates, texts, then per-kind fields. */
export const FIELD_ORDER: readonly string[] = [
  ...SYNC_FIELDS,
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
  return [...keys].filter((k) => !SYNC_FIELDS.includes(k) && !isDeepStrictEqual(before[k], after[k])).sort(byFieldOrder);
}
