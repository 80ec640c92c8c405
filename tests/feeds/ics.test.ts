import { describe, expect, it } from 'vitest';
import { calendar, eventSequence } from '../../src/feeds/ics.ts';
import { googleCalendarUrl, outlookCalendarUrl } from '../../src/feeds/links.ts';
import type { EventItem } from '../../src/model/item.ts';
import { eventItem } from '../support/items.ts';
import { icalEvents } from '../support/feeds.ts';

const GREEK = 'Διακοινοβουλευτική Διάσκεψη για τη Μετανάστευση και την Ασφάλεια στη Μεσόγειο — Народно събрание';
const ev = (over: Partial<EventItem> = {}) => eventItem({ title: { en: GREEK }, ...over });
const raw = (over: Partial<EventItem> = {}) => calendar([ev(over)], { lang: 'en', name: 'Test', url: 'https://hub.example.eu/x.ics' });

describe('iCalendar output', () => {
  it('folds multi-byte text at 75 octets without splitting a character, and unfolds to the original', () => {
    const ics = raw();
    const lines = ics.split('\r\n');
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    for (const l of lines) {
      expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
      expect(Buffer.from(l, 'utf8').toString('utf8')).toBe(l);
    }
    const summary = ics.replace(/\r\n /g, '').match(/^SUMMARY:(.*)$/m)?.[1];
    expect(summary).toBe(ev().title.en);
  });

  it('escapes backslash, semicolon, comma and newlines in text', () => {
    const ics = raw({ title: { en: 'a\\b;c,d' }, summary: { en: 'line one\nline two' } });
    expect(ics).toContain('SUMMARY:a\\\\b\\;c\\,d');
    expect(ics.replace(/\r\n /g, '')).toMatch(/DESCRIPTION:line one\\nline two\\n\\nhttps:/);
    expect(icalEvents(ics)[0]?.summary).toBe('a\\b;c,d');
  });

  it('writes timed events in UTC and all-day events as dates with an exclusive end', () => {
    expect(raw()).toMatch(/DTSTART:20261203T083000Z\r\nDTEND:20261203T120000Z/);
    expect(raw({ start: '2026-12-03', end: '2026-12-04' })).toMatch(/DTSTART;VALUE=DATE:20261203\r\nDTEND;VALUE=DATE:20261205/);
  });

  it('raises SEQUENCE with every recorded change, never lowers it', () => {
    expect(eventSequence(ev())).toBe(0);
    const a = eventSequence(ev({ updated: '2026-11-01T08:00:00.000Z' }));
    const b = eventSequence(ev({ updated: '2026-11-02T08:00:00.000Z' }));
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(a);
  });

  it('marks cancelled meetings', () => {
    expect(raw({ cancelled: true })).toContain('STATUS:CANCELLED');
  });
});

describe('add-to-calendar links', () => {
  it('Google: UTC times, or dates with the exclusive end, all percent-encoded', () => {
    const u = new URL(googleCalendarUrl(ev(), 'en'));
    expect(u.origin + u.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(u.searchParams.get('dates')).toBe('20261203T083000Z/20261203T120000Z');
    expect(u.searchParams.get('text')).toBe(ev().title.en);
    expect(new URL(googleCalendarUrl(ev({ start: '2026-12-03', end: '2026-12-04' }), 'en')).searchParams.get('dates')).toBe('20261203/20261205');
  });

  it('Outlook: ISO times and the all-day flag', () => {
    const u = new URL(outlookCalendarUrl(ev({ start: '2026-12-03', end: '2026-12-04' }), 'en'));
    expect(u.searchParams.get('startdt')).toBe('2026-12-03');
    expect(u.searchParams.get('enddt')).toBe('2026-12-05');
    expect(u.searchParams.get('allday')).toBe('true');
  });
});
