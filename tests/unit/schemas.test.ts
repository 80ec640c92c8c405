import { describe, expect, it } from 'vitest';
import { eventSchema, localLine, newsSchema, instant } from '../../src/model/schemas.ts';
import { cleanText } from '../../src/model/text.ts';

const event = {
  id: 'e1',
  slug: 'cosac-plenary',
  firstSeen: '2026-10-01T08:00:00Z',
  title: { en: 'COSAC plenary' },
  start: '2026-12-06T09:30',
  end: '2026-12-07T13:00',
};

describe('schemas', () => {
  it('cleans text: forbidden control characters removed, white space folded, NFC', () => {
    expect(localLine.parse({ en: '  Budget\u0001  talks\n\n', fr: 'Cafe\u0301' })).toEqual({ en: 'Budget talks', fr: 'Café' });
    expect(cleanText('a\u0000b\uFFFEc\uD800d')).toBe('abcd');
  });

  it('drops empty languages and rejects text with none left', () => {
    expect(localLine.parse({ en: 'x', fr: '  ' })).toEqual({ en: 'x' });
    expect(localLine.safeParse({ en: ' ' }).success).toBe(false);
  });

  it('normalises instants to UTC and requires an offset', () => {
    expect(instant.parse('2026-11-10T07:30:00+01:00')).toBe('2026-11-10T06:30:00.000Z');
    expect(instant.safeParse('2026-11-10T07:30:00').success).toBe(false);
  });

  it('fills defaults for events: conference other, not cancelled, no tags', () => {
    const ev = eventSchema.parse(event);
    expect(ev.conference).toBe('other');
    expect(ev.cancelled).toBe(false);
    expect(ev.tags).toEqual([]);
  });

  it('rejects an end before the start, and mixing days with times', () => {
    const before = eventSchema.safeParse({ ...event, end: '2026-12-05T10:00' });
    expect(before.success).toBe(false);
    expect(before.error?.issues[0]?.path).toEqual(['end']);
    const mixed = eventSchema.safeParse({ ...event, end: '2026-12-07' });
    expect(mixed.error?.issues[0]?.message).toMatch(/day when start is a day/);
  });

  it('rejects impossible dates, unknown time zones and unknown bodies', () => {
    expect(eventSchema.safeParse({ ...event, start: '2026-02-30', end: undefined }).success).toBe(false);
    expect(eventSchema.safeParse({ ...event, timeZone: 'Europe/Atlantis' }).success).toBe(false);
    expect(eventSchema.safeParse({ ...event, conference: 'g20' }).success).toBe(false);
  });

  it('takes a meeting’s documents once each, by IPEX file id, with a known type and a web link', () => {
    const d = { id: 'a'.repeat(32), type: 'contribution', url: `https://ipex.eu/IPEXL-WEB/download/file/${'a'.repeat(32)}` };
    expect(eventSchema.parse({ ...event, documents: [d], textsSeen: { [d.id]: '2026-12-01T17:00:00+01:00' } }).textsSeen).toEqual({
      [d.id]: '2026-12-01T16:00:00.000Z',
    });
    const twice = eventSchema.safeParse({ ...event, documents: [d, { ...d, type: 'conclusions' }] });
    expect(twice.success ? [] : twice.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['documents.1.id', `"${d.id}" is listed twice`]]);
    for (const bad of [
      { ...d, id: 'A'.repeat(32) },
      { ...d, type: 'annex' },
      { ...d, url: 'javascript:alert(1)' },
    ])
      expect(eventSchema.safeParse({ ...event, documents: [bad] }).success).toBe(false);
  });

  it('requires a publication date and safe slugs on news', () => {
    const news = { id: 'n1', slug: 'a-b', firstSeen: '2026-10-01T08:00:00Z', title: { en: 't' }, published: '2026-10-01T08:00:00Z' };
    expect(newsSchema.safeParse(news).success).toBe(true);
    expect(newsSchema.safeParse({ ...news, published: undefined }).success).toBe(false);
    expect(newsSchema.safeParse({ ...news, slug: '../etc' }).success).toBe(false);
    expect(newsSchema.safeParse({ ...news, source: 'javascript:alert(1)' }).success).toBe(false);
  });
});
