import type { Catalog } from './catalog.ts';
import type { DocumentView } from './document-catalog.ts';
import type { Item } from './item.ts';
import { remember } from './memo.ts';

const oneSpace = (s: string) => s.replace(/\s+/g, ' ');

/** Per catalog: each listed item's title, summary and body (whitespace collapsed, fields kept apart),
 * and the items by every number written in them, so a document's mentions are looked up, not searched
 * for through every item. */
interface Citations {
  texts: Map<Item, string>;
  byNumber: Map<string, Item[]>;
}
const citations = new WeakMap<Catalog, Citations>();
function citationsOf(c: Catalog): Citations {
  return remember(citations, c, () => {
    const index: Citations = { texts: new Map(), byNumber: new Map() };
    for (const item of [...c.topics, ...c.news, ...c.upcoming, ...c.past]) {
      const text = [item.title, item.summary, item.html]
        .flatMap((t) => Object.values(t ?? {}))
        .map(oneSpace)
        .join('\0');
      index.texts.set(item, text);
      for (const n of new Set(text.match(/\d+/g))) {
        const list = index.byNumber.get(n);
        if (list) list.push(item);
        else index.byNumber.set(n, [item]);
      }
    }
    return index;
  });
}

/** Items of the catalog whose title, summary or body cites the document's reference (its last number
 * as a whole number: `COM(2026) 40` is not cited by `COM(2026) 402`). */
export function mentionsOf(v: DocumentView, c: Catalog): Item[] {
  const ref = oneSpace(v.doc.reference);
  const { texts, byNumber } = citationsOf(c);
  const last = ref.match(/\d+/g)?.at(-1);
  const candidates = last === undefined ? [...texts.keys()] : (byNumber.get(last) ?? []);
  return candidates.filter((i) => texts.get(i)?.includes(ref));
}
