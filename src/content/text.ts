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

/** Shortens at a word boundary and adds an ellipsis; never splits a surrogate pair. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/u, '')}…`;
}
