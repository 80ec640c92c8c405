import type { SnapshotKind } from '../model/vocabulary.ts';
import type { LanguageHits } from '../ipex/fetch-kind.ts';
import { groupHits } from '../ipex/hits.ts';
import type { MapContext, Mapped } from '../ipex/map/context.ts';
import { MAPPERS } from '../ipex/map/index.ts';
import type { ItemProblem } from '../ipex/problems.ts';
import { mergeKind, type MergeInput, type MergeResult } from './merge.ts';

/** Groups one kind's hits by id across languages, maps each, and merges them into the previous snapshot. */
export function updateKind(
  kind: SnapshotKind,
  languages: LanguageHits[],
  ctx: MapContext,
  merge: Omit<MergeInput, 'kind' | 'mapped' | 'skipped' | 'warnings'>,
): MergeResult {
  const { hits, skipped, warnings } = groupHits(languages);
  const mapped: Mapped<Record<string, unknown>>[] = [];
  const failed: ItemProblem[] = [];
  for (const hit of hits) {
    try {
      mapped.push(MAPPERS[kind](hit, ctx));
    } catch (e) {
      // A payload shape no one foresaw must cost one item, not the run.
      failed.push({ id: hit.id, field: '(item)', reason: `could not be mapped: ${e instanceof Error ? e.message : String(e)}` });
    }
  }
  return mergeKind({ ...merge, kind, mapped, skipped: [...skipped, ...failed], warnings });
}
