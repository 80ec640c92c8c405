import twitter from 'twitter-text';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Grapheme clusters: what Bluesky counts. */
export function graphemes(text: string): string[] {
  return [...segmenter.segment(text)].map((s) => s.segment);
}

/** X's weighted length (NFC, URLs 23, most emoji 2), by twitter-text. */
export function xLength(text: string): number {
  return twitter.parseTweet(text).weightedLength;
}

/** Mastodon's count: characters, every URL as 23. */
export function mastodonLength(text: string): number {
  let n = [...text].length;
  for (const u of twitter.extractUrlsWithIndices(text)) n += 23 - [...u.url].length;
  return n;
}

/** A platform's limit and how it counts. */
export interface Limit {
  max: number;
  count: (text: string) => number;
}

/** The post platforms, their limits and counting rules (../shared/PLATFORMS.md). */
export const LIMITS = {
  x: { max: 280, count: xLength },
  bluesky: { max: 300, count: (t: string) => graphemes(t).length },
  mastodon: { max: 500, count: mastodonLength },
  linkedin: { max: 3000, count: (t: string) => [...t].length },
  facebook: { max: 3000, count: (t: string) => [...t].length },
} satisfies Record<string, Limit>;

/** A platform with a ready-to-post text. */
export type PostPlatform = keyof typeof LIMITS;
