import { hub, langCodes } from '../config/resolve.ts';

/** `getStaticPaths` entries for every configured language. */
export function languagePaths(): { params: { lang: string } }[] {
  return langCodes.map((lang) => ({ params: { lang } }));
}

/** A list split for the web, newest first: `front` for the plain URL, `archive[k - 1]` for `page/k/`. */
export interface Archive<T> {
  front: T[];
  archive: T[][];
}

/**
 * Splits a newest-first list into pages numbered from the oldest: page 1 holds the oldest `size`
 * items, and so on; the front page holds the rest, between `size` and `2 × size - 1` items once there
 * are that many. A new item changes the front page only, until the front page splits: an archive page
 * keeps its items and its URL for good, so caches, crawlers and feed readers keep theirs too.
 * Pages are cut from every item, withdrawn ones too, and then show only those `shown` keeps: a
 * withdrawn item leaves its page one item shorter instead of shifting every later page.
 */
export function archivePages<T>(items: T[], size = hub.pageSize, shown: (item: T) => boolean = () => true): Archive<T> {
  const n = items.length;
  const numbered = Math.max(0, Math.floor(n / size) - 1);
  const archive: T[][] = [];
  for (let k = 1; k <= numbered; k++) archive.push(items.slice(n - k * size, n - (k - 1) * size).filter(shown));
  return { front: items.slice(0, n - numbered * size).filter(shown), archive };
}

/** One month's pages of a soonest-first list: `pages[0]` for the month's plain URL, `pages[k - 1]` for its `k/`. */
export interface MonthPages<T> {
  month: string;
  pages: T[][];
}

/**
 * Splits a soonest-first list (the upcoming meetings) by calendar month, each month into pages of
 * `size` from its start. Such a list grows at its far end (meetings announced ahead) and shrinks at
 * its near end (meetings passing), so numbering it from either end would shift every page at once;
 * a month's pages change only when one of its own meetings comes, goes or moves. Pages are cut from
 * every item, withdrawn ones too, and show only those `shown` keeps (as `archivePages`): a month
 * whose meetings are all withdrawn keeps its page, so its neighbours keep their links.
 */
export function monthPages<T>(items: T[], monthOf: (item: T) => string, size = hub.pageSize, shown: (item: T) => boolean = () => true): MonthPages<T>[] {
  const byMonth = new Map<string, T[]>();
  for (const item of items) {
    const month = monthOf(item);
    const list = byMonth.get(month);
    if (list) list.push(item);
    else byMonth.set(month, [item]);
  }
  return [...byMonth.keys()].sort().map((month) => {
    const all = byMonth.get(month) ?? [];
    const pages: T[][] = [];
    for (let i = 0; i < all.length; i += size) pages.push(all.slice(i, i + size).filter(shown));
    return { month, pages };
  });
}
