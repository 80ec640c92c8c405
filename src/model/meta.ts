import { defaultLang, hub } from '../config/resolve.ts';
import type { Item } from './item.ts';
import { hasPage, pick, pickText } from './pick.ts';
import { truncate } from './text.ts';
import { absolute, alternates, itemPath } from './urls.ts';

/** The card image a page shares. */
export interface PageImage {
  url: string;
  width: number;
  height: number;
  type: string;
  alt: string;
}

/** What a page tells crawlers about itself. */
export interface PageMeta {
  lang: string;
  title: string;
  description: string;
  /** Absolute canonical URL. */
  canonical: string;
  /** Language code → absolute URL of the same page in that language. */
  alternates: Record<string, string>;
  /** x-default target. */
  xDefault: string;
  type: 'website' | 'article';
  image: PageImage;
  /** News and hot topics. */
  article?: { published: string; modified: string; tags: string[] };
}

/** One `<meta>` element. */
export interface MetaTag {
  attr: 'name' | 'property';
  key: string;
  content: string;
}

const X_ALT_MAX = 420;
/** Platforms cut longer preview titles wherever they like; the page's h1 and <title> keep the whole. */
export const PREVIEW_TITLE_MAX = 90;
/** Longest preview description. */
export const PREVIEW_DESCRIPTION_MAX = 200;

/** The Open Graph, Twitter and article tags of a page, in the order they go in the head. */
export function metaTags(m: PageMeta): MetaTag[] {
  const ogLocale = (code: string) => hub.languages.find((l) => l.code === code)?.ogLocale ?? code;
  const description = truncate(m.description, PREVIEW_DESCRIPTION_MAX);
  const title = truncate(m.title, PREVIEW_TITLE_MAX);
  const tags: MetaTag[] = [
    { attr: 'name', key: 'description', content: description },
    { attr: 'property', key: 'og:title', content: title },
    { attr: 'property', key: 'og:description', content: description },
    { attr: 'property', key: 'og:type', content: m.type },
    { attr: 'property', key: 'og:url', content: m.canonical },
    { attr: 'property', key: 'og:site_name', content: hub.brand },
    { attr: 'property', key: 'og:locale', content: ogLocale(m.lang) },
    ...Object.keys(m.alternates)
      .filter((l) => l !== m.lang)
      .map((l): MetaTag => ({ attr: 'property', key: 'og:locale:alternate', content: ogLocale(l) })),
    { attr: 'property', key: 'og:image', content: m.image.url },
    { attr: 'property', key: 'og:image:width', content: String(m.image.width) },
    { attr: 'property', key: 'og:image:height', content: String(m.image.height) },
    { attr: 'property', key: 'og:image:type', content: m.image.type },
    { attr: 'property', key: 'og:image:alt', content: m.image.alt },
    { attr: 'name', key: 'twitter:card', content: 'summary_large_image' },
    { attr: 'name', key: 'twitter:title', content: title },
    { attr: 'name', key: 'twitter:image:alt', content: truncate(m.image.alt, X_ALT_MAX) },
  ];
  if (m.article) {
    tags.push(
      { attr: 'property', key: 'article:published_time', content: m.article.published },
      { attr: 'property', key: 'article:modified_time', content: m.article.modified },
      ...m.article.tags.map((t): MetaTag => ({ attr: 'property', key: 'article:tag', content: t })),
    );
  }
  return tags;
}

/** A page's meta from its title, description, path in each language it exists in and card: canonical,
 * alternates (only to pages that exist), x-default. */
export function pageMeta(lang: string, title: string, description: string, pathIn: (l: string) => string | undefined, image: PageImage): PageMeta {
  const alts = alternates(pathIn);
  const own = pathIn(lang);
  if (own === undefined) throw new Error(`pageMeta: "${title}" has no path in its own language ${lang}`);
  const canonical = absolute(own);
  return { lang, title, description, canonical, alternates: alts, xDefault: alts[defaultLang] ?? Object.values(alts)[0] ?? canonical, type: 'website', image };
}

/** A landing page's path in each language it exists in (where its title is given), for `pageMeta`'s alternates. */
export function ownPages(title: Record<string, string>, path: (l: string) => string): (l: string) => string | undefined {
  return (l) => (hasPage(title, l) ? path(l) : undefined);
}

/** Meta of an item's landing page, sharing `image` (its wide card). */
export function itemMeta(item: Item, lang: string, image: PageImage): PageMeta {
  const title = pickText(item.title, lang);
  const description = pick(item.summary, lang)?.text ?? title;
  const base = pageMeta(
    lang,
    title,
    description,
    ownPages(item.title, (l) => itemPath(item, l)),
    image,
  );
  if (item.kind === 'events') return base;
  const published = item.kind === 'news' ? item.published : item.firstSeen;
  return {
    ...base,
    type: 'article',
    article: { published, modified: item.updated ?? published, tags: item.tags.map((tg) => pickText(tg.label, lang)) },
  };
}
