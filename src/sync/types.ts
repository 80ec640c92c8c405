import type { SnapshotKind } from '../model/vocabulary.ts';
import type { ItemProblem } from '../ipex/problems.ts';

/** A snapshot item as stored in `content/snapshot/<kind>.json`: plain JSON. */
export type StoredItem = Record<string, unknown>;

/** A kind's snapshot as the previous run left it. */
export interface PreviousSnapshot {
  /** True for the committed sample data, which real data replaces rather than merges with. */
  sample: boolean;
  items: StoredItem[];
}

/** What a run did to one kind. */
export type KindStatus = 'updated' | 'unchanged' | 'kept-previous';

/** An item whose content changed, and which fields. */
export interface UpdatedItem {
  id: string;
  fields: string[];
}

/** The change report of one kind: what automation downstream reads. */
export interface KindReport {
  status: KindStatus;
  /** Why the previous data was kept. */
  reason?: string | undefined;
  /** Ids of new items, oldest first-seen first. */
  added: string[];
  updated: UpdatedItem[];
  withdrawn: string[];
  /** Items not taken: invalid, or with no id. */
  skipped: ItemProblem[];
  /** Values dropped from items that were kept (unknown chamber, dangling related id, duplicate listing). */
  warnings: ItemProblem[];
  /** Distinct items IPEX listed. */
  fetched: number;
  /** Items the snapshot holds after the run, withdrawn ones included. */
  total: number;
  /** True when this run paged only until items unchanged since the last run (documents between full runs). */
  light?: boolean | undefined;
  /** True when this run replaced the sample data. */
  replacedSample?: boolean | undefined;
}

/** `content/snapshot/changes.json`: the record of the last run. */
export interface ChangeReport {
  generatedAt: string;
  /** Kinds this run was asked to sync. */
  types: Partial<Record<SnapshotKind, KindReport>>;
}

/** A string field of a stored item, or undefined. */
export function textField(item: StoredItem, key: string): string | undefined {
  const value = item[key];
  return typeof value === 'string' ? value : undefined;
}
