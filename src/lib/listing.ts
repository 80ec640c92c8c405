import { hub, langCodes } from '../config/resolve.ts';
import type { Kind } from '../content/schemas.ts';
import { pickText } from '../i18n/pick.ts';
import { fill, ui } from '../i18n/ui.ts';
import type { Catalog } from '../model/catalog.ts';
import type { Item } from '../model/item.ts';
import { evaluationPath, feedsPagePath, homePath, sectionPath, tagPath } from '../model/urls.ts';
import { pages } from './paths.ts';

/** A page that lists items (or is the home page): what its route renders and its card shows. */
export interface ListPage {
  lang: string;
  /** Site path of this page. */
  path: string;
  /** Site path of the same page in another language. */
  pathIn: (lang: string) => string;
  title: string;
  description: string;
  view:
    | { type: 'home' }
    | { type: 'section'; kind: Kind; past: boolean; n: number; total: number; items: Item[] }
    | { type: 'tags' }
    | { type: 'feeds' }
    | { type: 'evaluation' }
    | { type: 'tag'; key: string; items: Item[] };
}

/** Every home, section, tag-index, tag and feeds page of the site, in every language. */
export function listPages(c: Catalog): ListPage[] {
  const out: ListPage[] = [];
  for (const lang of langCodes) {
    const t = ui(lang);
    const tagline = hub.tagline[lang] ?? hub.tagline.en ?? '';
    out.push({ lang, path: homePath(lang), pathIn: homePath, title: hub.brand, description: tagline, view: { type: 'home' } });
    const lists: { kind: Kind; past: boolean; items: Item[]; heading: string }[] = [
      { kind: 'news', past: false, items: c.news, heading: t.news },
      { kind: 'events', past: false, items: c.upcoming, heading: t.upcoming },
      { kind: 'events', past: true, items: c.past, heading: t.past },
      { kind: 'topics', past: false, items: c.topics, heading: t.topics },
    ];
    for (const { kind, past, items, heading } of lists) {
      const split = pages(items);
      split.forEach((pageItems, i) => {
        const n = i + 1;
        const pathIn = (l: string) => sectionPath(kind, l, n, past);
        const title = split.length > 1 ? `${heading} (${n}/${split.length})` : heading;
        out.push({ lang, path: pathIn(lang), pathIn, title, description: tagline, view: { type: 'section', kind, past, n, total: split.length, items: pageItems } });
      });
    }
    out.push({ lang, path: tagPath(lang), pathIn: (l) => tagPath(l), title: t.allTags, description: tagline, view: { type: 'tags' } });
    out.push({ lang, path: feedsPagePath(lang), pathIn: feedsPagePath, title: t.feedsTitle, description: t.feedsIntro, view: { type: 'feeds' } });
    if (hub.evaluation.publish) {
      out.push({ lang, path: evaluationPath(lang), pathIn: evaluationPath, title: t.evaluation.title, description: t.evaluation.intro, view: { type: 'evaluation' } });
    }
    for (const [key, tag] of c.tags) {
      const title = fill(t.itemsTagged, { tag: pickText(tag.label, lang) });
      out.push({ lang, path: tagPath(lang, key), pathIn: (l) => tagPath(l, key), title, description: tagline, view: { type: 'tag', key, items: tag.items } });
    }
  }
  return out;
}

/** `getStaticPaths` entries for the list pages of one type, in every language. */
export async function listPagePaths<T extends ListPage['view']['type']>(type: T, catalog: Promise<Catalog>) {
  return listPages(await catalog)
    .filter((p) => p.view.type === type)
    .map((p) => ({ params: { lang: p.lang }, props: { page: p } }));
}
