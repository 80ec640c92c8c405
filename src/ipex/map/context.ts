import type { z } from 'zod';
import type { documentSchema, eventSchema, glossarySchema, newsSchema, topicSchema } from '../../model/schemas.ts';
import type { ItemProblem } from '../problems.ts';

/** Fields the sync owns, never the mapping: identity and history. */
export type IdentityField = 'id' | 'slug' | 'firstSeen' | 'updated' | 'withdrawn' | 'opinionsSeen' | 'thresholdsSeen' | 'textsSeen' | 'checkSeen';

/** A news item as mapped from IPEX, before identity is added and the schema checks it. */
export type NewsDraft = Omit<z.input<typeof newsSchema>, IdentityField>;
/** An event as mapped from IPEX. */
export type EventDraft = Omit<z.input<typeof eventSchema>, IdentityField>;
/** A hot topic as mapped from IPEX. */
export type TopicDraft = Omit<z.input<typeof topicSchema>, IdentityField>;

/** An EU document as mapped from IPEX. */
export type DocumentDraft = Omit<z.input<typeof documentSchema>, IdentityField>;

/** A glossary term as mapped from IPEX. */
export type GlossaryDraft = Omit<z.input<typeof glossarySchema>, IdentityField>;

/** What mapping needs to know beyond the hit itself. */
export interface MapContext {
  /** IPEX origin, for `source` and relative links. */
  base: string;
  /** The first configured language: whose response gives language-neutral values. */
  primaryLang: string;
  /** Chamber codes of the registry; undefined when there is no registry (codes are then kept as they are). */
  chambers?: ReadonlySet<string> | undefined;
  /** Ids of news and events the snapshot will hold, for topics' related items. */
  known: { news: ReadonlySet<string>; events: ReadonlySet<string> };
}

/** One mapped item, with an upstream date for ordering and what was dropped on the way. */
export interface Mapped<D> {
  id: string;
  draft: D;
  /** Upstream date (ISO), to give older items earlier first-seen times; undefined if unknown. */
  date: string | undefined;
  /** Values dropped from an otherwise good item (unknown chamber, dangling related id). */
  warnings: ItemProblem[];
}
