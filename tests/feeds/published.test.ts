import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { SAMPLE_DIST, SMALL_DIST, TEST_NOW, TEST_SITE } from '../support/build.ts';
import { filesWith, icalEvents, strictXml, text } from '../support/feeds.ts';

const NOW = Date.parse(TEST_NOW);

describe.each([
  ['fixture', SMALL_DIST],
  ['sample', SAMPLE_DIST],
])('feeds of the %s build', (_, dist) => {
  it('parse strictly as XML and with a real feed parser; ids, dates and links as readers need', async () => {
    const feeds = await filesWith(dist, '.xml', '.atom');
    const xmlFeeds = feeds.filter((f) => f.includes('/feeds/'));
    expect(xmlFeeds.length).toBeGreaterThan(10);
    for (const f of xmlFeeds) {
      const body = await text(dist, f);
      expect(Buffer.byteLength(body), f).toBeLessThan(5 * 1024 * 1024);
      expect(strictXml(body), f).toBe(f.endsWith('.atom') ? 'feed' : 'rss');
      const feed = parseFeed(body);
      expect(feed.items.length, f).toBeGreaterThan(0);
      expect(feed.items.length, f).toBeLessThanOrEqual(50);
      const self = f.endsWith('.atom') ? body.match(/<link rel="self"[^>]*href="([^"]+)"/)?.[1] : body.match(/<atom:link href="([^"]+)" rel="self"/)?.[1];
      expect(self, f).toBe(`${TEST_SITE}${f}`);
      const ids = feed.items.map((i) => i.id);
      expect(new Set(ids).size, f).toBe(ids.length);
      for (const id of ids)
        expect(id, f).toMatch(/^urn:ipex-hub:(news|events|topics|texts|documents):[A-Za-z0-9._-]+(:opinion:[a-z]+|:threshold:(yellow|orange)|:closing)?$/);
      const dates = feed.items.map((i) => i.published?.getTime() ?? NaN);
      expect(
        dates.every((d) => d <= NOW),
        f,
      ).toBe(true);
      expect(
        [...dates].sort((a, b) => b - a),
        `${f} newest first`,
      ).toEqual(dates);
      expect(new Set(dates).size, `${f} unique dates`).toBe(dates.length);
      for (const item of feed.items) {
        expect(item.url, f).toMatch(new RegExp(`^${TEST_SITE}/`));
        for (const [, url] of (item.content ?? '').matchAll(/(?:href|src)="([^"]*)"/g)) expect(url, `${f} ${item.id}`).toMatch(/^(https?:|mailto:|#)/);
        expect(item.media[0]?.url, f).toMatch(/\/og\/.+\.png$/);
      }
      if (f.endsWith('.xml')) expect(body).toMatch(/<pubDate>[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \+0000<\/pubDate>/);
    }
  });

  it('give an item the same id and date in RSS, Atom and JSON Feed', async () => {
    for (const rss of (await filesWith(dist, '.xml')).filter((f) => f.includes('/feeds/'))) {
      const atom = parseFeed(await text(dist, rss.replace(/\.xml$/, '.atom')));
      const json = JSON.parse(await text(dist, rss.replace(/\.xml$/, '.json')));
      const r = parseFeed(await text(dist, rss));
      const key = (id: string | null, d: Date | string | null | undefined) => `${id} ${d ? new Date(d).toISOString() : ''}`;
      expect(
        atom.items.map((i) => key(i.id, i.published)),
        rss,
      ).toEqual(r.items.map((i) => key(i.id, i.published)));
      expect(
        json.items.map((i: { id: string; date_published: string }) => key(i.id, i.date_published)),
        rss,
      ).toEqual(r.items.map((i) => key(i.id, i.published)));
      expect(json.version).toBe('https://jsonfeed.org/version/1.1');
      expect(json.feed_url).toBe(`${TEST_SITE}${rss.replace(/\.xml$/, '.json')}`);
      for (const item of json.items) expect(typeof item.content_html === 'string' && typeof item.url === 'string').toBe(true);
    }
  });

  it('publish calendars that ical.js reads, with the fields calendar apps need', async () => {
    const calendars = await filesWith(dist, '.ics');
    expect(calendars.some((c) => c.endsWith('/calendar/events.ics'))).toBe(true);
    expect(calendars.some((c) => c.endsWith('/event.ics'))).toBe(true);
    for (const c of calendars) {
      const ics = await text(dist, c);
      expect(
        ics.split('\r\n').every((l) => Buffer.byteLength(l) <= 75),
        c,
      ).toBe(true);
      expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
      const cal = new ICAL.Component(ICAL.parse(ics));
      expect(cal.getFirstPropertyValue('x-wr-calname'), c).toBeTruthy();
      expect(ics, c).toMatch(/^REFRESH-INTERVAL;VALUE=DURATION:PT\d+H\r$/m);
      const events = icalEvents(ics);
      expect(events.length, c).toBeGreaterThan(0);
      for (const ev of events) {
        expect(ev.uid, c).toMatch(/^urn:ipex-hub:(events:|documents:[A-Za-z0-9._-]+:(deadline|reminder)$)/);
        expect(ev.summary, c).toBeTruthy();
        expect(ev.component.getFirstPropertyValue('dtstamp'), c).toBeTruthy();
        const start = ev.startDate;
        expect(start.isDate || start.zone?.tzid === 'UTC', `${c} ${ev.uid}`).toBe(true);
        if (start.isDate) expect(ev.endDate.compare(start), `${c} exclusive end`).toBe(1);
      }
    }
  });

  it('lists every RSS feed in the OPML file', async () => {
    const opml = await readFile(path.join(dist, 'feeds.opml'), 'utf8');
    expect(strictXml(opml)).toBe('opml');
    const rss = (await filesWith(dist, '.xml')).filter((f) => f.includes('/feeds/'));
    const listed = [...opml.matchAll(/xmlUrl="([^"]+)"/g)].map((m) => m[1]?.replace(TEST_SITE, '')).sort();
    expect(listed).toEqual(rss);
  });
});
