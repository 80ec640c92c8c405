import path from 'node:path';
import { readRegistry } from './registry.ts';
import { chamberSchema, cardOutcomeSchema, type CardOutcome, type Chamber } from '../model/schemas.ts';

/** The chamber registry, relative to the content folder. */
export const CHAMBERS_FILE = path.join('registries', 'chambers.json');

/** What came of the yellow and orange cards, by document reference, relative to the content folder. */
export const CARD_OUTCOMES_FILE = path.join('registries', 'card-outcomes.json');

/**
 * Reads the chamber registry, the one reader of the build and the sync: an empty list when there is
 * none (no chamber code is checked then); a broken one throws a ContentError naming file, entry and field.
 */
export function readChambers(contentDir: string, shown?: string): Promise<Chamber[]> {
  return readRegistry(contentDir, CHAMBERS_FILE, chamberSchema, shown);
}

/** Reads the editors' record of what came of each card, by reference; none when the file does not exist. */
export async function readCardOutcomes(contentDir: string, shown?: string): Promise<Map<string, CardOutcome>> {
  const list = await readRegistry(contentDir, CARD_OUTCOMES_FILE, cardOutcomeSchema, shown, (e, i) => {
    const ref = typeof e === 'object' && e !== null && 'reference' in e ? e.reference : undefined;
    return typeof ref === 'string' ? ref : `#${i}`;
  });
  return new Map(list.map((o) => [o.reference, o]));
}
