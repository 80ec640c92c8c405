import type { SnapshotKind } from '../model/vocabulary.ts';
import type { DayRange } from '../ipex/search.ts';
import { textField, type StoredItem } from './types.ts';

/** Which previous items a fetch covers: all, or for events in a day window, those starting within it. */
export function scopeOf(kind: SnapshotKind, range: DayRange | undefined): (item: StoredItem) => boolean {
  if (kind !== 'events' || !range) return () => true;
  const [from, to] = range;
  return (item) => {
    const day = textField(item, 'start')?.slice(0, 10);
    return day !== undefined && day >= from && day <= to;
  };
}
