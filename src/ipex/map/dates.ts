import { Temporal } from 'temporal-polyfill';

/** IPEX's local Brussels time zone for `"YYYY-MM-DD HH:mm"` values. */
export const IPEX_TIME_ZONE = 'Europe/Brussels';

/** A date as IPEX writes it, split: the day, and the time when one is given. */
export interface IpexDate {
  day: string;
  /** `HH:mm`; undefined when the value has no time. */
  time?: string | undefined;
}

/** Reads `"YYYY-MM-DD"`, `"YYYY-MM-DD HH:mm"` (or with `T` and seconds); undefined if unreadable or not a real day/time. */
export function parseIpexDate(value: unknown): IpexDate | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?)?$/.exec(value.trim());
  if (!m?.[1]) return undefined;
  try {
    Temporal.PlainDate.from(m[1], { overflow: 'reject' });
    if (m[2]) Temporal.PlainTime.from(m[2], { overflow: 'reject' });
  } catch {
    return undefined;
  }
  return { day: m[1], time: m[2] };
}

/** An IPEX local time as an instant with offset (`2026-11-20T08:00:00Z`); undefined if unreadable. */
export function brusselsInstant(value: unknown): string | undefined {
  const d = parseIpexDate(value);
  if (!d) return undefined;
  return Temporal.PlainDateTime.from(`${d.day}T${d.time ?? '00:00'}`)
    .toZonedDateTime(IPEX_TIME_ZONE)
    .toInstant()
    .toString();
}

const untimed = (d: IpexDate | undefined) => d === undefined || d.time === undefined || d.time === '00:00';

/** An event's start and end: days when no real time is given (end inclusive), else local times. */
export function eventSpan(startValue: unknown, endValue: unknown): { start?: string; end?: string } {
  const start = parseIpexDate(startValue);
  const end = parseIpexDate(endValue);
  if (!start) return {};
  const days = () => (end ? { start: start.day, end: end.day } : { start: start.day });
  if (untimed(start)) return days();
  if (!untimed(end) && end) return { start: `${start.day}T${start.time}`, end: `${end.day}T${end.time}` };
  // A timed start and a day-only end: same day means no known end; later days make it a multi-day event.
  if (!end || end.day === start.day) return { start: `${start.day}T${start.time}` };
  return days();
}
