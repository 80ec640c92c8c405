import { pickText } from '../model/pick.ts';
import type { EventItem } from '../model/item.ts';
import { eventSpan, isAllDay, utcDay } from '../model/time.ts';
import { absolute, itemPath } from '../model/urls.ts';
import { eventPlace } from '../i18n/place.ts';

const compact = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
const nextDay = (day: string) => utcDay(day, 1).toISOString().slice(0, 10);

/** "Add to Google Calendar": a plain link; nothing is loaded from Google until it is followed. */
export function googleCalendarUrl(ev: EventItem, lang: string): string {
  const { start, end } = eventSpan(ev);
  const dates = isAllDay(ev) ? `${ev.start.replace(/-/g, '')}/${nextDay(ev.end ?? ev.start).replace(/-/g, '')}` : `${compact(start)}/${compact(end)}`;
  const q = new URLSearchParams({
    action: 'TEMPLATE',
    text: pickText(ev.title, lang),
    dates,
    details: absolute(itemPath(ev, lang)),
    location: eventPlace(ev, lang).line,
  });
  return `https://calendar.google.com/calendar/render?${q}`;
}

/** "Add to Outlook" (Outlook on the web compose deep link). */
export function outlookCalendarUrl(ev: EventItem, lang: string): string {
  const { start, end } = eventSpan(ev);
  const q = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: pickText(ev.title, lang),
    startdt: isAllDay(ev) ? ev.start : start.toISOString(),
    enddt: isAllDay(ev) ? nextDay(ev.end ?? ev.start) : end.toISOString(),
    allday: String(isAllDay(ev)),
    body: absolute(itemPath(ev, lang)),
    location: eventPlace(ev, lang).line,
  });
  return `https://outlook.office.com/calendar/0/deeplink/compose?${q}`;
}
