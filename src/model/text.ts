/** Characters XML 1.0 forbids (C0 controls but tab, LF, CR; lone surrogates; U+FFFE/U+FFFF). */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes characters no feed, page or card can carry, and NFC-normalises. */
export function cleanText(value: string): string {
  return value.replace(FORBIDDEN, '').normalize('NFC');
}

/** Cleans and folds all runs of white space to one space: for titles and labels. */
export function cleanLine(value: string): string {
  return cleanText(value).replace(/\s+/gu, ' ').trim();
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Shortens to at most `max` characters (code points), ellipsis included, at a word boundary; a
 * single word longer than most of the room is cut between graphemes, never inside one. */
export function truncate(text: string, max: number): string {
  if ([...text].length <= max) return text;
  let cut = '';
  for (const { segment } of graphemes.segment(text)) {
    if ([...cut].length + [...segment].length > max - 1) break;
    cut += segment;
  }
  const atBoundary = /\s/u.test(text[cut.length] ?? '');
  const space = cut.lastIndexOf(' ');
  const words = atBoundary || space <= max * 0.6 ? cut : cut.slice(0, space);
  return `${words.replace(/[\s,;:.–-]+$/u, '')}…`;
}
