import { hub } from '../config/resolve.ts';
import { itemCards, type PageCards } from '../cards/images.ts';
import { wantsSquare } from '../cards/square.ts';
import { googleCalendarUrl, outlookCalendarUrl } from '../feeds/links.ts';
import { formatEventWhen, formatInstant } from '../i18n/dates.ts';
import { eventPlace, type EventPlace } from '../i18n/place.ts';
import { ui } from '../i18n/ui.ts';
import { relatedTo, type Catalog } from '../model/catalog.ts';
import { bodyOf, type Item, type TextItem } from '../model/item.ts';
import { itemMeta, type PageMeta } from '../model/meta.ts';
import { pageLangs, pick, type Picked } from '../model/pick.ts';
import { eventIso, isUpcoming } from '../model/time.ts';
import { conferencePath, eventIcsPath, homePath, itemGuid, itemPath, sectionPath, tagPath } from '../model/urls.ts';
import { discussionOf, type DiscussionView } from './discussion.ts';
import { delegatesTo, meetingContacts, withKits, type ChamberKit } from './members.ts';
import type { Member } from '../model/members.ts';
import { meetingKitTexts } from '../social/posts.ts';
import { adoptedDay } from '../i18n/texts.ts';
import type { Crumb, NavSection } from './page.ts';
import { readOnIpexUrl } from '../social/utm.ts';
import { getCatalog } from './catalog.ts';
import { feedLinks, type FeedLink } from './feeds.ts';
import { itemLd } from './jsonld.ts';
import { keyed } from './keys.ts';
import { sharePanel, type SharePanel } from './share.ts';
import { getGlossary, itemTerms, type TermLink } from './glossary.ts';
import { itemSearchPart } from './search-part.ts';
import type { GlossaryTerm } from '../model/glossary.ts';

/** A labelled fact (term and description) with an optional machine-readable time. */
export interface Fact {
  term: string;
  text?: Picked | undefined;
  /** Several texts (chambers), each with its real language. */
  texts?: Picked[] | undefined;
  datetime?: string | undefined;
}

/** Everything an item's landing page shows, as plain data. */
export interface ItemPage {
  lang: string;
  meta: PageMeta;
  crumbs: Crumb[];
  ld: Record<string, unknown>[];
  feeds: FeedLink[];
  section: NavSection;
  label: string;
  title: Picked;
  /** True when the title is shown in another language. */
  fellBack: boolean;
  withdrawn: boolean;
  cancelled: boolean;
  summary?: Picked | undefined;
  facts: Fact[];
  /** Adopted texts: the meeting that adopted it, linked. */
  meeting?: { href: string; title: Picked } | undefined;
  /** Events: their documents, adopted texts linking their pages, the others IPEX's files. */
  documents: { href: string; type: string; title: Picked | undefined; page: boolean }[];
  /** Events: "Add to calendar" links. */
  calendar?: { ics: string; google: string; outlook: string } | undefined;
  body?: Picked | undefined;
  source: string;
  tags: { href: string; label: Picked | undefined }[];
  /** Glossary terms the page uses (hot topics). */
  terms: TermLink[];
  share: SharePanel;
  cards: PageCards;
  related: Item[];
  /** Replies and quotes by chambers and members under the hub's posts of the item. */
  discussion: DiscussionView[];
  /** A meeting's registered delegates by chamber, with ready-to-post texts for each chamber's members and staff. */
  contacts: ChamberKit[];
  /** The search index part the article goes to (`news-2026-11`, `topics-3`; routes/search-part.ts). */
  searchPart: string;
}

/** Facts of a meeting: when, where, which body, who organises. */
function eventFacts(item: Extract<Item, { kind: 'events' }>, lang: string, c: Pick<Catalog, 'chambers'>, place: EventPlace): Fact[] {
  const t = ui(lang);
  const facts: Fact[] = [{ term: t.when, text: { text: formatEventWhen(item, lang), lang }, datetime: eventIso(item, 'start') }];
  if (place.line)
    facts.push({ term: t.where, texts: [place.venue, place.city, place.country ? { text: place.country, lang } : undefined].filter((p) => p !== undefined) });
  facts.push({ term: t.conference, text: { text: t.conferences[item.conference], lang } });
  const organiser = item.organiser ? c.chambers.get(item.organiser) : undefined;
  if (organiser) facts.push({ term: t.organiser, texts: [pick(organiser.names, lang)].filter((p) => p !== undefined) });
  return facts;
}

/** Facts of an adopted text: which body adopted it, and when (the meeting is linked apart). */
function textFacts(item: TextItem, lang: string): Fact[] {
  const t = ui(lang);
  const place = eventPlace(item.meeting, lang);
  const facts: Fact[] = [
    { term: t.adoptedBy, text: { text: t.conferences[item.meeting.conference], lang } },
    { term: t.adoptedDate, text: { text: adoptedDay(item, lang), lang }, datetime: item.adopted },
  ];
  if (place.line)
    facts.push({ term: t.where, texts: [place.venue, place.city, place.country ? { text: place.country, lang } : undefined].filter((p) => p !== undefined) });
  return facts;
}

/** A meeting's documents in a language: adopted texts link their pages, the rest (programme, agenda…) IPEX's file. */
function meetingDocuments(item: Item, lang: string, texts: ItemPageInput['texts']): ItemPage['documents'] {
  if (item.kind !== 'events') return [];
  const t = ui(lang);
  // A text IPEX no longer lists keeps its page (which says so), not its place among the meeting's documents.
  return item.documents
    .filter((d) => !d.withdrawn)
    .map((d) => {
      const text = texts[d.id];
      return { href: text ? itemPath(text, lang) : d.url, type: t.meetingDocuments[d.type], title: pick(d.title, lang), page: text !== undefined };
    });
}

/** Facts of news and hot topics: publication, last update, chambers. */
function articleFacts(item: Exclude<Item, { kind: 'events' | 'texts' }>, lang: string, c: Pick<Catalog, 'chambers'>): Fact[] {
  const t = ui(lang);
  const date = (iso: string): Fact['text'] => ({ text: formatInstant(iso, lang, hub.defaultTimeZone), lang });
  const facts: Fact[] = [];
  if (item.kind === 'news') facts.push({ term: t.published, text: date(item.published), datetime: item.published });
  if (item.updated) facts.push({ term: t.updated, text: date(item.updated), datetime: item.updated });
  const chambers = item.kind === 'news' ? item.chambers.flatMap((code) => pick(c.chambers.get(code)?.names, lang) ?? []) : [];
  if (chambers.length) facts.push({ term: t.chambers, texts: chambers });
  return facts;
}

/** The feed a landing page announces beside the site-wide one: its section's, or an adopted text's body's. */
function feedScopeOf(item: Item): string {
  return item.kind === 'texts' ? `bodies/${item.meeting.conference}` : item.kind;
}

/** What an item's landing page is made from, and nothing else: the page's props, and what its cache
 * key digests. Whatever depends on the build's time enters as its outcome (past, square), so that an
 * unchanged page keeps its key from one hour to the next. */
export interface ItemPageInput {
  item: Item;
  lang: string;
  past: boolean;
  square: boolean;
  /** The search index part, whose year range moves with the build's year. */
  searchPart: string;
  related: Item[];
  chambers: Catalog['chambers'];
  feeds: FeedLink[];
  terms: TermLink[];
  /** A meeting's adopted texts, by the document's id, for links to their pages. */
  texts: Record<string, Item | undefined>;
  /** Replies and quotes by chambers and registered members under the hub's posts of the item. */
  discussion: DiscussionView[];
  /** A meeting's registered delegates to its conference (a members' kit per chamber). */
  delegates: Member[];
}

/** The input of an item's landing page in a language, from the catalog and the glossary. */
export async function itemPageInput(item: Item, lang: string, c: Catalog, glossary: GlossaryTerm[]): Promise<ItemPageInput> {
  const texts = item.kind === 'events' ? Object.fromEntries(item.documents.map((d) => [d.id, c.byId.get(`texts/${d.id}`)])) : {};
  return {
    item,
    lang,
    past: item.kind === 'events' && !isUpcoming(item, c.now),
    square: wantsSquare(item, c.now),
    searchPart: itemSearchPart(item, c.now),
    related: relatedTo(item, c),
    chambers: c.chambers,
    feeds: await feedLinks(lang, feedScopeOf(item)),
    terms: itemTerms(item, lang, glossary),
    texts,
    discussion: discussionOf((id) => id === itemGuid(item), c, lang),
    delegates: item.kind === 'events' ? delegatesTo(item.conference, c.members) : [],
  };
}

/** The landing page of an item in a language: made from its input alone (tests/integration/page-input.test.ts). */
export function itemPage(input: ItemPageInput): ItemPage {
  const { item, lang, past, chambers } = input;
  const t = ui(lang);
  const cards = itemCards(item, lang, chambers, input.square);
  const meta = itemMeta(item, lang, cards.wide);
  const title = pick(item.title, lang) ?? { text: '', lang };
  const body = bodyOf(item);
  // An adopted text belongs to its body's hub; other items to their section.
  const up =
    item.kind === 'texts'
      ? { name: t.conferences[item.meeting.conference], path: conferencePath(lang, item.meeting.conference) }
      : { name: past ? t.past : t[item.kind], path: sectionPath(item.kind, lang, { past }) };
  const crumbs = [{ name: t.home, path: homePath(lang) }, up, { name: title.text, path: itemPath(item, lang) }];
  return {
    lang,
    meta,
    crumbs,
    ld: [itemLd(item, lang, meta.image.url, chambers)],
    feeds: input.feeds,
    section: item.kind === 'texts' ? 'conferences' : item.kind,
    label: body ? `${item.kind === 'texts' ? t.meetingDocuments[item.type] : t.kindLabel.events} · ${t.conferences[body]}` : t.kindLabel[item.kind],
    title,
    fellBack: title.lang !== lang,
    withdrawn: Boolean(item.withdrawn),
    cancelled: item.kind === 'events' && item.cancelled,
    summary: pick(item.summary, lang),
    facts:
      item.kind === 'events'
        ? eventFacts(item, lang, input, eventPlace(item, lang))
        : item.kind === 'texts'
          ? textFacts(item, lang)
          : articleFacts(item, lang, input),
    meeting: item.kind === 'texts' ? { href: itemPath(item.meeting, lang), title: pick(item.meeting.title, lang) ?? { text: '', lang } } : undefined,
    documents: meetingDocuments(item, lang, input.texts),
    calendar:
      item.kind === 'events' ? { ics: eventIcsPath(item, lang), google: googleCalendarUrl(item, lang), outlook: outlookCalendarUrl(item, lang) } : undefined,
    body: pick(item.html, lang),
    source: readOnIpexUrl(item, 'referral'),
    tags: item.tags.map((tg) => ({ href: tagPath(lang, tg.key), label: pick(tg.label, lang) })),
    terms: input.terms,
    share: sharePanel(item, lang, chambers),
    cards,
    related: input.related,
    discussion: input.discussion,
    contacts:
      item.kind === 'events'
        ? withKits(meetingContacts(item.conference, input.delegates, chambers, lang), chambers, lang, (ch, kl) =>
            meetingKitTexts(item, kl, ch, input.delegates),
          )
        : [],
    searchPart: input.searchPart,
  };
}

/** `getStaticPaths` of the landing pages: every item (withdrawn ones too) in every language it has
 * its title in (model/pick.ts), each with its page's input as props and that input's digest as its
 * key (routes/keys.ts). */
export async function itemPagePaths() {
  const [c, glossary] = await Promise.all([getCatalog(), getGlossary()]);
  const paths = [];
  for (const item of c.all) {
    for (const lang of pageLangs(item.title)) paths.push(keyed({ lang, kind: item.kind, slug: item.slug }, await itemPageInput(item, lang, c, glossary)));
  }
  return paths;
}
