import type { StoredItem } from './types.ts';

/** What a kind adds to the merge on top of identity; news, events and topics need none. */
export interface KindRules {
  /** Names changes inside fields more precisely (`scrutinies` → `scrutinies.frass.reasonedOpinion`). */
  detail?: ((before: StoredItem, after: StoredItem, fields: string[]) => string[]) | undefined;
  /** The text a new item's slug comes from, when not its title (documents: the reference, `COM(2026) 538` → `com-2026-538`). */
  slugText?: ((content: StoredItem) => Record<string, string> | undefined) | undefined;
  /** The item with the sync's memory (first-seen moments) carried over from `prev` and added at `at`. */
  remember?: ((prev: StoredItem | undefined, item: StoredItem, at: string) => StoredItem) | undefined;
}
