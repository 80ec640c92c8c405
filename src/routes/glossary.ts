import { getCollection } from 'astro:content';
import { langCodes } from '../config/resolve.ts';
import { glossaryCards, listCard, type CardImage } from '../cards/images.ts';
import { deadlineLine, tallySentence } from '../i18n/documents.ts';
import { fill, ui } from '../i18n/ui.ts';
import type { Catalog } from '../model/catalog.ts';
import type { DocumentCatalog, DocumentView } from '../model/document-catalog.ts';
import { byLetter, termsUsed, type GlossaryTerm } from '../model/glossary.ts';
import type { Item } from '../model/item.ts';
import { ownPages, pageMeta, type PageMeta } from '../model/meta.ts';
import { pageLangs, pick, type Picked } from '../model/pick.ts';
import { absolute, documentPath, glossaryPath, homePath, ipexGlossaryUrl, itemPath, tagPath } from '../model/urls.ts';
import { termLd } from './jsonld.ts';
import { getCatalog } from './catalog.ts';
import { getDocumentCatalog } from './document-catalog.ts';
import type { Crumb } from './page.ts';
import { pageSharePanel, type SharePanel } from './share.ts';
import { keyed } from './keys.ts';
import { isServed } from './served.ts';
import { remember } from '../model/memo.ts';

/** A link to a glossary term, named in the page's language. */
export interface TermLink {
  href: string;
  label: Picked | undefined;
}

/** A page that uses a term: a document or a hot topic. */
export interface TermUse {
  href: string;
  /** "EU document · COM(2026) 538", "Hot topic". */
  label: string;
  title: Picked;
}

/** The glossary page of a language: every term, alphabetical, under its letter. */
export interface GlossaryIndexPage {
  lang: string;
  meta: PageMeta;
  card: CardImage;
  crumbs: Crumb[];
  share: SharePanel;
  letters: { letter: string; id: string; terms: { href: string; name: Picked; summary?: Picked | undefined }[] }[];
}

/** A term's landing page. */
export interface GlossaryTermPage {
  lang: string;
  meta: PageMeta;
  crumbs: Crumb[];
  /** Structured data: the term as a schema.org DefinedTerm. */
  ld: Record<string, unknown>[];
  title: Picked;
  fellBack: boolean;
  withdrawn: boolean;
  /** The definition, rendered (or the summary when there is no definition). */
  body?: Picked | undefined;
  tags: TermLink[];
  ipex: string;
  /** Other terms the definition uses. */
  seeAlso: TermLink[];
  usedIn: TermUse[];
  share: SharePanel;
  cards: { wide: CardImage; square: CardImage };
  /** The search index part the article goes to: one per language, terms having no year. */
  searchPart: string;
}

let cached: Promise<GlossaryTerm[]> | undefined;

/** The glossary terms, read once per build. */
export function getGlossary(): Promise<GlossaryTerm[]> {
  cached ??= getCollection('glossary').then((entries) => entries.map((e) => e.data));
  return cached;
}

/** Links to terms, in the page's language. */
export function termLinks(terms: GlossaryTerm[], lang: string): TermLink[] {
  return terms.map((term) => ({ href: glossaryPath(lang, term), label: pick(term.title, lang) }));
}

/** The texts a document's page shows in a language: its title and texts, its deadline and tally, and the scrutiny it records. */
function documentTexts(v: DocumentView, lang: string): string[] {
  const t = ui(lang);
  const { doc } = v;
  const scrutiny = doc.scrutinies.length > 0 ? [t.scrutinyHeading, t.reasonedOpinion, t.politicalDialogue] : [];
  const legal = doc.legalBasis.length > 0 ? [t.legalBasis, ...doc.legalBasis] : [];
  return [
    doc.reference,
    pick(doc.title, lang)?.text ?? '',
    pick(doc.summary, lang)?.text ?? '',
    pick(doc.html, lang)?.text ?? '',
    deadlineLine(v.status, lang),
    tallySentence(v.status, lang),
    t.tallyHeading,
    ...legal,
    ...scrutiny,
  ];
}

/** The texts an item's page shows in a language: title, summary, body and tags. */
function itemTexts(item: Item, lang: string): string[] {
  return [
    pick(item.title, lang)?.text ?? '',
    pick(item.summary, lang)?.text ?? '',
    pick(item.html, lang)?.text ?? '',
    ...item.tags.map((tg) => pick(tg.label, lang)?.text ?? ''),
  ];
}

/** Per glossary and language, the terms each document or topic uses: found once per source, for its
 * page, its cache key and the "used in" list of every term (matching every term against every text
 * again for each term cost seconds at IPEX's size). */
const found = new WeakMap<readonly GlossaryTerm[], Map<string, WeakMap<object, GlossaryTerm[]>>>();
function termsOf(source: DocumentView | Item, texts: () => string[], glossary: readonly GlossaryTerm[], lang: string): GlossaryTerm[] {
  const byLang = remember(found, glossary, () => new Map<string, WeakMap<object, GlossaryTerm[]>>());
  const bySource = remember(byLang, lang, () => new WeakMap<object, GlossaryTerm[]>());
  return remember(bySource, source, () => termsUsed(texts(), glossary, lang));
}

/** The glossary terms a document's page uses, as links. */
export function documentTerms(v: DocumentView, lang: string, glossary: GlossaryTerm[]): TermLink[] {
  return termLinks(
    termsOf(v, () => documentTexts(v, lang), glossary, lang),
    lang,
  );
}

/** The glossary terms a hot topic's page uses, as links; other kinds link none. */
export function itemTerms(item: Item, lang: string, glossary: GlossaryTerm[]): TermLink[] {
  return item.kind === 'topics'
    ? termLinks(
        termsOf(item, () => itemTexts(item, lang), glossary, lang),
        lang,
      )
    : [];
}

/** The documents and hot topics whose pages use a term, documents first. */
function usesOf(term: GlossaryTerm, lang: string, glossary: GlossaryTerm[], c: Catalog, d: DocumentCatalog): TermUse[] {
  const t = ui(lang);
  return [
    ...d.all
      .filter((v) => !v.doc.withdrawn && termsOf(v, () => documentTexts(v, lang), glossary, lang).includes(term))
      .map((v) => ({
        href: documentPath(lang, v.doc),
        label: `${t.documentLabel} · ${v.doc.reference}`,
        title: pick(v.doc.title, lang) ?? { text: v.doc.reference, lang },
      })),
    ...c.topics
      .filter((i) => !i.withdrawn && termsOf(i, () => itemTexts(i, lang), glossary, lang).includes(term))
      .map((i) => ({ href: itemPath(i, lang), label: t.kindLabel.topics, title: pick(i.title, lang) ?? { text: '', lang } })),
  ];
}

/** The glossary page in a language. */
export function glossaryIndexPage(glossary: GlossaryTerm[], lang: string): GlossaryIndexPage {
  const t = ui(lang);
  const card = listCard(lang, glossaryPath(lang), t.glossary, t.glossaryIntro);
  const letters = byLetter(
    glossary.filter((g) => !g.withdrawn),
    lang,
  ).map(({ letter, terms }, i) => ({
    letter,
    // Ids in ASCII whatever the letter (É, Ø, Σ): fragment links stay plain.
    id: `letter-${letter === '#' ? 'other' : /^[A-Z]$/.test(letter) ? letter.toLowerCase() : String(i + 1)}`,
    terms: terms.map((term) => ({
      href: glossaryPath(lang, term),
      name: pick(term.title, lang) ?? { text: term.id, lang },
      summary: pick(term.summary, lang),
    })),
  }));
  return {
    lang,
    meta: pageMeta(lang, t.glossary, t.glossaryIntro, (l) => glossaryPath(l), card),
    card,
    crumbs: [
      { name: t.home, path: homePath(lang) },
      { name: t.glossary, path: glossaryPath(lang) },
    ],
    share: pageSharePanel(glossaryPath(lang), lang, t.glossary, t.glossaryIntro),
    letters,
  };
}

/** A term's landing page in a language. */
export function glossaryTermPage(term: GlossaryTerm, lang: string, glossary: GlossaryTerm[], c: Catalog, d: DocumentCatalog): GlossaryTermPage {
  const t = ui(lang);
  const title = pick(term.title, lang) ?? { text: term.id, lang };
  const cards = glossaryCards(term, lang);
  const description = pick(term.summary, lang)?.text ?? fill(t.termDescription, { term: title.text });
  const path = glossaryPath(lang, term);
  const meta = pageMeta(
    lang,
    title.text,
    description,
    ownPages(term.title, (l) => glossaryPath(l, term)),
    cards.wide,
  );
  const body = pick(term.html, lang) ?? pick(term.summary, lang);
  const others = glossary.filter((g) => g.id !== term.id);
  return {
    lang,
    meta,
    crumbs: [
      { name: t.home, path: homePath(lang) },
      { name: t.glossary, path: glossaryPath(lang) },
      { name: title.text, path },
    ],
    ld: [termLd({ name: title.text, description, url: meta.canonical, lang: title.lang }, { name: t.glossary, url: absolute(glossaryPath(lang)) })],
    title,
    fellBack: title.lang !== lang,
    withdrawn: Boolean(term.withdrawn),
    body,
    // Only labels the hub has a tag page for: IPEX may label terms with keys no item carries.
    tags: term.tags.filter((tg) => c.tags.has(tg.key)).map((tg) => ({ href: tagPath(lang, tg.key), label: pick(tg.label, lang) })),
    ipex: ipexGlossaryUrl(term),
    seeAlso: termLinks(termsUsed([body?.text ?? ''], others, lang), lang),
    usedIn: usesOf(term, lang, glossary, c, d),
    share: pageSharePanel(path, lang, title.text, description, true),
    cards,
    searchPart: 'glossary',
  };
}

/** `getStaticPaths` of the glossary page: one per language, the page as props. */
export async function glossaryIndexPaths() {
  if (!isServed('glossary')) return [];
  const glossary = await getGlossary();
  return langCodes.map((lang) => {
    const page = glossaryIndexPage(glossary, lang);
    return keyed({ lang }, page);
  });
}

/** `getStaticPaths` of the terms' landing pages: every term (withdrawn ones too) in every language IPEX gives it in (model/pick.ts), the page as props. */
export async function glossaryTermPaths() {
  const [glossary, c, d] = await Promise.all([getGlossary(), getCatalog(), getDocumentCatalog()]);
  return glossary.flatMap((term) =>
    pageLangs(term.title).map((lang) => {
      const page = glossaryTermPage(term, lang, glossary, c, d);
      return keyed({ lang, slug: term.slug }, page);
    }),
  );
}

/** Every card the glossary's pages reference. */
export async function glossaryCardImages(): Promise<CardImage[]> {
  const glossary = await getGlossary();
  return [
    ...langCodes.map((lang) => glossaryIndexPage(glossary, lang).card),
    ...glossary.flatMap((term) => pageLangs(term.title).flatMap((lang) => Object.values(glossaryCards(term, lang)))),
  ];
}
