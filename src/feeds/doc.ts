import type { FeedEntry } from './entries.ts';

/** One feed, whatever its format: metadata and entries, newest first. */
export interface FeedDoc {
  lang: string;
  title: string;
  description: string;
  /** Absolute URL of the same feed in each format; `self` is the one being written. */
  urls: { rss: string; atom: string; json: string };
  /** The HTML page the feed belongs to. */
  home: string;
  /** Site-relative XSL stylesheet that makes the feed readable in a browser. */
  stylesheet?: string;
  /** WebSub hub, when configured. */
  hub?: string | undefined;
  entries: FeedEntry[];
}

/** The feed's own "updated": its newest entry change, so an unchanged feed is byte-identical. */
export function feedUpdated(doc: FeedDoc): Date {
  return new Date(Math.max(0, ...doc.entries.map((e) => e.updated.getTime())));
}
