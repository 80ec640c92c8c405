import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.ts';
import { buildCatalog } from '../../src/model/catalog.ts';
import type { EventItem } from '../../src/model/item.ts';
import { eventMonth } from '../../src/model/time.ts';
import { monthPages } from '../../src/routes/paths.ts';
import { upcomingDrafts } from '../../src/routes/upcoming.ts';
import { ROOT, TEST_NOW } from '../support/build.ts';

/** A meeting as the split sees it: its first day, and whether it is withdrawn. */
interface M {
  id: string;
  day: string;
  withdrawn?: boolean;
}
const month = (m: M) => m.day.slice(0, 7);
const pagesOf = (items: M[], size = 3, shown = (m: M) => !m.withdrawn) =>
  Object.fromEntries(monthPages(items, month, size, shown).map((p) => [p.month, p.pages.map((list) => list.map((m) => m.id))]));
const soonestFirst = (items: M[]) => [...items].sort((a, b) => a.day.localeCompare(b.day) || a.id.localeCompare(b.id));
/** Meetings every nine days from 2027-01-02: three or four a month. */
const meetings = (n: number): M[] =>
  Array.from({ length: n }, (_, i) => ({ id: `m${i}`, day: new Date(Date.UTC(2027, 0, 2 + 9 * i)).toISOString().slice(0, 10) }));

describe('upcoming meetings by month', () => {
  it('gives every month with a meeting its pages, cut from the month’s start', () => {
    expect(pagesOf([])).toEqual({});
    expect(pagesOf(meetings(8))).toEqual({
      '2027-01': [['m0', 'm1', 'm2'], ['m3']],
      '2027-02': [['m4', 'm5', 'm6']],
      '2027-03': [['m7']],
    });
  });

  it('changes only its own month’s pages when a meeting is announced ahead', () => {
    const before = meetings(30);
    for (const day of ['2027-02-20', '2027-05-31', '2027-09-03']) {
      const after = pagesOf(soonestFirst([...before, { id: 'new', day }]));
      const was = pagesOf(before);
      for (const m of Object.keys(was)) if (m !== day.slice(0, 7)) expect(after[m], `${day}: ${m}`).toEqual(was[m]);
      expect(after[day.slice(0, 7)]?.flat()).toContain('new');
    }
  });

  it('changes only the month of a meeting that passes', () => {
    const before = pagesOf(meetings(30));
    const after = pagesOf(meetings(30).slice(1));
    expect(after['2027-01']).toEqual([['m1', 'm2', 'm3']]);
    for (const m of Object.keys(before).filter((k) => k !== '2027-01')) expect(after[m]).toEqual(before[m]);
  });

  it('keeps every page when a meeting is withdrawn: its page shows one fewer', () => {
    const all = meetings(8);
    expect(pagesOf(all, 3, (m) => m.id !== 'm1')).toEqual({ '2027-01': [['m0', 'm2'], ['m3']], '2027-02': [['m4', 'm5', 'm6']], '2027-03': [['m7']] });
    // A month whose only meeting is withdrawn keeps its (empty) page, so its neighbours keep their links.
    expect(pagesOf(all, 3, (m) => m.id !== 'm7')['2027-03']).toEqual([[]]);
  });

  it('files a meeting under the month of its first day as its own dates show it', () => {
    expect(eventMonth({ start: '2027-03-31' })).toBe('2027-03');
    // 23:30 in New York on 31 March is 1 April in UTC: still a March meeting.
    expect(eventMonth({ start: '2027-03-31T23:30' })).toBe('2027-03');
  });
});

describe('the upcoming meetings’ pages of the sample', async () => {
  const input = await loadContent({ dir: path.join(ROOT, 'content'), defaultTimeZone: 'Europe/Brussels' });
  const now = new Date(TEST_NOW);
  /** The English upcoming meetings' pages of the sample's catalog with `events`, by path. */
  const upcomingPages = (events: EventItem[]) => {
    const c = buildCatalog({ ...input, events }, now);
    const drafts = upcomingDrafts(c.withWithdrawn.upcoming, 'en', { name: 'Home', path: '/en/' }, 'IPEX Hub');
    return new Map(drafts.map((d) => [d.path('en'), { title: d.title, crumbs: d.crumbs, view: d.view }]));
  };
  const before = upcomingPages(input.events);
  const months = [...before.keys()].filter((p) => p !== '/en/events/');
  const upcoming = buildCatalog(input, now).upcoming;
  const last = upcoming.at(-1);
  if (!last) throw new Error('the sample has upcoming meetings');

  it('lists the next meetings on the front page and gives each month from the first meeting beyond it a page', () => {
    const front = before.get('/en/events/')?.view;
    expect(front?.type === 'section' && front.items).toEqual(upcoming.slice(0, 20));
    const beyond = upcoming[20];
    if (!beyond) throw new Error('the sample has more upcoming meetings than a page');
    expect(months[0]).toBe(`/en/events/page/${eventMonth(beyond)}/`);
    expect(front?.type === 'section' && front.months?.map((m) => m.path)).toEqual(months.filter((p) => /\/page\/\d{4}-\d{2}\/$/.test(p)));
    expect(months.length).toBeGreaterThan(2);
    // A month's page lists the month whole, the meetings also on the front page too.
    const first = before.get(months[0] ?? '')?.view;
    expect(first?.type === 'section' && first.items).toEqual(upcoming.filter((e) => eventMonth(e) === eventMonth(beyond)).slice(0, 20));
    expect(before.get(`/en/events/page/${eventMonth(last)}/`)?.title).toMatch(/^Upcoming events \([A-Z][a-z]+ \d{4}\)$/);
    // Each month links its neighbours, earlier and later.
    const view = (p: string | undefined) => (p === undefined ? undefined : before.get(p)?.view);
    const [v1, v2] = [view(months[0]), view(months[1])];
    expect(v1?.type === 'section' && [v1.newer, v1.older]).toEqual([undefined, months[1]]);
    expect(v2?.type === 'section' && [v2.newer, v2.older]).toEqual([months[0], months[2]]);
  });

  it('changes only its month’s page when a meeting is announced ahead, and the front page when one passes', () => {
    const changedFrom = (after: Map<string, unknown>) =>
      [...new Set([...before.keys(), ...after.keys()])].filter((p) => JSON.stringify(after.get(p)) !== JSON.stringify(before.get(p))).sort();
    const announced: EventItem = { ...last, id: 'hub-announced', slug: 'announced-meeting', title: { en: 'Announced meeting' } };
    expect(changedFrom(upcomingPages([...input.events, announced]))).toEqual([`/en/events/page/${eventMonth(last)}/`]);

    const soonest = upcoming[0];
    if (!soonest) throw new Error('the sample has upcoming meetings');
    // Its month has no page of its own (it is on the front page); the month pages keep theirs.
    expect(changedFrom(upcomingPages(input.events.filter((e) => e.id !== soonest.id)))).toEqual(['/en/events/']);
  });
});
