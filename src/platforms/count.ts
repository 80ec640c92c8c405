import twitter from 'twitter-text';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Grapheme clusters: what Bluesky counts. */
export function graphemes(text: string): string[] {
  return [...segmenter.segment(text)].map((s) => s.segment);
}

/** Code points that are each a grapheme of their own: Latin, Greek and Cyrillic letters without
 * combining marks (U+0300–036F, U+0483–0489), no CR (CR LF is one grapheme). */
const ONE_EACH = /^[\u0000-\u000c\u000e-\u02ff\u0370-\u0482\u048a-\u052f\u2010-\u2027\u2030-\u205e\u20a0-\u20c0]*$/u;

/** How many grapheme clusters `text` has. Most post texts are plain Latin, Greek or Cyrillic, where
 * that is the number of code points; segmenting every candidate text cost a second per warm build. */
export function graphemeCount(text: string): number {
  if (ONE_EACH.test(text)) return [...text].length;
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
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

/** A platform's limit and how it counts (../shared/PLATFORMS.md). */
export interface Limit {
  max: number;
  count: (text: string) => number;
}

/** Characters (code points): LinkedIn's and Facebook's count. */
export function codePoints(text: string): number {
  return [...text].length;
}
