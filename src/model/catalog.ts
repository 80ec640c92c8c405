import type { Chamber } from './schemas.ts';
import type { Member } from './members.ts';
import type { DiscussionPost } from './discussion.ts';
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
  /** The same four lists with their withdrawn items in place, for archive pages that keep their numbers. */
  withWithdrawn: { news: NewsItem[]; upcoming: EventItem[]; past: EventItem[]; topics: TopicItem[] };
  /** Tag key → label per language, and the listed items with that tag. */
  tags: Map<string, { label: Record<string, string>; items: Item[] }>;
  chambers: Map<string, Chamber>;
  /** The voluntary members' registry. */
  members: Member[];
  /** Replies and quotes by chambers and members under the hub's posts. */
  discussion: DiscussionPost[];
  byId: Map<string, Item>;
  /** The build's one "now", which split upcoming from past. */
  now: Date;
}

const newer = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);

/** Sorts and indexes content for the pages; `now` splits upcoming from past events. */
export function buildCatalog(
  input: {
    news: NewsItem[];
    events: EventItem[];
    topics: TopicItem[];
    texts?: TextItem[] | undefined;
    chambers: Chamber[];
    members?: Member[] | undefined;
    discussion?: DiscussionPost[] | undefined;
  },
  now: Date,
): Catalog {
  const listed = <T extends Item>(xs: T[]) => xs.filter((x) => !x.withdrawn);
  const allNews = [...input.news].sort((a, b) => newer(a.published, b.published) || newer(b.id, a.id));
  const startOf = (e: EventItem) => eventSpan(e).start.getTime();
  const allUpcoming = input.events.filter((e) => isUpcoming(e, now)).sort((a, b) => startOf(a) - startOf(b) || newer(b.id, a.id));
  const allPast = input.events.filter((e) => !isUpcoming(e, now)).sort((a, b) => startOf(b) - startOf(a) || newer(b.id, a.id));
  const allTopics = [...input.topics].sort((a, b) => newer(a.updated ?? a.firstSeen, b.updated ?? b.firstSeen) || newer(b.id, a.id));
  const [news, upcoming, past, topics] = [listed(allNews), listed(allUpcoming), listed(allPast), listed(allTopics)];
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
    withWithdrawn: { news: allNews, upcoming: allUpcoming, past: allPast, topics: allTopics },
    tags: new Map([...tags].sort(([a], [b]) => a.localeCompare(b))),
    chambers: new Map(input.chambers.map((c) => [c.code, c])),
    members: input.members ?? [],
    discussion: input.discussion ?? [],
    byId: new Map(all.map((i) => [`${i.kind}/${i.id}`, i])),
    now,
  };
}

/** The moment an item stands at in time, for nearness: a news item's publication, an event's start, a text's adoption, a topic's last update. */
export function itemTime(item: Item): number {
  if (item.kind === 'news') return Date.parse(item.published);
  if (item.kind === 'events') return eventSpan(item).start.getTime();
  if (item.kind === 'texts') return Date.parse(item.adopted);
  return Date.parse(item.updated ?? item.firstSeen);
}

/** The stable tie-break between items equally related: kind and id, which never change. */
export const itemKey = (item: Item): string => `${item.kind}/${item.id}`;

/** Per catalog: the topics citing each item, and each listed item's place, time and key. Built once,
 * so that finding the related items of every page costs the size of its tags, not of the catalog. */
interface Relations {
  citedBy: Map<string, TopicItem[]>;
  /** Listed items, each tag's items as places among them, and each place's time and key. */
  byRank: Item[];
  tagRanks: Map<string, Int32Array>;
  times: Float64Array;
  keys: string[];
  /** Scratch counts of shared tags by place, all zero between calls. */
  counts: Int32Array;
  /** Each item's related items, by limit, once found. */
  related: Map<Item, Map<number, Item[]>>;
}
const relations = new WeakMap<Catalog, Relations>();
function relationsOf(c: Catalog): Relations {
  return remember(relations, c, () => {
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
    return {
      citedBy,
      byRank,
      tagRanks,
      times: Float64Array.from(byRank, itemTime),
      keys: byRank.map(itemKey),
      counts: new Int32Array(byRank.length),
      related: new Map(),
    };
  });
}

/** Items to show beside an item: its topic's links, topics that cite it, then items sharing tags (most
 * shared tags first; among equals, the nearest in time to this item, then by kind and id). Relative to
 * the item, so that a new item enters only the lists of items near it in time, not every list whose
 * tags it shares. The same in every language: found once per item and catalog. */
export function relatedTo(item: Item, catalog: Catalog, limit = 6): Item[] {
  const byLimit = remember(relationsOf(catalog).related, item, () => new Map<number, Item[]>());
  return remember(byLimit, limit, () => findRelated(item, catalog, limit));
}

function findRelated(item: Item, catalog: Catalog, limit: number): Item[] {
  const { citedBy, byRank, tagRanks, times, keys, counts } = relationsOf(catalog);
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
  const at = itemTime(item);
  // True when place a (with n shared tags) ranks before place b (with m).
  const before = (a: number, n: number, b: number, m: number) => {
    if (n !== m) return n > m;
    const da = Math.abs(times[a]! - at);
    const db = Math.abs(times[b]! - at);
    return da !== db ? da < db : keys[a]! < keys[b]!;
  };
  const best: [number, number][] = []; // [place, shared tags], best first
  for (const r of touched) {
    const n = counts[r]!;
    counts[r] = 0;
    if (best.length === keep) {
      const [wr, wn] = best[keep - 1]!;
      if (!before(r, n, wr, wn)) continue;
      best.pop();
    }
    let i = best.length;
    while (i > 0 && before(r, n, best[i - 1]![0], best[i - 1]![1])) i--;
    best.splice(i, 0, [r, n]);
  }
  for (const [r] of best) {
    if (found.length >= want) break;
    add(byRank[r]);
  }
  return found.slice(0, want);
}
