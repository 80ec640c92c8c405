import { Temporal } from 'temporal-polyfill';
import type { EventItem } from './item.ts';
import { remember } from './memo.ts';

// Event time: the one place that turns an event's days or local times into instants, and decides
// upcoming and past against the build's one `now` (model/now.ts).

/** True when the event is kept as days, not times. */
export function isAllDay(ev: Pick<EventItem, 'start'>): boolean {
  return ev.start.length === 10;
}

/** A day (`2026-12-03`) as the instant of its midnight in UTC, moved by `plus` days. */
export function utcDay(day: string, plus = 0): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) + plus * 86_400_000);
}

/** An event boundary as a zoned date-time (all-day: midnight starting the day). */
function zoned(value: string, tz: string): Temporal.ZonedDateTime {
  return value.length === 10 ? Temporal.PlainDate.from(value).toZonedDateTime({ timeZone: tz }) : Temporal.PlainDateTime.from(value).toZonedDateTime(tz);
}

const spans = new WeakMap<EventItem, { start: Date; end: Date }>();

/** Start and end of an event as instants; an all-day end is the end of its last day. */
export function eventSpan(ev: EventItem): { start: Date; end: Date } {
  return remember(spans, ev, () => {
    const start = zoned(ev.start, ev.timeZone);
    const endValue = ev.end ?? ev.start;
    const end = isAllDay(ev) ? zoned(endValue, ev.timeZone).add({ days: 1 }) : zoned(endValue, ev.timeZone);
    return { start: new Date(start.epochMilliseconds), end: new Date(end.epochMilliseconds) };
  });
}

/** ISO 8601 with the event's offset (`2026-12-03T09:30:00+01:00`), or the day for all-day events. */
export function eventIso(ev: EventItem, which: 'start' | 'end'): string {
  const value = which === 'start' ? ev.start : (ev.end ?? ev.start);
  if (value.length === 10) return value;
  return zoned(value, ev.timeZone).toString({ timeZoneName: 'never', smallestUnit: 'second' });
}

/** True when the event has not yet ended at `now`: the one test of upcoming versus past. */
export function isUpcoming(ev: EventItem, now: Date): boolean {
  return eventSpan(ev).end.getTime() > now.getTime();
}

/** The first and last day of an event as instants to format in UTC (all-day), or its span (timed). */
export function eventDays(ev: EventItem): { first: Date; last: Date; timeZone: string } {
  if (isAllDay(ev)) return { first: utcDay(ev.start), last: utcDay(ev.end ?? ev.start), timeZone: 'UTC' };
  const { start, end } = eventSpan(ev);
  return { first: start, last: end, timeZone: ev.timeZone };
}

/** The calendar month of an event's first day (`2027-03`), as its dates show it (`eventDays`): an
 * all-day event's first day as given, a timed one's local start in its own time zone. */
export function eventMonth(ev: Pick<EventItem, 'start'>): string {
  return ev.start.slice(0, 7);
}
