import { Temporal } from 'temporal-polyfill';
import { isNonWorkingDay, NONE, type HolidayOverrides } from './holidays.ts';
import { rememberBoth } from './memo.ts';

/** Days of the subsidiarity check (Protocol No 2, Article 6: eight weeks). */
export const CHECK_DAYS = 56;

/** The Treaty of Lisbon's entry into force: the early-warning mechanism (and its cards) applies to drafts transmitted from this day. */
export const LISBON = '2009-12-01';

/** The first August the institutions left out of the eight weeks (their practice since 2009). */
export const AUGUST_UNCOUNTED_FROM = '2009-08-01';

/**
 * The first day of the first year-end break left out (20 December–10 January): the Commission
 * proposed the arrangement on 7 March 2019, Parliament noted it on 27 May 2019 and the Council
 * approved it in July 2019, so it applies from the 2019/2020 year-end; before it those days counted.
 */
export const YEAR_END_UNCOUNTED_FROM = '2019-12-20';

/** Procedure types of draft legislative acts, the ones Protocol No 2 applies to. */
const LEGISLATIVE = new Set(['COD', 'CNS', 'APP']);

/** True for days the institutions do not count: August (since 2009), and 20 December to 10 January (since 2019/2020). */
export function isUncounted(day: Temporal.PlainDate): boolean {
  const d = day.toString();
  if (day.month === 8) return d >= AUGUST_UNCOUNTED_FROM;
  const yearEnd = (day.month === 12 && day.day >= 20) || (day.month === 1 && day.day <= 10);
  return yearEnd && d >= YEAR_END_UNCOUNTED_FROM;
}

/**
 * The last day of the check for a draft transmitted on `transmission` (`YYYY-MM-DD`): the 56th
 * counted day after it (the transmission day itself is not counted: eight weeks from Wednesday
 * 4 March end on Wednesday 29 April; uncounted days are skipped), moved to the next working day
 * when it falls on a Saturday, a Sunday or a public holiday of the institutions (Regulation (EEC,
 * Euratom) No 1182/71, Article 3(4)).
 */
export function computedDeadline(transmission: string, holidays: HolidayOverrides = NONE): string {
  return rememberBoth(deadlines, holidays, transmission, () => countDeadline(transmission, holidays));
}
/** Deadlines by holidays and transmission day: drafts share their days, each deadline takes 56 steps
 * of the Temporal polyfill, and a build asks for every document's more than once. */
const deadlines = new WeakMap<HolidayOverrides, Map<string, string>>();

function countDeadline(transmission: string, holidays: HolidayOverrides): string {
  let day = Temporal.PlainDate.from(transmission, { overflow: 'reject' });
  for (let counted = 0; counted < CHECK_DAYS;) {
    day = day.add({ days: 1 });
    if (!isUncounted(day)) counted++;
  }
  while (isNonWorkingDay(day, holidays)) day = day.add({ days: 1 });
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
  /** Used for the Treaty in force when the transmission day is unknown. */
  adoptionDate?: string | undefined;
  procedure?: string | undefined;
}

/**
 * Which rules a document falls under: `check` for a draft subject to the early-warning mechanism
 * (IPEX gives a deadline, or a COD, CNS or APP procedure with a transmission day); `pre-lisbon`
 * for one transmitted (or adopted) before 1 December 2009, when there was no mechanism, no
 * threshold and no card; `none` for the rest (communications, non-legislative acts).
 */
export type CheckRegime = 'check' | 'pre-lisbon' | 'none';

/** The rules a document falls under (see CheckRegime). */
export function checkRegime(doc: DeadlineInput): CheckRegime {
  const day = doc.transmissionDate ?? doc.adoptionDate;
  if (day !== undefined && day < LISBON) return 'pre-lisbon';
  if (doc.subsidiarityDeadline) return 'check';
  const type = procedureType(doc.procedure);
  return doc.transmissionDate && type !== undefined && LEGISLATIVE.has(type) ? 'check' : 'none';
}

/**
 * A document's subsidiarity deadline under the check: IPEX's when given, else computed from
 * transmission (with the configured holidays, `documents.holidays`); undefined for documents not
 * subject to the check and before the Treaty of Lisbon.
 */
export function subsidiarityDeadline(doc: DeadlineInput, holidays?: HolidayOverrides): string | undefined {
  if (checkRegime(doc) !== 'check') return undefined;
  return doc.subsidiarityDeadline ?? (doc.transmissionDate && computedDeadline(doc.transmissionDate, holidays));
}
