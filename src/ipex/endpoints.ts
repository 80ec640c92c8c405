import type { SnapshotKind } from '../model/vocabulary.ts';

/** Where and how one kind of item is searched on IPEX (see ../shared/IPEX-DATA.md). */
export interface Endpoint {
  /** Path of the search API, appended to the IPEX origin. */
  path: string;
  /** Value of `filters.type`. */
  type: string;
  /** Field sorted on. */
  sort: string;
  /** Sort direction; newest first (`DESC`) unless the endpoint says otherwise. */
  order?: 'ASC' | 'DESC';
  /** Filter that takes a `[from, to]` day range, when the endpoint has one. */
  range?: string;
}

/** The search endpoints: events are verified; news, hot topics, documents and the glossary are assumed (IPEX-DATA.md). */
export const ENDPOINTS: Record<SnapshotKind, Endpoint> = {
  events: { path: '/IPEXL-WEB/api/search/event', type: 'calendarevent', sort: 'startDate', range: 'startDateByDateRange' },
  news: { path: '/IPEXL-WEB/api/search/news', type: 'news', sort: 'publicationDate' },
  topics: { path: '/IPEXL-WEB/api/search/hottopic', type: 'hottopic', sort: 'lastUpdateDate' },
  documents: { path: '/IPEXL-WEB/api/search/document', type: 'document', sort: 'transmissionDate' },
  glossary: { path: '/IPEXL-WEB/api/search/glossary', type: 'glossary', sort: 'title', order: 'ASC' },
};
