// The drafts the sample's tables and generators produce, before they become snapshot items.
import type { L, Text } from './basics.ts';
import type { Conference } from '../../src/model/vocabulary.ts';
import type { Host } from './data/places.ts';

/** A news item before ids, slugs and times are given. */
export interface NewsDraft {
  key: string;
  published: number;
  title: Text;
  summary?: Text;
  body?: Text;
  tags: string[];
  chambers: string[];
  only?: 'en' | 'fr' | undefined;
  withdrawn?: boolean | undefined;
}

/** An event before ids, slugs and times are given. */
export interface EvDraft {
  key: string;
  conf: Conference;
  host: Host;
  start: string;
  end: string;
  /** Meeting name without place, for news about it. */
  name: L;
  title: Text;
  extraTitle?: Text | undefined;
  intro: L;
  sessions: L[];
  tags: string[];
  cancelled?: boolean | undefined;
  only?: 'en' | 'fr' | undefined;
}

/** A tag as snapshot items carry it. */
export type SampleTag = { key: string; label: L };

/** Fields every generated item has (undefined ones are left out when written). */
type SampleBase = {
  id: string;
  slug: string;
  firstSeen: string;
  updated?: string | undefined;
  withdrawn?: string | undefined;
  title: Text;
  summary?: Text | undefined;
  body?: Text | undefined;
  tags: SampleTag[];
  source: string;
};
/** A generated news item, as written to the snapshot. */
export type SampleNews = SampleBase & { published: string; chambers: string[] };
/** A generated event, as written to the snapshot. */
export type SampleEvent = SampleBase & {
  start: string;
  end: string;
  timeZone?: string | undefined;
  venue: Text;
  city: Text;
  country: string;
  organiser: string;
  conference: Conference;
  cancelled?: true | undefined;
  /** A past meeting's programme and adopted texts (scripts/sample/meeting-texts.ts). */
  documents?: object[] | undefined;
  textsSeen?: Record<string, string> | undefined;
};
/** A generated hot topic, as written to the snapshot. */
export type SampleTopic = SampleBase & { related: { news: string[]; events: string[] } };
/** A chamber of the generated registry. */
export type SampleChamber = { code: string; country: string; name: string; nameLang: string | undefined; names: L; accounts: Record<string, string> };
