import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { eventSchema, newsSchema } from '../../src/model/schemas.ts';
import { renderMarkdown } from '../../src/content/markdown.ts';
import { atomFeed } from '../../src/feeds/atom.ts';
import type { FeedDoc } from '../../src/feeds/doc.ts';
import { feedEntry } from '../../src/feeds/entries.ts';
import { calendar } from '../../src/feeds/ics.ts';
import { jsonFeed } from '../../src/feeds/jsonfeed.ts';
import { rssFeed } from '../../src/feeds/rss.ts';
import type { EventItem, NewsItem } from '../../src/model/item.ts';
import { icalEvents, strictXml } from '../support/feeds.ts';

const HOSTILE = [
  'Budget <script>alert(1)</script> & "quotes" \'single\' ]]> <![CDATA[ x ]]>',
  'Control\u0001 \u0008characters\u000B and a lone \uD800 surrogate',
  'Emoji 👩🏽‍💻🇪🇺🎉 and ZWJ',
  'Βουλή των Ελλήνων — Народно събрание — Kamra tad-Deputati ċġħż',
  `Long ${'Subsidiarity '.repeat(400)}`,
];

function news(title: string, i: number): NewsItem {
  const data = newsSchema.parse({
    id: `n${i}`,
    slug: `n-${i}`,
    firstSeen: '2026-11-01T08:00:00Z',
    published: '2026-11-01T08:00:00Z',
    title: { en: title },
    summary: { en: title },
    body: { en: `${title}\n\n[link](/en/news/x/) <img src=x onerror=alert(1)>` },
    tags: [{ key: 'a-b', label: { en: title.slice(0, 50) } }],
  });
  return { ...data, kind: 'news', html: { en: renderMarkdown(data.body?.en ?? '', 'https://hub.example.eu/') } };
}

const doc = (items: NewsItem[]): FeedDoc => ({
  lang: 'en',
  title: 'Hostile <feed> & test',
  description: 'd ]]> e',
  urls: { rss: 'https://hub.example.eu/en/feeds/all.xml', atom: 'https://hub.example.eu/en/feeds/all.atom', json: 'https://hub.example.eu/en/feeds/all.json' },
  home: 'https://hub.example.eu/en/',
  entries: items.map((item, i) => feedEntry(item, 'en', new Date(Date.UTC(2026, 10, 1, 8, 0, i)), new Map())),
});

describe('hostile text in feeds and calendars', () => {
  const items = HOSTILE.map(news);

  it('yields strictly valid RSS and Atom whose titles read back exactly', async () => {
    for (const body of [await rssFeed(doc(items)), atomFeed(doc(items))]) {
      strictXml(body);
      const parsed = parseFeed(body);
      expect(parsed.items.map((i) => i.title)).toEqual(items.map((i) => i.title.en));
      expect(body).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
      expect(body).not.toMatch(/<script|onerror=/);
    }
  });

  it('yields JSON Feed that parses back to the same titles', () => {
    const json = JSON.parse(jsonFeed(doc(items)));
    expect(json.items.map((i: { title: string }) => i.title)).toEqual(items.map((i) => i.title.en));
    expect(json.items[0].content_html).toContain('href="https://hub.example.eu/en/news/x/"');
  });

  it('yields calendars that ical.js reads back exactly, folded at 75 octets', () => {
    const events: EventItem[] = HOSTILE.map((title, i) => ({
      ...eventSchema.parse({
        id: `e${i}`,
        slug: `e-${i}`,
        firstSeen: '2026-11-01T08:00:00Z',
        title: { en: title },
        start: '2026-12-03',
        end: '2026-12-04',
        city: { en: 'Brno; Praha, "CZ"\\' },
      }),
      kind: 'events',
      timeZone: 'Europe/Brussels',
      html: {},
    }));
    const ics = calendar(events, { lang: 'en', name: 'Hostile; name, here', url: 'https://hub.example.eu/en/calendar/events.ics' });
    for (const line of ics.split('\r\n')) {
      expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
      expect(Buffer.from(line).toString()).toBe(line);
    }
    const back = icalEvents(ics);
    expect(back.map((e) => e.summary)).toEqual(events.map((e) => e.title.en));
    expect(back[0]?.location).toBe('Brno; Praha, "CZ"\\');
  });
});
