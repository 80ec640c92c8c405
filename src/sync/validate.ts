import { fromZod } from '../model/errors.ts';
import { itemSchemas } from '../model/schemas.ts';
import type { SnapshotKind } from '../model/vocabulary.ts';
import type { ItemProblem } from '../ipex/problems.ts';
import type { StoredItem } from './types.ts';

/** An item the build's schema accepted (normalised), or why it did not. */
export type Validated = { ok: true; item: StoredItem } | { ok: false; problem: ItemProblem };

/** Checks an item with the schema the build uses; the problem names the field and the reason. */
export function validateItem(kind: SnapshotKind, id: string, candidate: StoredItem): Validated {
  const r = itemSchemas[kind].safeParse(candidate);
  if (r.success) return { ok: true, item: { ...r.data } };
  const err = fromZod({ file: `${kind}`, id }, r.error);
  return { ok: false, problem: { id, field: err.field || '(item)', reason: err.reason } };
}
