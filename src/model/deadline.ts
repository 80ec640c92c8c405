import { Temporal } from 'temporal-polyfill';

/** Days of the subsidiarity check (Protocol No 2, Article 6: eight weeks). */
export const CHECK_DAYS = 56;

/** Procedure types of draft legislative acts, the ones Protocol No 2 applies to. */
const LEGISLATIVE = new Set(['COD', 'CNS', 'APP']);

/** True for days the institutions do not count: August, and 20 December to 10 January. */
export function isUncounted(day: Temporal.PlainDate): boolean {
  return day.month === 8 || (day.month === 12 && day.day >= 20) || (day.month === 1 && day.day <= 10);
}

/**
 * The last day of the check for a draft transmitted on `transmission` (`YYYY-MM-DD`): the 56th
 * counted day after it. The transmission day itself is not counted (eight weeks from Wednesday
 * 4 March end on Wednesday 29 April), nor are August and 20 December–10 January, so the last day
 * is always a counted day.
 */
export function computedDeadline(transmission: string): string {
  let day = Temporal.PlainDate.from(transmission, { overflow: 'reject' });
  for (let counted = 0; counted < CHECK_DAYS; ) {
    day = day.add({ days: 1 });
    if (!isUncounted(day)) counted++;
  }
  return day.toString();
}

/** The procedure type of an interinstitutional reference (`2026/0275(COD)` → `COD`), or undefined. */
export function procedureType(procedure: string | undefined): string | undefined {
  return procedure === undefined ? undefined : /\(([A-Z]{3})\)\s*$/.exec(procedure.trim())?.[1];
}

/** What decides a document's deadline. */
export interface DeadlineInput {
  /** IPEX's own deadline (`YYYY-MM-DD`); wins when present. */
  subsidiarityDeadline?: string | undefined;
  transmissionDate?: string | undefined;
  procedure?: string | undefined;
}

/**
 * A document's subsidiarity deadline: IPEX's when given; else computed from transmission, but
 * only for draft legislative acts (a COD, CNS or APP procedure), since IPEX also leaves the
 * deadline out for documents not subject to the check; else undefined.
 */
export function subsidiarityDeadline(doc: DeadlineInput): string | undefined {
  if (doc.subsidiarityDeadline) return doc.subsidiarityDeadline;
  const type = procedureType(doc.procedure);
  if (!doc.transmissionDate || type === undefined || !LEGISLATIVE.has(type)) return undefined;
  return computedDeadline(doc.transmissionDate);
}
