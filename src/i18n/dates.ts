import { hub } from '../config/resolve.ts';
import { listedAt, type EventItem, type Item } from '../model/item.ts';
import { eventDays, eventSpan, isAllDay, utcDay } from '../model/time.ts';
import { dateFormat } from './locale.ts';
import { rememberBoth } from '../model/memo.ts';

/** "3 December 2026, 09:30 – 13:00 CET" / "3–4 December 2026", in the page's language. */
export function formatEventWhen(ev: EventItem, lang: string): string {
  return rememberBoth(whens, ev, lang, () => eventWhen(ev, lang));
}
/** Formatted once per event and language: cards, pages, posts and calendars all ask, and ICU's
 * range formatting is slow. */
const whens = new WeakMap<EventItem, Map<string, string>>();

function eventWhen(ev: EventItem, lang: string): string {
  if (isAllDay(ev)) {
    const { first, last } = eventDays(ev);
    return dateFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).formatRange(first, last);
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
  const { first, timeZone } = eventDays(ev);
  return dateFormat(lang, { dateStyle: 'medium', timeZone }).format(first);
}

/** A calendar month (`2027-03`) in the language: "March 2027". */
export function formatMonth(month: string, lang: string): string {
  return dateFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utcDay(`${month}-01`));
}

/** An instant as a date in the language, in the hub's time zone. */
export function formatInstant(iso: string, lang: string, timeZone: string): string {
  return dateFormat(lang, { dateStyle: 'long', timeZone }).format(new Date(iso));
}

/** The date an item is listed under, in the language: the meeting day, the day a text was adopted, or publication / last update. */
export function itemDateLabel(item: Item, lang: string): string {
  if (item.kind === 'texts') return dateFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(utcDay(item.adopted));
  return item.kind === 'events' ? formatEventDay(item, lang) : formatInstant(listedAt(item), lang, hub.defaultTimeZone);
}
