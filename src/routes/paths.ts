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
