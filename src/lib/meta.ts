import { hub, defaultLang } from '../config/resolve.ts';
import { cardKey } from '../cards/key.ts';
import { itemCardSpec, pageCardSpec } from '../cards/specs.ts';
import { CARD_SIZES, type CardFormat, type CardSpec } from '../cards/spec.ts';
import type { Chamber } from '../content/schemas.ts';
import { pick, pickText } from '../i18n/pick.ts';
import { ui } from '../i18n/ui.ts';
import { formatEventDay, formatInstant } from '../i18n/dates.ts';
import { listedAt, type Item } from '../model/item.ts';
import type { PageImage, PageMeta } from '../model/meta.ts';
import { absolute, cardPath, itemPath } from '../model/urls.ts';
import { alternates } from './paths.ts';

/** A card as a page shares it, with the spec it is drawn from. */
export type CardImage = PageImage & { path: string; spec: CardSpec };

/** The published image of a card spec. */
export function cardImage(spec: CardSpec, alt: string): CardImage {
  const path = cardPath(spec.name, spec.format, cardKey(spec));
  return { path, url: absolute(path), ...CARD_SIZES[spec.format], type: 'image/png', alt, spec };
}

/** The card file-name stem of a list page: its path without slashes (`en/news/page/2`). */
export function pageCardName(path: string): string {
  return path.replace(/^\/+|\/+$/g, '').replace(/\.html$/, '') || 'root';
}

/** The card of a list page. */
export function listCard(lang: string, path: string, title: string, description: string): CardImage {
  return cardImage(pageCardSpec(lang, pageCardName(path), title, description), `${hub.brand} — ${title}`);
}

/** Meta shared by every page: canonical, alternates, x-default. */
function baseMeta(lang: string, title: string, description: string, pathIn: (l: string) => string, image: PageImage): PageMeta {
  const alts = alternates(pathIn);
  const canonical = absolute(pathIn(lang));
  return { lang, title, description, canonical, alternates: alts, xDefault: alts[defaultLang] ?? canonical, type: 'website', image };
}

/** Meta of a page that is not an item (home, section, tag page). */
export function listMeta(lang: string, title: string, description: string, pathIn: (l: string) => string): PageMeta {
  return baseMeta(lang, title, description, pathIn, listCard(lang, pathIn(lang), title, description));
}

/** The date an item is listed under, in the language: the meeting day, or publication / last update. */
export function itemDateLabel(item: Item, lang: string): string {
  return item.kind === 'events' ? formatEventDay(item, lang) : formatInstant(listedAt(item), lang, hub.defaultTimeZone);
}

/** What an item's card shows, for its alt text: "Event · 3 Dec 2026 · Title". */
export function itemCardAlt(item: Item, lang: string): string {
  return `${ui(lang).kindLabel[item.kind]} · ${itemDateLabel(item, lang)} · ${pickText(item.title, lang)}`;
}

/** An item's card in one format. */
export function itemCard(item: Item, lang: string, format: CardFormat, chambers: Map<string, Chamber>): CardImage {
  return cardImage(itemCardSpec(item, lang, format, chambers), itemCardAlt(item, lang));
}

/** An item's wide and square cards. */
export function itemCards(item: Item, lang: string, chambers: Map<string, Chamber>): { wide: CardImage; square: CardImage } {
  return { wide: itemCard(item, lang, 'wide', chambers), square: itemCard(item, lang, 'square', chambers) };
}

/** Meta of an item's landing page, sharing `image` (its wide card). */
export function itemMeta(item: Item, lang: string, image: PageImage): PageMeta {
  const title = pickText(item.title, lang);
  const description = pick(item.summary, lang)?.text ?? title;
  const base = baseMeta(lang, title, description, (l) => itemPath(item, l), image);
  if (item.kind === 'events') return base;
  const published = item.kind === 'news' ? item.published : item.firstSeen;
  return {
    ...base,
    type: 'article',
    article: { published, modified: item.updated ?? published, tags: item.tags.map((tg) => pickText(tg.label, lang)) },
  };
}

/** The cards of the two pages outside the language tree: the root language chooser and the 404 page. */
export function rootCard(): CardImage {
  return listCard(defaultLang, '/', hub.brand, hub.tagline[defaultLang] ?? '');
}

/** The 404 page's card (in the default language: static hosts serve one 404 for every path). */
export function notFoundCard(): CardImage {
  const t = ui(defaultLang);
  return listCard(defaultLang, '/404.html', t.notFoundTitle, t.notFoundText);
}
