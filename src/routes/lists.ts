import { hub, langCodes, tagline } from '../config/resolve.ts';
import { listCard } from '../cards/images.ts';
import type { FeedSite } from '../feeds/site.ts';
import { aboutDrafts } from './about.ts';
import { getDocumentCatalog } from './document-catalog.ts';
import type { DocumentCatalog } from '../model/document-catalog.ts';
import { chamberDrafts, conferenceDrafts } from './hubs.ts';
import type { Crumb, Draft, ListPage, View } from './page.ts';
import { pageSharePanel, type SharePanel } from './share.ts';
import { fill, ui } from '../i18n/ui.ts';
import type { Catalog } from '../model/catalog.ts';
import type { Item } from '../model/item.ts';
import { pageMeta } from '../model/meta.ts';
import { pickText } from '../model/pick.ts';
import { evaluationPath, feedsPagePath, homePath, sectionPath, tagPath } from '../model/urls.ts';
import type { Kind } from '../model/vocabulary.ts';
import { getCatalog } from './catalog.ts';
import { feedLinksIn, getFeedSite } from './feeds.ts';
import { keyed } from './keys.ts';
import { archivePages } from './paths.ts';
import { isServed } from './served.ts';
import { upcomingDrafts } from './upcoming.ts';

/** The list pages of one language, before meta and feeds. */
function drafts(c: Catalog, site: FeedSite, docs: DocumentCatalog, lang: string): Draft[] {
  const t = ui(lang);
  const home: Crumb = { name: t.home, path: homePath(lang) };
  const description = tagline(lang);
  // What the home page lists (the page shows a section only where IPEX serves it).
  const homeView: View = { type: 'home', topics: c.topics.slice(0, 5), upcoming: c.upcoming.slice(0, 6), news: c.news.slice(0, 8) };
  const out: Draft[] = [{ path: homePath, title: hub.brand, description, crumbs: [], section: 'home', view: homeView }];
  const lists: { kind: Kind; past: boolean; items: Item[]; heading: string }[] = [
    { kind: 'news', past: false, items: c.withWithdrawn.news, heading: t.news },
    { kind: 'events', past: true, items: c.withWithdrawn.past, heading: t.past },
    { kind: 'topics', past: false, items: c.withWithdrawn.topics, heading: t.topics },
  ];
  for (const { kind, past, items, heading } of lists.filter((l) => isServed(l.kind))) {
    // Withdrawn items keep their place in the numbering; pages list the others.
    const { front, archive } = archivePages(items, hub.pageSize, (x) => !x.withdrawn);
    const at = (n: number | undefined) => (n === undefined || n > archive.length ? undefined : n);
    const up = kind === 'events' && past ? [{ name: t.events, path: sectionPath('events', lang) }] : [];
    for (const n of [undefined, ...archive.map((_, i) => i + 1)]) {
      const current = n === undefined ? undefined : fill(t.pageN, { n });
      const title = current === undefined ? heading : `${heading} (${current})`;
      const path = (l: string) => sectionPath(kind, l, { past, page: n });
      const older = n === undefined ? at(archive.length || undefined) : n > 1 ? n - 1 : undefined;
      const view: View = {
        type: 'section',
        kind,
        past,
        n,
        current,
        newer: n === undefined ? undefined : sectionPath(kind, lang, { past, page: at(n + 1) }),
        older: older === undefined ? undefined : sectionPath(kind, lang, { past, page: older }),
        items: n === undefined ? front : (archive[n - 1] ?? []),
      };
      out.push({ path, title, description, crumbs: [home, ...up, { name: title, path: path(lang) }], feedScope: kind, section: kind, view });
    }
  }
  if (isServed('events')) out.push(...upcomingDrafts(c.withWithdrawn.upcoming, lang, home, description));
  const tags = [...c.tags].map(([key, tag]) => ({ key, label: tag.label, count: tag.items.length }));
  out.push({
    path: tagPath,
    title: t.allTags,
    description,
    crumbs: [home, { name: t.allTags, path: tagPath(lang) }],
    section: 'tags',
    view: { type: 'tags', tags },
  });
  if (hub.evaluation.publish) {
    out.push({
      path: evaluationPath,
      title: t.evaluation.title,
      description: t.evaluation.intro,
      crumbs: [home, { name: t.evaluation.nav, path: evaluationPath(lang) }],
      section: 'about',
      view: { type: 'evaluation' },
    });
  }
  out.push({
    path: feedsPagePath,
    title: t.feedsTitle,
    description: t.feedsIntro,
    crumbs: [home, { name: t.feedsTitle, path: feedsPagePath(lang) }],
    section: 'feeds',
    view: { type: 'feeds' },
  });
  for (const [key, tag] of c.tags) {
    const label = pickText(tag.label, lang);
    const path = (l: string) => tagPath(l, key);
    const crumbs = [home, { name: t.allTags, path: tagPath(lang) }, { name: label, path: path(lang) }];
    out.push({
      path,
      title: fill(t.itemsTagged, { tag: label }),
      description,
      crumbs,
      feedScope: `tags/${key}`,
      section: 'tags',
      view: { type: 'tag', key, items: tag.items },
    });
  }
  return [...out, ...chamberDrafts(c, site, docs, lang), ...conferenceDrafts(c, site, lang), ...aboutDrafts(c, lang)];
}

export type { ListPage };

/** A list page's share bar, made when the page renders: its texts follow from the page's path, title
 * and description, which its key already digests, and counting them for every platform is the
 * costliest part of a list page's input (a warm build makes every page's input). */
export function listShare(page: Pick<ListPage, 'path' | 'lang' | 'title' | 'meta'>): SharePanel {
  return pageSharePanel(page.path, page.lang, page.title, page.meta.description);
}

/** Every home, section, tag-index, tag and feeds page of the site, in every language. */
export function listPages(c: Catalog, site: FeedSite, docs: DocumentCatalog): ListPage[] {
  return langCodes.flatMap((lang) =>
    drafts(c, site, docs, lang).map((d) => {
      const path = d.path(lang);
      const card = listCard(lang, path, d.title, d.description);
      const meta = pageMeta(lang, d.title, d.description, d.path, card);
      return { lang, path, title: d.title, meta, card, crumbs: d.crumbs, feeds: feedLinksIn(site, lang, d.feedScope), section: d.section, view: d.view };
    }),
  );
}

/** The site's list pages, computed once per build. */
let cached: Promise<ListPage[]> | undefined;
export function getListPages(): Promise<ListPage[]> {
  cached ??= Promise.all([getCatalog(), getFeedSite(), getDocumentCatalog()]).then(([c, site, docs]) => listPages(c, site, docs));
  return cached;
}

export const READS_MORE = new Set<View['type']>(['feeds', 'evaluation']);

/** `getStaticPaths` entries for the list pages of one type: params from the page's path, the page as props. */
export async function listPagePaths<T extends View['type']>(type: T) {
  return (await getListPages()).flatMap((page) => {
    const view = page.view;
    if (view.type !== type) return [];
    const rest = view.type === 'section' ? page.path.split('/').slice(3).filter(Boolean).join('/') || undefined : undefined;
    const params =
      view.type === 'section'
        ? { lang: page.lang, kind: view.kind, page: rest }
        : view.type === 'tag'
          ? { lang: page.lang, tag: view.key }
          : view.type === 'chamber'
            ? { lang: page.lang, code: view.chamber.code }
            : view.type === 'conference'
              ? { lang: page.lang, body: view.body }
              : view.type === 'about'
                ? { lang: page.lang, about: view.page }
                : { lang: page.lang };
    // These few pages also read the catalog, feeds or scorecard beyond their props: they always render.
    return [READS_MORE.has(view.type) ? { params, props: { input: page } } : keyed(params, page)];
  });
}
