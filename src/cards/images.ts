import { defaultLang, hub, tagline } from '../config/resolve.ts';
import { cardKey } from './key.ts';
import { documentCardSpec, itemCardSpec, pageCardSpec } from './specs.ts';
import type { DocumentView } from '../model/document-catalog.ts';
import { tallySentence } from '../i18n/documents.ts';
import { CARD_SIZES, type CardFormat, type CardSpec } from './spec.ts';
import type { Chamber } from '../model/schemas.ts';
import { pageLang, pick, pickText } from '../model/pick.ts';
import { ui } from '../i18n/ui.ts';
import { itemDateLabel } from '../i18n/dates.ts';
import type { Item } from '../model/item.ts';
import type { PageImage } from '../model/meta.ts';
import { absolute, cardName, cardPath, glossaryPath } from '../model/urls.ts';
import { termName, type GlossaryTerm } from '../model/glossary.ts';
import { remember } from '../model/memo.ts';

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

/** An item's card in one format: the card of its page that a page in `lang` links to (a card
 * belongs to a page, and an item has pages only in its own languages: model/pick.ts). */
export function itemCard(item: Item, lang: string, format: CardFormat, chambers: Map<string, Chamber>): CardImage {
  const l = pageLang(item.title, lang);
  const byLang = remember(
    remember(itemImages, item, () => new WeakMap()),
    chambers,
    () => new Map<string, CardImage>(),
  );
  return remember(byLang, `${l} ${format}`, () => {
    // The square card shows what the wide one does (its dates formatted once): only the format differs.
    if (format === 'square') {
      const wide = itemCard(item, l, 'wide', chambers);
      return cardImage({ ...wide.spec, format: 'square' }, wide.alt);
    }
    return cardImage(itemCardSpec(item, l, format, chambers), itemCardAlt(item, l));
  });
}
/** Item cards by item, chambers and language: the card list, the feeds (an item is in several) and
 * the item's pages each show the same card, whose dates and key cost more than looking it up. */
const itemImages = new WeakMap<Item, WeakMap<Map<string, Chamber>, Map<string, CardImage>>>();

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
  return { wide: itemCard(item, lang, 'wide', chambers), square: square ? itemCard(item, lang, 'square', chambers) : undefined };
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

/** A document's card in one format (of its page that a page in `lang` links to, as itemCard); the alt
 * text says what the card shows. */
export function documentCard(view: DocumentView, lang: string, format: CardFormat): CardImage {
  const l = pageLang(view.doc.title, lang);
  const alt = `${ui(l).documentLabel} · ${view.doc.reference} · ${pickText(view.doc.title, l)} · ${tallySentence(view.status, l)}`;
  return cardImage(documentCardSpec(view, l, format), alt);
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
    name: cardName(glossaryPath(lang, term)),
    label: ui(lang).glossaryLabel,
    title: termName(term, lang),
    details: summary ? [summary] : [],
    brand: hub.brand,
    colors: hub.colors,
  };
}

/** A glossary term's wide and square cards; the alt text says what the card shows. */
export function glossaryCards(term: GlossaryTerm, lang: string): { wide: CardImage; square: CardImage } {
  const l = pageLang(term.title, lang);
  const alt = [ui(l).glossaryLabel, termName(term, l), pick(term.summary, l)?.text].filter(Boolean).join(' · ');
  return { wide: cardImage(glossaryCardSpec(term, l, 'wide'), alt), square: cardImage(glossaryCardSpec(term, l, 'square'), alt) };
}
