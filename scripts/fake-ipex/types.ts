// The shapes the fake IPEX server and its data generators share.

/** The search indexes: the last path segment of the endpoint. */
export type FakeIndex = 'event' | 'news' | 'hottopic' | 'document' | 'glossary';

/** One item on the fake server: its link, its `sourceAsMap`, and per-language overlays. */
export interface FakeRecord {
  link: string;
  source: Record<string, unknown>;
  /** Values only the response in that language (upper-case `appLng`) carries. */
  byLang?: Record<string, Record<string, unknown>>;
}
