import { defaultLang, hub, tagline } from '../config/resolve.ts';
import { cardKey } from './key.ts';
import { documentCardSpec, itemCardSpec, pageCardSpec } from './specs.ts';
import type { DocumentView } from '../model/document-catalog.ts';
import { tallySentence } from '../i18n/documents.ts';
import { CARD_SIZES, type CardFormat, type CardSpec } from './spec.ts';
import type { Chamber } from '../model/schemas.ts';
import { pick, pickText } from '../model/pick.ts';
import { ui } from '../i18n/ui.ts';
import { itemDateLabel } from '../i18n/dates.ts';
import type { Item } from '../model/item.ts';
import type { PageImage } from '../model/meta.ts';
import { absolute, cardName, cardPath, glossaryPath } from '../model/urls.ts';
import { termName, type GlossaryTerm } from '../model/glossary.ts';

/** A card as a page shares it, with the spec it is drawn from. */
export type CardImage = PageImage & { path: string; spec: CardSpec };

/** The published image of a card spec. */
export function cardImage(spec: CardSpec, alt: string): CardImage {
  const path = cardPath(spec.name, spec.format, cardKey(spec));
  return { path, url: absolute(path), ...CARD_SIZES[spec.format], type: 'image/png', alt, spec };
}

/** The card of a list page. */
export function listCard(lang: string, path: string, title: string, description: string): CardImage {
  return cardImage(pageCardSpec(lang, cardName(path), title, description), `${hub.brand} — ${title}`);
}

/** What an item's card shows, for its alt text: "Event · 3 Dec 2026 · Title". */
export function itemCardAlt(item: Item, lang: string): string {
  return `${ui(lang).kindLabel[item.kind]} · ${itemDateLabel(item, lang)} · ${pickText(item.title, lang)}`;
}

/** An item's card in one format. */
export function itemCard(item: Item, lang: string, format: CardFormat, chambers: Map<string, Chamber>): CardImage {
  return cardImage(itemCardSpec(item, lang, format, chambers), itemCardAlt(item, lang));
}

/** A page's cards: always the wide one (link previews), the square one while it is being shared (see square.ts). */
export interface PageCards {
  wide: CardImage;
  square?: CardImage | undefined;
}

/** The cards a page has, to draw. */
export function cardsOf(cards: PageCards): CardImage[] {
  return cards.square ? [cards.wide, cards.square] : [cards.wide];
}

/** An item's wide card, and its square card when `square` (wantsSquare: while the item is being shared). */
export function itemCards(item: Item, lang: string, chambers: Map<string, Chamber>, square: boolean): PageCards {
  const wide = itemCardSpec(item, lang, 'wide', chambers);
  const alt = itemCardAlt(item, lang);
  // The square card shows what the wide one does (its dates formatted once): only the format differs.
  return { wide: cardImage(wide, alt), square: square ? cardImage({ ...wide, format: 'square' }, alt) : undefined };
}

/** The cards of the two pages outside the language tree: the root language chooser and the 404 page. */
export function rootCard(): CardImage {
  return listCard(defaultLang, '/', hub.brand, tagline(defaultLang));
}

/** The 404 page's card (in the default language: static hosts serve one 404 for every path). */
export function notFoundCard(): CardImage {
  const t = ui(defaultLang);
  return listCard(defaultLang, '/404.html', t.notFoundTitle, t.notFoundText);
}

/** A document's card in one format; the alt text says what the card shows. */
export function documentCard(view: DocumentView, lang: string, format: CardFormat): CardImage {
  const alt = `${ui(lang).documentLabel} · ${view.doc.reference} · ${pickText(view.doc.title, lang)} · ${tallySentence(view.status, lang)}`;
  return cardImage(documentCardSpec(view, lang, format), alt);
}

/** A document's wide card, and its square card while it is being shared at `now`. */
export function documentCards(view: DocumentView, lang: string, square: boolean): PageCards {
  return { wide: documentCard(view, lang, 'wide'), square: square ? documentCard(view, lang, 'square') : undefined };
}

/**
 * A glossary term's card in one format: "GLOSSARY", the term, the first sentences of its definition.
 * The shared template draws it as it is. (Built here rather than in specs.ts, whose bytes key every
 * existing card through TEMPLATE_VERSION: a new kind of card must not give the others new URLs.)
 */
export function glossaryCardSpec(term: GlossaryTerm, lang: string, format: CardFormat): CardSpec {
  const summary = pick(term.summary, lang)?.text;
  return {
    template: 'glossary',
    format,
    lang,
    name: cardName(glossaryPath(lang, term.slug)),
    label: ui(lang).glossaryLabel,
    title: termName(term, lang),
    details: summary ? [summary] : [],
    brand: hub.brand,
    colors: hub.colors,
  };
}

/** A glossary term's wide and square cards; the alt text says what the card shows. */
export function glossaryCards(term: GlossaryTerm, lang: string): { wide: CardImage; square: CardImage } {
  const alt = [ui(lang).glossaryLabel, termName(term, lang), pick(term.summary, lang)?.text].filter(Boolean).join(' · ');
  return { wide: cardImage(glossaryCardSpec(term, lang, 'wide'), alt), square: cardImage(glossaryCardSpec(term, lang, 'square'), alt) };
}
