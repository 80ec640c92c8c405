import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.ts';
import { buildCatalog, itemTime, relatedTo, type Catalog } from '../../src/model/catalog.ts';
import type { Item } from '../../src/model/item.ts';
import { mentionsOf } from '../../src/model/mentions.ts';
import type { DocumentView } from '../../src/model/document-catalog.ts';
import { ROOT, TEST_NOW } from '../support/build.ts';

/** The definition, written the slow way: topics citing the item (or a topic's own links), then every
 * listed item by the number of tags it shares, then by nearness in time to the item, then by kind and id. */
function relatedByDefinition(item: Item, c: Catalog, limit = 6): Item[] {
  const found: Item[] = [];
  const add = (x: Item | undefined) => {
    if (x && x !== item && !x.withdrawn && !found.includes(x)) found.push(x);
  };
  if (item.kind === 'topics') {
    for (const id of item.related.news) add(c.byId.get(`news/${id}`));
    for (const id of item.related.events) add(c.byId.get(`events/${id}`));
  } else {
    if (item.kind !== 'texts') for (const t of c.topics) if (t.related[item.kind].includes(item.id)) add(t);
  }
  const cited = found.length;
  const keys = new Set(item.tags.map((t) => t.key));
  const at = itemTime(item);
  const sharing = [...c.topics, ...c.upcoming, ...c.news, ...c.past, ...c.texts]
    .map((x) => ({ x, n: x.tags.filter((t) => keys.has(t.key)).length, d: Math.abs(itemTime(x) - at), key: `${x.kind}/${x.id}` }))
    .filter((s) => s.n > 0)
    .sort((a, b) => b.n - a.n || a.d - b.d || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const s of sharing) add(s.x);
  return found.slice(0, Math.max(limit, cited));
}

/** The sample's content, loaded once for this file (the tests only read it). */
const sampleInput = loadContent({ dir: path.join(ROOT, 'content'), defaultTimeZone: 'Europe/Brussels' });

async function sampleCatalog(): Promise<Catalog> {
  return buildCatalog(await sampleInput, new Date(TEST_NOW));
}

describe('related items and mentions, found through indexes', () => {
  it('are the items the definition gives, in its order, for every item of the sample', async () => {
    const c = await sampleCatalog();
    let withRelated = 0;
    for (const item of c.all) {
      const got = relatedTo(item, c);
      expect(
        got.map((x) => x.id),
        item.id,
      ).toEqual(relatedByDefinition(item, c).map((x) => x.id));
      // A short limit: only the best few of the items sharing tags are kept while counting.
      expect(
        relatedTo(item, c, 2).map((x) => x.id),
        item.id,
      ).toEqual(relatedByDefinition(item, c, 2).map((x) => x.id));
      expect(relatedTo(item, c), `${item.id}, asked again`).toBe(got);
      if (got.length) withRelated++;
    }
    expect(withRelated).toBeGreaterThan(c.all.length / 2);
  });

  it('finds the items citing a document reference, whatever the spacing, and not a longer number', async () => {
    const c = await sampleCatalog();
    const [a, b, d] = c.news;
    if (!a || !b || !d) throw new Error('the sample has news');
    const cite = (x: Item, text: string) => ({ ...x, html: { en: `<p>${text}</p>` } });
    const news = [cite(a, 'See COM(2099)   731 and more.'), cite(b, 'See COM(2099) 7310.'), d];
    const cat = { ...c, news, topics: [], upcoming: [], past: [] } as Catalog;
    const view = (reference: string) => ({ doc: { reference } }) as DocumentView;
    expect(mentionsOf(view('COM(2099) 731'), cat).map((x) => x.id)).toEqual([a.id]);
    expect(mentionsOf(view('COM(2099) 7310'), cat).map((x) => x.id)).toEqual([b.id]);
    expect(mentionsOf(view('COM(2099) 999'), cat)).toEqual([]);
  });
});

describe('related items stay put', () => {
  it('a new item enters only the lists of items near it in time: a bounded handful, not every list sharing its tags', async () => {
    const c = await sampleCatalog();
    const input = await sampleInput;
    // The new item carries the sample's most used tag, as an hourly sync's new news item would.
    const [key] = [...c.tags].sort(([, a], [, b]) => b.items.length - a.items.length)[0] ?? [];
    const model = c.news.find((n) => n.tags.some((t) => t.key === key));
    if (!key || !model) throw new Error('the sample has tagged news');
    const newest = c.news[0]?.published ?? model.published;
    const fresh = { ...model, id: 'hub-new-item', slug: 'new-item', published: new Date(Date.parse(newest) + 3_600_000).toISOString(), tags: model.tags };
    const after = buildCatalog({ ...input, news: [...input.news, fresh] }, new Date(TEST_NOW));
    const sharing = c.all.filter((x) => !x.withdrawn && x.tags.some((t) => fresh.tags.some((f) => f.key === t.key)));
    const changed = c.all.filter((x) => {
      const y = after.byId.get(`${x.kind}/${x.id}`);
      return (
        y &&
        relatedTo(y, after)
          .map((r) => r.id)
          .join() !==
          relatedTo(x, c)
            .map((r) => r.id)
            .join()
      );
    });
    // Each list holds 6: per shared tag, only the items whose 6 nearest in time now include it.
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.length).toBeLessThanOrEqual(6 * fresh.tags.length + 6);
    expect(sharing.length).toBeGreaterThan(3 * changed.length);
  });
});
