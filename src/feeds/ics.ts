import ical, { ICalEventStatus } from 'ical-generator';
import { hub } from '../config/resolve.ts';
import { eventPlace } from '../i18n/place.ts';
import { pick, pickText } from '../model/pick.ts';
import type { EventItem } from '../model/item.ts';
import { eventSpan, isAllDay, utcDay } from '../model/time.ts';
import { absolute, itemGuid, itemPath } from '../model/urls.ts';

/**
 * SEQUENCE: minutes between first sight and the last change. It only grows, and grows whenever
 * the sync (or an editor's `updated:`) records a change of time, place or title.
 */
export function eventSequence(ev: EventItem): number {
  return ev.updated ? Math.max(0, Math.floor((Date.parse(ev.updated) - Date.parse(ev.firstSeen)) / 60_000)) : 0;
}

/** A day `YYYY-MM-DD` as the UTC midnight ical-generator writes as a DATE value. */

/** An iCalendar (RFC 5545/7986) of events in one language: UTC times, all-day events as dates. */
export function calendar(events: EventItem[], opts: { lang: string; name: string; url: string }): string {
  const cal = ical({
    name: opts.name,
    url: opts.url,
    prodId: { company: hub.brand, product: 'ipex-hub', language: opts.lang.toUpperCase() },
    ttl: hub.calendarRefreshMinutes * 60,
  });
  for (const ev of events) {
    const changed = new Date(ev.updated ?? ev.firstSeen);
    const url = absolute(itemPath(ev, opts.lang));
    const summary = pick(ev.summary, opts.lang)?.text;
    const allDay = isAllDay(ev);
    const span = eventSpan(ev);
    cal.createEvent({
      id: itemGuid(ev),
      sequence: eventSequence(ev),
      stamp: changed,
      lastModified: changed,
      start: allDay ? utcDay(ev.start) : span.start,
      // All-day DTEND is exclusive: the day after the last day.
      end: allDay ? utcDay(ev.end ?? ev.start, 1) : span.end,
      allDay,
      summary: pickText(ev.title, opts.lang),
      description: [summary, url].filter(Boolean).join('\n\n'),
      location: eventPlace(ev, opts.lang).line || null,
      url,
      status: ev.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return cal.toString();
}
