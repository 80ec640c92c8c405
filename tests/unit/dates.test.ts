import { describe, expect, it } from 'vitest';
import { formatEventWhen } from '../../src/i18n/dates.ts';
import { eventIso, eventSpan, isUpcoming } from '../../src/model/time.ts';
import { eventItem } from '../support/items.ts';

const base = eventItem({ firstSeen: '2026-01-01T00:00:00.000Z', title: { en: 'x' }, slug: 's' });

describe('event dates', () => {
  it('reads wall-clock times in the event time zone, across DST', () => {
    expect(eventSpan(base).start.toISOString()).toBe('2026-12-03T08:30:00.000Z');
    const summer = { ...base, start: '2026-07-03T09:30', end: '2026-07-03T10:00' };
    expect(eventSpan(summer).start.toISOString()).toBe('2026-07-03T07:30:00.000Z');
    expect(eventIso(summer, 'start')).toBe('2026-07-03T09:30:00+02:00');
    const helsinki = { ...base, timeZone: 'Europe/Helsinki' };
    expect(eventSpan(helsinki).start.toISOString()).toBe('2026-12-03T07:30:00.000Z');
  });

  it('ends all-day events at the end of their last day', () => {
    const allDay = { ...base, start: '2026-12-03', end: '2026-12-04' };
    expect(eventSpan(allDay).end.toISOString()).toBe('2026-12-04T23:00:00.000Z');
    expect(eventIso(allDay, 'end')).toBe('2026-12-04');
    expect(isUpcoming(allDay, new Date('2026-12-04T22:59:00Z'))).toBe(true);
    expect(isUpcoming(allDay, new Date('2026-12-04T23:00:00Z'))).toBe(false);
  });

  it('formats dates for the page language', () => {
    expect(formatEventWhen({ ...base, start: '2026-12-03', end: '2026-12-04' }, 'en')).toMatch(/^3\s?–\s?4 December 2026$/u);
    expect(formatEventWhen({ ...base, start: '2026-12-03', end: '2026-12-04' }, 'fr')).toMatch(/^3\s?–\s?4 décembre 2026$/u);
    expect(formatEventWhen(base, 'fr')).toMatch(/^3 décembre 2026.*09:30.*13:00.*UTC\+1$/);
    expect(formatEventWhen(base, 'en')).toMatch(/^3 December 2026.*09:30.*13:00 CET$/);
  });
});
