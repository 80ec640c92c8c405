import type { Chamber } from '../model/schemas.ts';
import { formatEventWhen } from '../i18n/dates.ts';
import { pick, pickText } from '../model/pick.ts';
import { eventPlace } from '../i18n/place.ts';
import { ui } from '../i18n/ui.ts';
import { itemCard } from '../cards/images.ts';
import { xml as escape } from './xml.ts';
import type { Item } from '../model/item.ts';
import { absolute, itemGuid, itemPath } from '../model/urls.ts';
import { readOnIpexUrl } from '../social/utm.ts';

/** One entry of any feed format: everything RSS, Atom and JSON Feed say about an item. */
export interface FeedEntry {
  /** Permanent id: guid / id in every format. */
  id: string;
  url: string;
  title: string;
  /** The language of the title and text where it is not the feed's (an item without a page in it). */
  lang?: string | undefined;
  summary: string;
  /** Full HTML, every URL absolute. */
  html: string;
  published: Date;
  updated: Date;
  categories: string[];
  image: { url: string; type: string; width: number; height: number };
}

/** The entry of an item in a language; `published` comes from publishedDates(). */
export function feedEntry(item: Item, lang: string, published: Date, chambers: Map<string, Chamber>): FeedEntry {
  const t = ui(lang);
  const picked = pick(item.title, lang);
  const title = picked?.text ?? '';
  const summary = pick(item.summary, lang)?.text ?? '';
  const parts: string[] = [];
  if (summary) parts.push(`<p><strong>${escape(summary)}</strong></p>`);
  if (item.kind === 'events') {
    const place = eventPlace(item, lang).line;
    parts.push(`<p>${escape(t.when)}: ${escape(formatEventWhen(item, lang))}${place ? `<br>${escape(t.where)}: ${escape(place)}` : ''}</p>`);
  }
  const body = pick(item.html, lang)?.text;
  if (body) parts.push(body);
  parts.push(`<p><a href="${escape(readOnIpexUrl(item, 'feed'))}">${escape(t.readOnIpex)}</a></p>`);
  const card = itemCard(item, lang, 'wide', chambers);
  const updated = item.updated ? new Date(item.updated) : published;
  return {
    id: itemGuid(item),
    url: absolute(itemPath(item, lang)),
    title,
    ...(picked && picked.lang !== lang && { lang: picked.lang }),
    summary: summary || title,
    html: parts.join('\n'),
    published,
    // An edit never moves an entry earlier than its publication.
    updated: updated > published ? updated : published,
    categories: item.tags.map((tag) => pickText(tag.label, lang)),
    image: { url: card.url, type: card.type, width: card.width, height: card.height },
  };
}
