import { hub } from '../config/resolve.ts';
import { truncate } from '../content/text.ts';

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
/** The longest page description the tags carry (and link cards the announcer sends). */
export const DESCRIPTION_MAX = 300;

/** The Open Graph, Twitter and article tags of a page, in the order they go in the head. */
export function metaTags(m: PageMeta): MetaTag[] {
  const ogLocale = (code: string) => hub.languages.find((l) => l.code === code)?.ogLocale ?? code;
  const description = truncate(m.description, DESCRIPTION_MAX);
  const tags: MetaTag[] = [
    { attr: 'name', key: 'description', content: description },
    { attr: 'property', key: 'og:title', content: m.title },
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
