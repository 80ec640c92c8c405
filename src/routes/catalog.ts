import { getCollection } from 'astro:content';
import { buildCatalog, type Catalog } from '../model/catalog.ts';
import { buildNow } from '../model/now.ts';

let cached: Promise<Catalog> | undefined;

/** The site's catalog, built once per build from the content collections. */
export function getCatalog(): Promise<Catalog> {
  cached ??= (async () => {
    const [news, events, topics, chambers] = await Promise.all([
      getCollection('news'),
      getCollection('events'),
      getCollection('topics'),
      getCollection('chambers'),
    ]);
    const data = <T,>(entries: { data: T }[]) => entries.map((e) => e.data);
    return buildCatalog(
      { news: data(news), events: data(events), topics: data(topics), chambers: data(chambers) },
      buildNow(),
    );
  })();
  return cached;
}
