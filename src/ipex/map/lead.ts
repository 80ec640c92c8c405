import { truncate } from '../../model/text.ts';

/** Longest summary taken from a description, in characters. */
const LEAD_MAX = 200;

/** The first paragraph of Markdown as plain text (no list, heading or quote markers, no emphasis, link texts only). */
function firstParagraph(markdown: string): string {
  const para = markdown.split(/\n\s*\n/u).find((p) => p.trim() && !/^\s*([-*+]|\d+[.)]|#{1,6}|>|\|)\s/u.test(p)) ?? '';
  return para
    .replace(/!?\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/[*_`~]+/gu, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!])/gu, '$1')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** A summary from a description (as Markdown): the first paragraph's whole sentences up to 200
 * characters, else its first words with an ellipsis. IPEX gives no summary, and previews need one. */
export function leadOf(markdown: string): string {
  const text = firstParagraph(markdown);
  let lead = '';
  for (const s of text.match(/[^.!?…]+[.!?…]+(?=\s|$)/gu) ?? []) {
    const next = `${lead} ${s.trim()}`.trim();
    if ([...next].length > LEAD_MAX) break;
    lead = next;
  }
  return lead || truncate(text, LEAD_MAX);
}
