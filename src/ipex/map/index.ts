import type { SnapshotKind } from '../../model/vocabulary.ts';
import type { MergedHit } from '../hits.ts';
import type { DocumentDraft, GlossaryDraft, MapContext, Mapped, EventDraft, NewsDraft, TopicDraft } from './context.ts';
import { mapDocument } from './documents.ts';
import { mapEvent } from './events.ts';
import { mapGlossary } from './glossary.ts';
import { mapNews } from './news.ts';
import { mapTopic } from './topics.ts';

/** The draft type of each kind. */
export interface DraftOf {
  news: NewsDraft;
  events: EventDraft;
  topics: TopicDraft;
  documents: DocumentDraft;
  glossary: GlossaryDraft;
}

/** The mapping of each kind: one module per type. */
export const MAPPERS: { [K in SnapshotKind]: (hit: MergedHit, ctx: MapContext) => Mapped<DraftOf[K]> } = {
  news: mapNews,
  events: mapEvent,
  topics: mapTopic,
  documents: mapDocument,
  glossary: mapGlossary,
};
