import type { ADOPTED_TYPES, EventData, NewsData, TopicData } from './schemas.ts';
import type { Kind } from './vocabulary.ts';

/** Rendered, sanitized HTML of the body, per language. */
type WithHtml = { html: Record<string, string> };

/** A news item as pages, feeds and cards see it. */
export type NewsItem = NewsData & WithHtml & { kind: 'news' };
/** A calendar event as pages, feeds and cards see it. */
export type EventItem = EventData & WithHtml & { kind: 'events'; timeZone: string };
/** A hot topic as pages, feeds and cards see it. */
export type TopicItem = TopicData & WithHtml & { kind: 'topics' };
/** A text a meeting adopted (contribution, conclusions, declaration), derived from its event's documents (model/texts.ts). */
export type TextItem = Pick<NewsData, 'id' | 'slug' | 'firstSeen' | 'updated' | 'withdrawn' | 'title' | 'summary' | 'tags' | 'source'> &
  WithHtml & {
    kind: 'texts';
    type: (typeof ADOPTED_TYPES)[number];
    /** The meeting that adopted it. */
    meeting: EventItem;
    /** The day it was adopted: the meeting's last day. */
    adopted: string;
  };
/** The one normalized item every output is built from. */
export type Item = NewsItem | EventItem | TopicItem | TextItem;

/** Items of one kind. */
export type ItemOf<K extends Kind> = Extract<Item, { kind: K }>;

/** The interparliamentary body of a meeting or of the meeting that adopted a text; undefined for other kinds. */
export function bodyOf(item: Item): EventItem['conference'] | undefined {
  return item.kind === 'events' ? item.conference : item.kind === 'texts' ? item.meeting.conference : undefined;
}

/** The chambers an item is about: a news item's chambers, an event's organiser; none for other kinds. */
export function itemChambers(item: Item): string[] {
  if (item.kind === 'news') return item.chambers;
  return item.kind === 'events' && item.organiser ? [item.organiser] : [];
}

/** The instant an item is dated by in lists: publication for news, first sight otherwise. */
export function listedAt(item: Item): string {
  return item.kind === 'news' ? item.published : (item.updated ?? item.firstSeen);
}
