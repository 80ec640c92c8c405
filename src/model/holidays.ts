import { easter } from 'date-easter';
import { Temporal } from 'temporal-polyfill';
import { rememberBoth } from './memo.ts';

/** Days (`YYYY-MM-DD`) replacing a year's default list of the institutions' public holidays, by year. */
export type HolidayOverrides = Readonly<Record<string, readonly string[]>>;

/** No overrides: the built-in list every year. */
export const NONE: HolidayOverrides = Object.freeze({});

/** Fixed days of the institutions' list, as `MM-DD`. */
const FIXED = ['01-01', '01-02', '05-01', '05-09', '07-21', '08-15', '11-01', '11-02', '12-24', '12-25', '12-26', '12-27', '12-28', '12-29', '12-30', '12-31'];
/** Days from Easter Sunday: Maundy Thursday, Good Friday, Easter Monday, Ascension, the Friday after it, Whit Monday. */
const FROM_EASTER = [-3, -2, 1, 39, 40, 50];

/**
 * The public holidays of the EU institutions in a year, as the Commission lists them each year in
 * the Official Journal (e.g. its decision of 21 December 2012 on the holidays of 2014, OJ C 39,
 * 12.2.2013, p. 26): 1–2 January, Maundy Thursday to Easter Monday, 1 and 9 May, Ascension and the
 * Friday after it, Whit Monday, 21 July, 15 August, 1–2 November and 24–31 December. A year in
 * `overrides` uses its own list instead (a year whose published list differs).
 */
export function institutionHolidays(year: number, overrides: HolidayOverrides = NONE): ReadonlySet<string> {
  return rememberBoth(known, overrides, year, () => listOf(year, overrides));
}

// Deadlines ask for the same few years thousands of times.
const known = new WeakMap<HolidayOverrides, Map<number, ReadonlySet<string>>>();

function listOf(year: number, overrides: HolidayOverrides): ReadonlySet<string> {
  const own = overrides[String(year)];
  if (own) return new Set(own);
  const y = String(year).padStart(4, '0');
  const e = easter(year);
  const sunday = Temporal.PlainDate.from({ year: e.year, month: e.month, day: e.day });
  return new Set([...FIXED.map((md) => `${y}-${md}`), ...FROM_EASTER.map((n) => sunday.add({ days: n }).toString())]);
}

/** True for a Saturday, a Sunday or a public holiday of the institutions. */
export function isNonWorkingDay(day: Temporal.PlainDate, overrides: HolidayOverrides = NONE): boolean {
  return day.dayOfWeek >= 6 || institutionHolidays(day.year, overrides).has(day.toString());
}
