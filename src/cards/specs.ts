import { hub } from '../config/resolve.ts';
import type { Chamber } from '../model/schemas.ts';
import { formatEventWhen, formatInstant } from '../i18n/dates.ts';
import { dateFormat } from '../i18n/locale.ts';
import { eventPlace } from '../i18n/place.ts';
import { pickText } from '../model/pick.ts';
import { ui } from '../i18n/ui.ts';
import type { EventItem, Item } from '../model/item.ts';
import { eventDays } from '../model/time.ts';
import { cardName, documentPath, itemPath } from '../model/urls.ts';
import type { DocumentView } from '../model/document-catalog.ts';
import { deadlineDay, tallyLine } from '../i18n/documents.ts';
import { adoptedDay } from '../i18n/texts.ts';
import type { CardFormat, CardSpec, CardTemplate } from './spec.ts';

// An adopted text is drawn like news: a label (what and by whom), its title, when and where.
const TEMPLATE: Record<Item['kind'], CardTemplate> = { news: 'news', events: 'event', topics: 'topic', texts: 'news' };

/** "3–4" and "Dec 2026" (or "Nov – Dec 2026") for an event's date block, in its own time zone. */
function dateBlock(ev: EventItem, lang: string): { day: string; month: string } {
  const { first, last, timeZone: tz } = eventDays(ev);
  const day = (d: Date) => dateFormat(lang, { day: 'numeric', timeZone: tz }).format(d);
  const month = dateFormat(lang, { month: 'short', year: 'numeric', timeZone: tz });
  const d1 = day(first);
  const d2 = day(last);
  const sameDay = month.format(first) === month.format(last) && d1 === d2;
  return { day: sameDay ? d1 : `${d1}–${d2}`, month: month.formatRange(first, last) };
}

/** The card of an item's landing page, in one language and format. */
export function itemCardSpec(item: Item, lang: string, format: CardFormat, chambers: Map<string, Chamber>): CardSpec {
  const t = ui(lang);
  const base = { format, lang, name: cardName(itemPath(item, lang)), title: pickText(item.title, lang), brand: hub.brand, colors: hub.colors };
  if (item.kind === 'events') {
    return {
      ...base,
      template: 'event',
      label: `${t.kindLabel.events} · ${t.conferences[item.conference]}`,
      details: [formatEventWhen(item, lang), eventPlace(item, lang).short, item.cancelled ? t.cancelled : ''].filter(Boolean),
      dateBlock: dateBlock(item, lang),
    };
  }
  if (item.kind === 'texts') {
    const label = `${t.meetingDocuments[item.type]} · ${t.conferences[item.meeting.conference]}`;
    return { ...base, template: TEMPLATE.texts, label, details: [adoptedDay(item, lang), eventPlace(item.meeting, lang).short].filter(Boolean) };
  }
  if (item.kind === 'news') {
    const names = item.chambers
      .map((c) => chambers.get(c))
      .filter((c) => c !== undefined)
      .map((c) => pickText(c.names, lang));
    return {
      ...base,
      template: TEMPLATE.news,
      label: t.kindLabel.news,
      details: [formatInstant(item.published, lang, hub.defaultTimeZone), names.slice(0, 3).join(' · ')].filter(Boolean),
    };
  }
  return {
    ...base,
    template: TEMPLATE.topics,
    label: t.kindLabel.topics,
    details: [`${t.updated} ${formatInstant(item.updated ?? item.firstSeen, lang, hub.defaultTimeZone)}`],
  };
}

/** The card of a home, section or tag page. */
export function pageCardSpec(lang: string, name: string, title: string, subtitle: string): CardSpec {
  return { template: 'page', format: 'wide', lang, name, label: hub.brand, title, details: subtitle ? [subtitle] : [], brand: 'IPEX', colors: hub.colors };
}

/** The card of a document's landing page: reference, title, deadline (or "closed") and the tally against its threshold. */
export function documentCardSpec(view: DocumentView, lang: string, format: CardFormat): CardSpec {
  const { doc, status } = view;
  const tally = status.tally;
  const marks = tally ? [tally.thresholds.yellow, tally.thresholds.orange].filter((n): n is number => n !== undefined) : [];
  return {
    template: 'document',
    format,
    lang,
    name: cardName(documentPath(lang, doc)),
    label: `${ui(lang).documentLabel} · ${doc.reference}`,
    title: pickText(doc.title, lang),
    details: [deadlineDay(status, lang), tallyLine(tally, lang)].filter(Boolean),
    ...(tally && { tally: { votes: tally.votes, total: tally.total, marks } }),
    brand: hub.brand,
    colors: hub.colors,
  };
}
