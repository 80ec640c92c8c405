import type { Chamber } from './schemas.ts';
import { isUpcoming, eventSpan } from './time.ts';
import type { EventItem, Item, NewsItem, TextItem, TopicItem } from './item.ts';
import { remember } from './memo.ts';

/** All items, sorted and indexed the way pages list them. */
export interface Catalog {
  /** Listed news, newest first (withdrawn items have pages but are not listed). */
  news: NewsItem[];
  /** Listed events not yet over, soonest first. */
  upcoming: EventItem[];
  /** Listed events that are over, latest first. */
  past: EventItem[];
  /** Listed hot topics, most recently updated first. */
  topics: TopicItem[];
  /** Listed texts the meetings adopted, newest first. */
  texts: TextItem[];
  /** Every item, withdrawn too: each has a landing page. */
  all: Item[];
  /** Tag key → label per language, and the listed items with that tag. */
  tags: Map<string, { label: Record<string, string>; items: Item[] }>;
  chambers: Map<string, Chamber>;
  byId: Map<string, Item>;
  /** The build's one "now", which split upcoming from past. */
  now: Date;
}

const newer = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);

/** Sorts and indexes content for the pages; `now` splits upcoming from past events. */
export function buildCatalog(
  input: { news: NewsItem[]; events: EventItem[]; topics: TopicItem[]; texts?: TextItem[] | undefined; chambers: Chamber[] },
  now: Date,
): Catalog {
  const listed = <T extends Item>(xs: T[]) => xs.filter((x) => !x.withdrawn);
  const news = listed(input.news).sort((a, b) => newer(a.published, b.published) || newer(b.id, a.id));
  const startOf = (e: EventItem) => eventSpan(e).start.getTime();
  const events = listed(input.events);
  const upcoming = events.filter((e) => isUpcoming(e, now)).sort((a, b) => startOf(a) - startOf(b) || newer(b.id, a.id));
  const past = events.filter((e) => !isUpcoming(e, now)).sort((a, b) => startOf(b) - startOf(a) || newer(b.id, a.id));
  const topics = listed(input.topics).sort((a, b) => newer(a.updated ?? a.firstSeen, b.updated ?? b.firstSeen) || newer(b.id, a.id));
  const texts = listed(input.texts ?? []).sort((a, b) => newer(a.firstSeen, b.firstSeen) || newer(b.id, a.id));
  const all: Item[] = [...input.news, ...input.events, ...input.topics, ...(input.texts ?? [])];
  const tags: Catalog['tags'] = new Map();
  for (const item of [...topics, ...upcoming, ...news, ...past, ...texts]) {
    for (const t of item.tags) {
      const entry = tags.get(t.key) ?? { label: t.label, items: [] as Item[] };
      entry.items.push(item);
      tags.set(t.key, entry);
    }
  }
  return {
    news,
    upcoming,
    past,
    topics,
    texts,
    all,
    tags: new Map([...tags].sort(([a], [b]) => a.localeCompare(b))),
    chambers: new Map(input.chambers.map((c) => [c.code, c])),
    byId: new Map(all.map((i) => [`${i.kind}/${i.id}`, i])),
    now,
  };
}

/** Per catalog: the topics citing each item, and each listed item's place in [topics, upcoming, news,
 * past], the order in which items sharing tags are offered. Built once, so that finding the related
 * items of every page costs the size of its tags, not the size of the catalog. */
interface Relations {
  citedBy: Map<string, TopicItem[]>;
  /** Listed items in that order, and each tag's items as places in it. */
  byRank: Item[];
  tagRanks: Map<string, Int32Array>;
  /** Scratch counts of shared tags by place, all zero between calls. */
  counts: Int32Array;
  /** Each item's related items, by limit, once found. */
  related: Map<Item, Map<number, Item[]>>;
}
const relations = new WeakMap<Catalog, Relations>();
function relationsOf(c: Catalog): Relations {
  let r = relations.get(c);
  if (!r) {
    const citedBy = new Map<string, TopicItem[]>();
    for (const t of c.topics) {
      for (const kind of ['news', 'events'] as const) {
        for (const id of t.related[kind]) {
          const list = citedBy.get(`${kind}/${id}`);
          if (list) list.push(t);
          else citedBy.set(`${kind}/${id}`, [t]);
        }
      }
    }
    const byRank = [...c.topics, ...c.upcoming, ...c.news, ...c.past, ...c.texts];
    const rank = new Map(byRank.map((x, i) => [x, i]));
    const tagRanks = new Map([...c.tags].map(([key, { items }]) => [key, Int32Array.from(items, (x) => rank.get(x) ?? 0)]));
    r = { citedBy, byRank, tagRanks, counts: new Int32Array(byRank.length), related: new Map() };
    relations.set(c, r);
  }
  return r;
}

/** Items to show beside an item: its topic's links, topics that cite it, then items sharing tags (most
 * shared tags first; among equals, topics, then upcoming events, news and past events, in list order).
 * The same in every language: found once per item and catalog. */
export function relatedTo(item: Item, catalog: Catalog, limit = 6): Item[] {
  const byLimit = remember(relationsOf(catalog).related, item, () => new Map<number, Item[]>());
  return remember(byLimit, limit, () => findRelated(item, catalog, limit));
}

function findRelated(item: Item, catalog: Catalog, limit: number): Item[] {
  const { citedBy, byRank, tagRanks, counts } = relationsOf(catalog);
  const found: Item[] = [];
  const add = (x: Item | undefined) => {
    if (x && x !== item && !x.withdrawn && !found.includes(x)) found.push(x);
  };
  if (item.kind === 'topics') {
    for (const id of item.related.news) add(catalog.byId.get(`news/${id}`));
    for (const id of item.related.events) add(catalog.byId.get(`events/${id}`));
  } else {
    for (const t of citedBy.get(`${item.kind}/${item.id}`) ?? []) add(t);
  }
  const cited = found.length;
  const want = Math.max(limit, cited);
  if (found.length >= want) return found.slice(0, want);
  // Shared tags counted by place in typed arrays (a Map per item cost seconds at IPEX's size); only
  // the best few are ever taken (`want`, plus the item itself and those already found, which are
  // skipped): keep those in order instead of sorting every item that shares a tag.
  const touched: number[] = [];
  for (const key of new Set(item.tags.map((t) => t.key))) {
    for (const r of tagRanks.get(key) ?? []) if (counts[r]!++ === 0) touched.push(r);
  }
  const keep = want + cited + 1;
  const best: [number, number][] = []; // [place, shared tags], best first
  for (const r of touched) {
    const n = counts[r]!;
    counts[r] = 0;
    if (best.length === keep) {
      const [wr, wn] = best[keep - 1]!;
      if (n < wn || (n === wn && r >= wr)) continue;
      best.pop();
    }
    let i = best.length;
    while (i > 0 && (best[i - 1]![1] < n || (best[i - 1]![1] === n && best[i - 1]![0] > r))) i--;
    best.splice(i, 0, [r, n]);
  }
  for (const [r] of best) {
    if (found.length >= want) break;
    add(byRank[r]);
  }
  return found.slice(0, want);
}
