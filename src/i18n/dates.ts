import { Temporal } from 'temporal-polyfill';
import type { EventItem } from '../model/item.ts';
import { isAllDay } from '../model/item.ts';
import { dateFormat } from './locale.ts';

/** An event boundary as a zoned date-time (all-day: midnight starting the day). */
function zoned(value: string, tz: string): Temporal.ZonedDateTime {
  return value.length === 10
    ? Temporal.PlainDate.from(value).toZonedDateTime({ timeZone: tz })
    : Temporal.PlainDateTime.from(value).toZonedDateTime(tz);
}

const spans = new WeakMap<EventItem, { start: Date; end: Date }>();

/** Start and end of an event as instants; an all-day end is the end of its last day. */
export function eventSpan(ev: EventItem): { start: Date; end: Date } {
  const known = spans.get(ev);
  if (known) return known;
  const span = computeSpan(ev);
  spans.set(ev, span);
  return span;
}

function computeSpan(ev: EventItem): { start: Date; end: Date } {
  const start = zoned(ev.start, ev.timeZone);
  const endValue = ev.end ?? ev.start;
  const end = isAllDay(ev) ? zoned(endValue, ev.timeZone).add({ days: 1 }) : zoned(endValue, ev.timeZone);
  return { start: new Date(start.epochMilliseconds), end: new Date(end.epochMilliseconds) };
}

/** ISO 8601 with the event's offset (`2026-12-03T09:30:00+01:00`), or the day for all-day events. */
export function eventIso(ev: EventItem, which: 'start' | 'end'): string {
  const value = which === 'start' ? ev.start : (ev.end ?? ev.start);
  if (value.length === 10) return value;
  return zoned(value, ev.timeZone).toString({ timeZoneName: 'never', smallestUnit: 'second' });
}

/** True when the event has not yet ended at `now`. */
export function isUpcoming(ev: EventItem, now: Date): boolean {
  return eventSpan(ev).end.getTime() > now.getTime();
}

/** "3 December 2026, 09:30 – 13:00 CET" / "3–4 December 2026", in the page's language. */
export function formatEventWhen(ev: EventItem, lang: string): string {
  if (isAllDay(ev)) {
    const f = dateFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
    const day = (s: string) => new Date(`${s}T00:00:00Z`);
    return f.formatRange(day(ev.start), day(ev.end ?? ev.start));
  }
  const { start, end } = eventSpan(ev);
  const f = dateFormat(lang, { dateStyle: 'long', timeStyle: 'short', timeZone: ev.timeZone });
  const zone = dateFormat(lang, { timeZone: ev.timeZone, timeZoneName: 'short' })
    .formatToParts(start)
    .find((p) => p.type === 'timeZoneName')?.value;
  return `${f.formatRange(start, end)} ${zone ?? ''}`.trim();
}

/** A short day for lists: "3 Dec 2026". */
export function formatEventDay(ev: EventItem, lang: string): string {
  const f = dateFormat(lang, { dateStyle: 'medium', timeZone: isAllDay(ev) ? 'UTC' : ev.timeZone });
  const { start } = eventSpan(ev);
  return f.format(isAllDay(ev) ? new Date(`${ev.start}T00:00:00Z`) : start);
}

/** An instant as a date in the language, in the hub's time zone. */
export function formatInstant(iso: string, lang: string, timeZone: string): string {
  return dateFormat(lang, { dateStyle: 'long', timeZone }).format(new Date(iso));
}
