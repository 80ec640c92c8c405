import { SNAPSHOT_FORMAT } from '../model/schemas.ts';
import type { SnapshotKind } from '../model/vocabulary.ts';
import { byFieldOrder } from './fields.ts';
import type { StoredItem } from './types.ts';

/** Nested objects with their keys sorted, so upstream key order never shows in a diff. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, canonical(v)]));
}

/** An item with its fields in writing order (identity first) and nested keys sorted. */
export function orderItem(item: StoredItem): StoredItem {
  const keys = Object.keys(item).sort(byFieldOrder);
  return Object.fromEntries(keys.filter((k) => item[k] !== undefined).map((k) => [k, canonical(item[k])]));
}

/** The text of a snapshot file: fixed envelope and field order, 2-space indent, final newline (`sample` only for `npm run sample`). */
export function serializeSnapshot(kind: SnapshotKind, syncedAt: string, items: StoredItem[], sample = false): string {
  const envelope = { format: SNAPSHOT_FORMAT, kind, sample, syncedAt, items: items.map(orderItem) };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}
