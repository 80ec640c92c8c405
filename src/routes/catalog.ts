import { getCollection } from 'astro:content';
import { buildCatalog, type Catalog } from '../model/catalog.ts';
import { buildNow } from '../model/now.ts';
import { langCodes } from '../config/resolve.ts';
import { adoptedTexts } from '../model/texts.ts';
import { adoptedLine } from '../i18n/texts.ts';
import type { TextItem } from '../model/item.ts';

/** What a text is, in every hub language: its summary in pages, feeds, cards and posts. */
const describe = (text: Omit<TextItem, 'summary'>) => Object.fromEntries(langCodes.map((lang) => [lang, adoptedLine(text, lang)]));

let cached: Promise<Catalog> | undefined;

/** The site's catalog, built once per build from the content collections. */
export function getCatalog(): Promise<Catalog> {
  cached ??= (async () => {
    const [news, events, topics, chambers, members, discussion] = await Promise.all([
      getCollection('news'),
      getCollection('events'),
      getCollection('topics'),
      getCollection('chambers'),
      getCollection('members'),
      getCollection('discussion'),
    ]);
    const data = <T>(entries: { data: T }[]) => entries.map((e) => e.data);
    const texts = data(events).flatMap((ev) => adoptedTexts(ev, describe));
    return buildCatalog(
      { news: data(news), events: data(events), topics: data(topics), texts, chambers: data(chambers), members: data(members), discussion: data(discussion) },
      buildNow(),
    );
  })();
  return cached;
}
