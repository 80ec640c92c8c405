import type { Kind } from '../../model/vocabulary.ts';
import type { MergedHit } from '../hits.ts';
import type { MapContext, Mapped, EventDraft, NewsDraft, TopicDraft } from './context.ts';
import { mapEvent } from './events.ts';
import { mapNews } from './news.ts';
import { mapTopic } from './topics.ts';

/** The draft type of each kind. */
export interface DraftOf {
  news: NewsDraft;
  events: EventDraft;
  topics: TopicDraft;
}

/** The mapping of each kind: one module per type. */
export const MAPPERS: { [K in Kind]: (hit: MergedHit, ctx: MapContext) => Mapped<DraftOf[K]> } = {
  news: mapNews,
  events: mapEvent,
  topics: mapTopic,
};
