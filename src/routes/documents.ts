import { documentWantsSquare } from '../cards/square.ts';
import { langCodes } from '../config/resolve.ts';
import { cardsOf, documentCards, listCard, type CardImage, type PageCards } from '../cards/images.ts';
import { deadlineLine, formatDay, tallyLine, tallySentence, thresholdWords } from '../i18n/documents.ts';
import { fill, ui } from '../i18n/ui.ts';
import { listFormat } from '../i18n/locale.ts';
import type { Catalog } from '../model/catalog.ts';
import { celexOf, eurLexUrl } from '../model/celex.ts';
import type { DocumentCatalog, DocumentView } from '../model/document-catalog.ts';
import type { Item } from '../model/item.ts';
import { ownPages, pageMeta, type PageMeta } from '../model/meta.ts';
import { pageLangs, pick, type Picked } from '../model/pick.ts';
import { absolute, calendarPath, documentGuid, documentPath, feedPath, homePath, ipexDocumentUrl, tagPath } from '../model/urls.ts';
import { documentHashtags, documentPostTexts, memberKitTexts } from '../social/document-posts.ts';
import { shareLinks } from '../social/links.ts';
import { getCatalog } from './catalog.ts';
import { getDocumentCatalog } from './document-catalog.ts';
import { documentTerms, getGlossary, type TermLink } from './glossary.ts';
import type { GlossaryTerm } from '../model/glossary.ts';
import type { FeedLink } from './feeds.ts';
import { mentionsOf } from '../model/mentions.ts';
import { keyed } from './keys.ts';
import { isServed } from './served.ts';
import type { Fact } from './item.ts';
import type { Crumb } from './page.ts';
import { kitPosts, type SharePanel } from './share.ts';
import { rapporteursOn, type Member } from '../model/members.ts';
import { documentContacts, withKits, type ChamberKit } from './members.ts';
import { discussionOf, type DiscussionView } from './discussion.ts';
import { documentSearchDay, searchPart } from './search-part.ts';

/** One document in a list: link, reference, title, deadline and tally lines. */
export interface DocumentRow {
  href: string;
  reference: string;
  title: Picked;
  deadline: string;
  deadlineDay?: string | undefined;
  tally: string;
  /** What came of a card, as editors record it (registries/card-outcomes.json). */
  outcome?: Picked | undefined;
}

/** The tally graphic as plain numbers: a bar of `votes` out of `total`, a tick per threshold. */
export interface TallyGraphic {
  votes: number;
  total: number;
  /** The graphic's accessible name, one sentence. */
  label: string;
  thresholds: { n: number; text: string; reached: boolean }[];
  /** Short lines under the bar: "9 of 54 votes · yellow card at 18". */
  line: string;
}

/** A chamber's scrutiny as a table row. */
export interface ScrutinyRow {
  chamber: Picked;
  status: string;
  opinion: string;
  opinionDay?: string | undefined;
  dialogue: string;
  documents: { url: string; title: Picked }[];
}

/** The feeds and calendar of documents, for `<link rel="alternate">` and the pages' links. */
export function documentFeedLinks(lang: string): FeedLink[] {
  const t = ui(lang);
  return [
    { href: feedPath(lang, 'scrutiny', 'rss'), type: 'application/rss+xml', title: `${t.scrutinyFeed} (RSS)` },
    { href: feedPath(lang, 'scrutiny', 'atom'), type: 'application/atom+xml', title: `${t.scrutinyFeed} (Atom)` },
    { href: feedPath(lang, 'scrutiny', 'json'), type: 'application/feed+json', title: `${t.scrutinyFeed} (JSON Feed)` },
    { href: feedPath(lang, 'documents', 'rss'), type: 'application/rss+xml', title: `${t.documentsFeed} (RSS)` },
    { href: feedPath(lang, 'documents', 'atom'), type: 'application/atom+xml', title: `${t.documentsFeed} (Atom)` },
    { href: feedPath(lang, 'documents', 'json'), type: 'application/feed+json', title: `${t.documentsFeed} (JSON Feed)` },
  ];
}

/** The documents page of a language: its lists, each with an id for in-page links. */
export interface DocumentListPage {
  lang: string;
  meta: PageMeta;
  card: CardImage;
  crumbs: Crumb[];
  feeds: FeedLink[];
  calendar: string;
  lists: { id: string; heading: string; rows: DocumentRow[] }[];
}

/** A document as a list row. */
function row(v: DocumentView, lang: string): DocumentRow {
  return {
    href: documentPath(lang, v.doc),
    reference: v.doc.reference,
    title: pick(v.doc.title, lang) ?? { text: v.doc.reference, lang },
    deadline: deadlineLine(v.status, lang),
    deadlineDay: v.status.check?.deadline,
    tally: tallyLine(v.status.tally, lang),
    outcome: pick(v.doc.outcome?.text, lang),
  };
}

/** The documents page in a language. */
export function documentListPage(d: DocumentCatalog, lang: string): DocumentListPage {
  const t = ui(lang);
  const card = listCard(lang, documentPath(lang), t.documents, t.documentsIntro);
  const lists = [
    { id: 'open', heading: t.docOpen, views: d.open },
    { id: 'closing', heading: t.docClosing, views: d.closing },
    { id: 'closed', heading: t.docClosed, views: d.closed },
    { id: 'opinions', heading: t.docWithOpinions, views: d.withOpinions },
    { id: 'cards', heading: t.docCards, views: d.cards },
  ];
  return {
    lang,
    meta: pageMeta(lang, t.documents, t.documentsIntro, (l) => documentPath(l), card),
    card,
    crumbs: [
      { name: t.home, path: homePath(lang) },
      { name: t.documents, path: documentPath(lang) },
    ],
    feeds: documentFeedLinks(lang),
    calendar: calendarPath(lang, 'deadlines'),
    lists: lists.map((l) => ({ id: l.id, heading: l.heading, rows: l.views.map((v) => row(v, lang)) })),
  };
}

/** Everything a document's landing page shows. */
export interface DocumentPage {
  lang: string;
  meta: PageMeta;
  crumbs: Crumb[];
  feeds: FeedLink[];
  label: string;
  reference: string;
  title: Picked;
  fellBack: boolean;
  withdrawn: boolean;
  summary?: Picked | undefined;
  facts: Fact[];
  /** The deadline line, with the day for `<time>`, and the days left for the optional script. */
  deadline: { text: string; day?: string | undefined; closed: boolean };
  /** Under the check only; otherwise `regimeNote` says why there is none. */
  tally?: TallyGraphic | undefined;
  regimeNote?: string | undefined;
  /** The reasoned opinions left out of the tally, and why: "Not counted: …". */
  notCounted?: string | undefined;
  /** What came of a card, with its source. */
  outcome?: { text: Picked; source?: string | undefined } | undefined;
  /** The opinion column's heading: a reasoned opinion under the check, a contribution outside it. */
  opinionHeading: string;
  scrutiny: ScrutinyRow[];
  /** Registered rapporteurs on the document, by chamber, with the chamber's official accounts. */
  /** Each chamber's rapporteurs and contacts, with ready-to-post texts for its members and staff (in its language where the hub has it). */
  contacts: ChamberKit[];
  /** Replies and quotes by chambers and members under the hub's posts of the document and its scrutiny events. */
  discussion: DiscussionView[];
  body?: Picked | undefined;
  ipex: string;
  eurLex?: string | undefined;
  tags: { href: string; label: Picked | undefined }[];
  /** Glossary terms the page uses. */
  terms: TermLink[];
  mentions: Item[];
  share: SharePanel;
  cards: PageCards;
  /** The search index part the article goes to (`documents-2026-11`; routes/search-part.ts). */
  searchPart: string;
}

/** The tally of a document as the page's graphic and its text; none outside the check. */
function tallyGraphic(v: DocumentView, lang: string): TallyGraphic | undefined {
  const tl = v.status.tally;
  if (!tl) return undefined;
  const words = thresholdWords(tl, lang);
  const ns = [tl.thresholds.yellow, tl.thresholds.orange].filter((n): n is number => n !== undefined);
  return {
    votes: tl.votes,
    total: tl.total,
    label: tallySentence(v.status, lang),
    thresholds: ns.map((n, i) => ({ n, text: words[i] ?? '', reached: tl.votes >= n })),
    line: tallyLine(tl, lang),
  };
}

/** "Not counted: ukxyz (a chamber code the hub does not know)." for opinions the tally leaves out. */
function notCountedLine(v: DocumentView, lang: string, c: Pick<Catalog, 'chambers'>): string | undefined {
  const t = ui(lang);
  const out = v.status.tally?.excluded ?? [];
  if (out.length === 0) return undefined;
  const name = (code: string) => pick(c.chambers.get(code)?.names, lang)?.text ?? code;
  const parts = out.map((e) => fill(e.reason === 'unknown' ? t.unknownChamber : t.notMember, { chamber: name(e.chamber) }));
  return fill(t.notCounted, { chambers: listFormat(lang).format(parts) });
}

/** The body, unless it says no more than the summary. */
function bodyUnlessSummary(body: Picked | undefined, summary: Picked | undefined): Picked | undefined {
  const plain = (html: string) =>
    html
      .replace(/<[^>]*>/g, ' ')
      .replace(/&[a-z#0-9]+;/gi, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const words = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return body && summary && words(plain(body.text)) === words(summary.text) ? undefined : body;
}

/** What a document's landing page is made from, and nothing else: its props and its key's digest
 * (see ItemPageInput). The view's status is the document's state at the build's time. */
export interface DocumentPageInput {
  view: DocumentView;
  lang: string;
  square: boolean;
  /** The search index part, whose year range moves with the build's year. */
  searchPart: string;
  chambers: Catalog['chambers'];
  mentions: Item[];
  terms: TermLink[];
  /** The registered members who are rapporteurs on the document. */
  members: Member[];
  discussion: DiscussionView[];
}

/** The input of a document's landing page in a language. */
export function documentPageInput(view: DocumentView, lang: string, c: Catalog, glossary: GlossaryTerm[]): DocumentPageInput {
  const discussion = discussionOf((id) => id === documentGuid(view.doc.id) || id.startsWith(`${documentGuid(view.doc.id)}:`), c, lang);
  return {
    view,
    lang,
    square: documentWantsSquare(view, c.now),
    searchPart: searchPart('documents', documentSearchDay(view.doc), c.now),
    chambers: c.chambers,
    mentions: mentionsOf(view, c),
    terms: documentTerms(view, lang, glossary),
    members: rapporteursOn(view.doc.reference, c.members),
    discussion,
  };
}

/** A document's landing page in a language: made from its input alone. */
export function documentPage(input: DocumentPageInput): DocumentPage {
  const { view: v, lang, chambers } = input;
  const c = { chambers, members: input.members };
  const t = ui(lang);
  const { doc, status } = v;
  const cards = documentCards(v, lang, input.square);
  const title = pick(doc.title, lang) ?? { text: doc.reference, lang };
  const description = pick(doc.summary, lang)?.text ?? [deadlineLine(status, lang), tallyLine(status.tally, lang)].filter(Boolean).join(' · ');
  const meta = pageMeta(
    lang,
    `${doc.reference}: ${title.text}`,
    description,
    ownPages(doc.title, (l) => documentPath(l, doc)),
    cards.wide,
  );
  const url = absolute(documentPath(lang, doc));
  const posts = documentPostTexts(v, lang, c.members);
  const celex = celexOf({ reference: doc.reference, procedure: doc.procedure, titleEn: doc.title.en });
  const yesNo = (b: boolean) => (b ? t.yes : t.no);
  const facts: Fact[] = [{ term: t.reference, text: { text: doc.reference, lang } }];
  if (doc.procedure) facts.push({ term: t.procedure, text: { text: doc.procedure, lang } });
  if (doc.transmissionDate) facts.push({ term: t.transmitted, text: { text: formatDay(doc.transmissionDate, lang), lang }, datetime: doc.transmissionDate });
  if (doc.legalBasis.length) facts.push({ term: t.legalBasis, texts: doc.legalBasis.map((b) => ({ text: b, lang: 'en' })) });
  return {
    lang,
    meta,
    crumbs: [
      { name: t.home, path: homePath(lang) },
      { name: t.documents, path: documentPath(lang) },
      { name: doc.reference, path: documentPath(lang, doc) },
    ],
    feeds: documentFeedLinks(lang),
    label: t.documentLabel,
    reference: doc.reference,
    title,
    fellBack: title.lang !== lang,
    withdrawn: Boolean(doc.withdrawn),
    summary: pick(doc.summary, lang),
    facts,
    deadline: { text: deadlineLine(status, lang), day: status.check?.deadline, closed: status.check?.phase === 'closed' },
    tally: tallyGraphic(v, lang),
    regimeNote: status.regime === 'pre-lisbon' ? t.preLisbonNote : status.regime === 'none' ? t.noCheckNote : undefined,
    notCounted: notCountedLine(v, lang, c),
    outcome: doc.outcome && { text: pick(doc.outcome.text, lang) ?? { text: '', lang }, source: doc.outcome.source },
    opinionHeading: status.regime === 'check' ? t.reasonedOpinion : t.opinionContribution,
    scrutiny: [...doc.scrutinies]
      .sort((a, b) => a.chamber.localeCompare(b.chamber))
      .map((s) => ({
        chamber: pick(c.chambers.get(s.chamber)?.names, lang) ?? { text: s.chamber, lang },
        status: s.status ? t.scrutinyStatus[s.status] : '–',
        opinion: yesNo(s.reasonedOpinion),
        opinionDay: s.reasonedOpinion && s.reasonedOpinionDate ? s.reasonedOpinionDate : undefined,
        dialogue: yesNo(s.politicalDialogue),
        documents: s.documents.map((d) => ({ url: d.url, title: pick(d.title, lang) ?? { text: t.chamberDocuments, lang } })),
      })),
    contacts: withKits(documentContacts(doc.reference, c.members, c.chambers, lang), c.chambers, lang, (ch, kl) => memberKitTexts(v, kl, ch, c.members)),
    discussion: input.discussion,
    // IPEX often repeats the summary as the whole description: show it once.
    body: bodyUnlessSummary(pick(doc.html, lang), pick(doc.summary, lang)),
    ipex: ipexDocumentUrl(doc),
    eurLex: celex ? eurLexUrl(celex, lang) : undefined,
    tags: doc.tags.map((tg) => ({ href: tagPath(lang, tg.key), label: pick(tg.label, lang) })),
    terms: input.terms,
    mentions: input.mentions,
    share: {
      url,
      title: meta.title,
      links: shareLinks(url, meta.title, description, posts),
      hashtags: documentHashtags(v, lang).map((h) => `#${h}`),
      posts: kitPosts(posts),
    },
    cards,
    searchPart: input.searchPart,
  };
}

/** `getStaticPaths` of the documents' landing pages: every selected document in every language IPEX
 * gives its title in (model/pick.ts). */
export async function documentPagePaths() {
  const [d, c, glossary] = await Promise.all([getDocumentCatalog(), getCatalog(), getGlossary()]);
  return d.all.flatMap((view) => pageLangs(view.doc.title).map((lang) => keyed({ lang, slug: view.doc.slug }, documentPageInput(view, lang, c, glossary))));
}

/** The documents pages of every language, for their route. */
export async function documentListPaths() {
  if (!isServed('documents')) return [];
  const d = await getDocumentCatalog();
  return langCodes.map((lang) => {
    const page = documentListPage(d, lang);
    return keyed({ lang }, page);
  });
}

/** Every card the documents' pages reference. */
export async function documentCardImages(): Promise<CardImage[]> {
  const d = await getDocumentCatalog();
  return [
    ...langCodes.map((lang) => documentListPage(d, lang).card),
    ...d.all.flatMap((v) => pageLangs(v.doc.title).flatMap((lang) => cardsOf(documentCards(v, lang, documentWantsSquare(v, d.now))))),
  ];
}
