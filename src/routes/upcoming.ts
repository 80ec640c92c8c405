import { hub } from '../config/resolve.ts';
import { formatMonth } from '../i18n/dates.ts';
import { fill, ui } from '../i18n/ui.ts';
import type { EventItem } from '../model/item.ts';
import { eventMonth } from '../model/time.ts';
import { sectionPath } from '../model/urls.ts';
import type { Crumb, Draft, View } from './page.ts';
import { monthPages } from './paths.ts';

/**
 * The upcoming meetings: the front page lists the next `pageSize`, and the months from that of the
 * first meeting beyond it have their own pages (`monthPages`: each lists its month whole, the
 * meetings also on the front page too), linked from the front page and to one another, earlier and
 * later. A meeting announced ahead changes its month's pages (and the front page when it falls among
 * the next ones); a meeting passing changes the front page (and its month's, if it has one).
 */
export function upcomingDrafts(items: EventItem[], lang: string, home: Crumb, description: string): Draft[] {
  const t = ui(lang);
  const shown = (x: EventItem) => !x.withdrawn;
  const listed = items.filter(shown);
  const beyond = listed[hub.pageSize];
  const months = beyond === undefined ? [] : monthPages(items, eventMonth, hub.pageSize, shown).filter(({ month }) => month >= eventMonth(beyond));
  const front: Crumb = { name: t.upcoming, path: sectionPath('events', lang) };
  const pages = months.flatMap(({ month, pages }) => pages.map((list, i) => ({ month, n: i + 1, list, first: i === 0 })));
  const at = (k: number) => pages[k] && sectionPath('events', lang, { month: pages[k].month, page: pages[k].n });
  const out: Draft[] = [
    {
      path: (l) => sectionPath('events', l),
      title: t.upcoming,
      description,
      crumbs: [home, front],
      feedScope: 'events',
      section: 'events',
      view: {
        type: 'section',
        kind: 'events',
        past: false,
        n: undefined,
        items: listed.slice(0, hub.pageSize),
        months: months.map(({ month }) => ({ name: formatMonth(month, lang), path: sectionPath('events', lang, { month }) })),
      },
    },
  ];
  pages.forEach(({ month, n, list, first }, k) => {
    const name = formatMonth(month, lang);
    const current = n === 1 ? name : `${name}, ${fill(t.pageN, { n })}`;
    const title = `${t.upcoming} (${current})`;
    const path = (l: string) => sectionPath('events', l, { month, page: n });
    const view: View = {
      type: 'section',
      kind: 'events',
      past: false,
      n,
      month,
      current,
      // A month's first page links back to the month before at its first page, whose URL stays however that month grows.
      newer: at(first ? pages.findLastIndex((p, j) => j < k && p.first) : k - 1),
      older: at(k + 1),
      items: list,
    };
    out.push({ path, title, description, crumbs: [home, front, { name: current, path: path(lang) }], feedScope: 'events', section: 'events', view });
  });
  return out;
}
