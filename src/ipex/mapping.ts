import type { SnapshotKind } from '../model/vocabulary.ts';

// The one table of what the hub assumes about IPEX. Only the calendar is confirmed by public
// evidence (../shared/IPEX-DATA.md); every other name is a guess that `npm run sync -- --probe`
// checks against what IPEX really sends. To adapt the hub, change this file: nothing else names
// an index, a type, a sort key or a top-level `sourceAsMap` field.

/** Where and how one kind of item is searched on IPEX. */
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

/** The `sourceAsMap` fields every kind shares. */
interface CommonNames {
  /** `[{ language, message }]`: the title per language. */
  title: string;
  /** `[{ language, message }]`: HTML per language, the body (and, cut, the summary). */
  description: string;
  /** `[{ labels: [{ language, message }] }]`: tags. */
  labels: string;
}

/** The `sourceAsMap` fields of each kind: what the mapping modules read, by role. */
export interface FieldNames {
  news: CommonNames & { date: string; chambers: string };
  events: CommonNames & { date: string; end: string; address: string };
  topics: CommonNames & { date: string; related: string };
  documents: CommonNames & {
    date: string;
    reference: string;
    procedure: string;
    adoptionDate: string;
    deadline: string;
    legalBasis: string;
    scrutinies: string;
  };
  glossary: CommonNames;
}

const COMMON: CommonNames = { title: 'titles', description: 'descriptions', labels: 'shared' };

/** The search endpoints: events are verified; news, hot topics, documents and the glossary are assumed. */
export const ENDPOINTS: Record<SnapshotKind, Endpoint> = {
  events: { path: '/IPEXL-WEB/api/search/event', type: 'calendarevent', sort: 'startDate', range: 'startDateByDateRange' },
  news: { path: '/IPEXL-WEB/api/search/news', type: 'news', sort: 'publicationDate' },
  topics: { path: '/IPEXL-WEB/api/search/hottopic', type: 'hottopic', sort: 'lastUpdateDate' },
  documents: { path: '/IPEXL-WEB/api/search/document', type: 'document', sort: 'transmissionDate' },
  glossary: { path: '/IPEXL-WEB/api/search/glossary', type: 'glossary', sort: 'title', order: 'ASC' },
};

/** The field names of every kind; `date` is the date that orders the kind's new items. */
export const FIELDS: FieldNames = {
  events: { ...COMMON, date: 'startDate', end: 'endDate', address: 'address' },
  news: { ...COMMON, date: 'publicationDate', chambers: 'parliaments' },
  topics: { ...COMMON, date: 'lastUpdateDate', related: 'relatedLinks' },
  documents: {
    ...COMMON,
    date: 'transmissionDate',
    reference: 'reference',
    procedure: 'procedure',
    adoptionDate: 'adoptionDate',
    deadline: 'subsidiarityDeadline',
    legalBasis: 'legalBasis',
    scrutinies: 'scrutinies',
  },
  glossary: COMMON,
};

/** Where a hit's link is: its last segment is the item id (not in `sourceAsMap`). */
export const LINK_FIELD = 'fields.link.value';

/** A field a kind cannot do without, and the role it plays. */
export interface NeededField {
  /** `fields.link.value` or a `sourceAsMap` field name. */
  field: string;
  role: 'id' | 'title' | 'date';
}

/** What a kind needs from most hits: an id, a title, and the date that orders it (the glossary orders by id). */
export function neededFields(kind: SnapshotKind): NeededField[] {
  const names = FIELDS[kind];
  return [{ field: LINK_FIELD, role: 'id' }, { field: names.title, role: 'title' }, ...('date' in names ? [{ field: names.date, role: 'date' as const }] : [])];
}
