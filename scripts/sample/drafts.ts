// The drafts the sample's tables and generators produce, before they become snapshot items.
import type { L, Text } from './basics.ts';
import type { Conference, Host } from './data/places.ts';

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
