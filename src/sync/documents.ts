import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import { scrutinySchema } from '../model/schemas.ts';
import { subsidiarityDeadline } from '../model/deadline.ts';
import { cardsReached, checkState } from '../model/subsidiarity.ts';
import type { VotingChamber } from '../model/votes.ts';
import type { HolidayOverrides } from '../model/holidays.ts';
import { MEMORY_FIELDS } from './fields.ts';
import type { KindRules } from './kind-rules.ts';
import type { StoredItem } from './types.ts';

/** The fields of a (validated) document that the rules read. */
const rulesView = z.object({
  scrutinies: z.array(scrutinySchema).default([]),
  legalBasis: z.array(z.string()).default([]),
  procedure: z.string().optional(),
  transmissionDate: z.string().optional(),
  adoptionDate: z.string().optional(),
  subsidiarityDeadline: z.string().optional(),
});
const moments = z.record(z.string(), z.string()).catch({});

type Scrutiny = z.output<typeof scrutinySchema>;

function byChamber(item: StoredItem): Map<string, Scrutiny> {
  const r = rulesView.safeParse(item);
  return new Map((r.success ? r.data.scrutinies : []).map((s) => [s.chamber, s]));
}

/** `scrutinies` in a list of changed fields, named per chamber: `scrutinies.frass` (added or removed) or `scrutinies.frass.status`. */
export function scrutinyFields(before: StoredItem, after: StoredItem, fields: string[]): string[] {
  if (!fields.includes('scrutinies')) return fields;
  const a = byChamber(before);
  const b = byChamber(after);
  const named: string[] = [];
  for (const chamber of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const x = a.get(chamber);
    const y = b.get(chamber);
    if (!x || !y) named.push(`scrutinies.${chamber}`);
    else {
      const xr: Record<string, unknown> = { ...x };
      const yr: Record<string, unknown> = { ...y };
      for (const key of Object.keys({ ...xr, ...yr }).sort()) if (!isDeepStrictEqual(xr[key], yr[key])) named.push(`scrutinies.${chamber}.${key}`);
    }
  }
  return fields.flatMap((f) => (f === 'scrutinies' ? (named.length ? named : ['scrutinies']) : [f]));
}

/**
 * Carries a document's first-seen moments over from its previous version and adds new ones at
 * `at`: each chamber's reasoned opinion (`opinionsSeen`, kept when IPEX edits, re-dates or drops
 * it, so it is announced once) and each card's threshold (`thresholdsSeen`, with the registry's
 * members on the day of transmission).
 */
export function rememberDocument(registry: readonly VotingChamber[] | undefined, holidays?: HolidayOverrides): NonNullable<KindRules['remember']> {
  return (prev, item, at) => {
    const view = rulesView.safeParse(item);
    const opinionsSeen = { ...moments.parse(prev?.opinionsSeen) };
    const thresholdsSeen = { ...moments.parse(prev?.thresholdsSeen) };
    const checkSeen = { ...moments.parse(prev?.checkSeen) };
    if (view.success) {
      for (const s of view.data.scrutinies) if (s.reasonedOpinion) opinionsSeen[s.chamber] ??= at;
      if (registry) for (const card of cardsReached(view.data, registry, holidays)) thresholdsSeen[card] ??= at;
      // The closing-soon entry is dated when the hub saw the window open, never before: a feed entry
      // dated at the window's computed start would reach readers already past that date.
      const deadline = subsidiarityDeadline(view.data, holidays);
      if (deadline !== undefined && checkState(deadline, new Date(at)).phase === 'closing') checkSeen.closing ??= at;
    }
    const rest = Object.fromEntries(Object.entries(item).filter(([k]) => !MEMORY_FIELDS.includes(k)));
    return {
      ...rest,
      ...(Object.keys(opinionsSeen).length > 0 && { opinionsSeen }),
      ...(Object.keys(thresholdsSeen).length > 0 && { thresholdsSeen }),
      ...(Object.keys(checkSeen).length > 0 && { checkSeen }),
    };
  };
}

/** The merge rules of documents. */
export function documentRules(registry: readonly VotingChamber[] | undefined, holidays?: HolidayOverrides): KindRules {
  return {
    detail: scrutinyFields,
    remember: rememberDocument(registry, holidays),
    slugText: (item) => (typeof item.reference === 'string' ? { en: item.reference } : undefined),
  };
}
