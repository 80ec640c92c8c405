import { hub } from '../config/resolve.ts';
import { CONFERENCES } from '../model/vocabulary.ts';
import { pickText } from '../model/pick.ts';
import { ui } from '../i18n/ui.ts';
import type { Catalog } from '../model/catalog.ts';
import { bodyOf, type Item } from '../model/item.ts';

/** A set of items with its own feeds: everything, a section, a tag, a chamber or a body. */
export interface FeedScope {
  /** Path below `/{lang}/feeds/`: `all`, `news`, `tags/cosac`, `chambers/lvsae`, `bodies/cosac`. */
  key: string;
  /** Feed title in a language. */
  title: (lang: string) => string;
  items: Item[];
}

const named = (what: string) => `${hub.brand} — ${what}`;

/** Every scope with at least one item, in a stable order. Withdrawn items are in no feed. */
export function feedScopes(c: Catalog): FeedScope[] {
  const listed = c.all.filter((i) => !i.withdrawn);
  const scopes: FeedScope[] = [
    { key: 'all', title: (l) => named(ui(l).allFeeds), items: listed },
    { key: 'news', title: (l) => named(ui(l).news), items: listed.filter((i) => i.kind === 'news') },
    { key: 'events', title: (l) => named(ui(l).events), items: listed.filter((i) => i.kind === 'events') },
    { key: 'topics', title: (l) => named(ui(l).topics), items: listed.filter((i) => i.kind === 'topics') },
  ];
  for (const [key, tag] of c.tags) {
    scopes.push({ key: `tags/${key}`, title: (l) => named(pickText(tag.label, l)), items: listed.filter((i) => i.tags.some((t) => t.key === key)) });
  }
  for (const [code, chamber] of c.chambers) {
    const items = listed.filter((i) => (i.kind === 'news' && i.chambers.includes(code)) || (i.kind === 'events' && i.organiser === code));
    if (items.length) scopes.push({ key: `chambers/${code}`, title: (l) => named(pickText(chamber.names, l)), items });
  }
  for (const body of CONFERENCES) {
    // A body's meetings and the texts they adopted.
    const items = listed.filter((i) => bodyOf(i) === body);
    if (items.length) scopes.push({ key: `bodies/${body}`, title: (l) => named(ui(l).conferences[body]), items });
  }
  return scopes.filter((s) => s.items.length > 0);
}

/** Calendar scopes: all events, per body and per chamber (the event scopes above, events only). */
export function calendarScopes(c: Catalog): FeedScope[] {
  return feedScopes(c)
    .filter((s) => s.key === 'events' || s.key.startsWith('bodies/') || s.key.startsWith('chambers/'))
    .map((s) => ({ ...s, items: s.items.filter((i) => i.kind === 'events') }))
    .filter((s) => s.items.length > 0);
}
