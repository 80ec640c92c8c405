import type { EventData, NewsData, TopicData } from './schemas.ts';
import type { Kind } from './vocabulary.ts';

/** Rendered, sanitized HTML of the body, per language. */
type WithHtml = { html: Record<string, string> };

/** A news item as pages, feeds and cards see it. */
export type NewsItem = NewsData & WithHtml & { kind: 'news' };
/** A calendar event as pages, feeds and cards see it. */
export type EventItem = EventData & WithHtml & { kind: 'events'; timeZone: string };
/** A hot topic as pages, feeds and cards see it. */
export type TopicItem = TopicData & WithHtml & { kind: 'topics' };
/** The one normalized item every output is built from. */
export type Item = NewsItem | EventItem | TopicItem;

/** Items of one kind. */
export type ItemOf<K extends Kind> = Extract<Item, { kind: K }>;

/** The instant an item is dated by in lists: publication for news, first sight otherwise. */
export function listedAt(item: Item): string {
  return item.kind === 'news' ? item.published : (item.updated ?? item.firstSeen);
}
