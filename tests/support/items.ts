import type { EventItem } from '../../src/model/item.ts';

/** A timed event on 3 December 2026, 09:30–13:00 Brussels time, with any field replaced. */
export function eventItem(over: Partial<EventItem> = {}): EventItem {
  return {
    kind: 'events',
    id: 'e1',
    slug: 'cosac',
    firstSeen: '2026-10-01T08:00:00.000Z',
    title: { en: 'COSAC plenary' },
    tags: [],
    start: '2026-12-03T09:30',
    end: '2026-12-03T13:00',
    timeZone: 'Europe/Brussels',
    conference: 'cosac',
    cancelled: false,
    documents: [],
    textsSeen: {},
    html: {},
    ...over,
  };
}
