import type { Nodes } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { cleanText, truncate } from '../model/text.ts';

const BREAKS = new Set(['br']);
const BLOCKS = new Set(['p', 'div', 'li', 'blockquote']);
/** Elements whose content is not text a reader sees. */
const HIDDEN = new Set(['script', 'style', 'template', 'noscript']);

function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' && BREAKS.has(node.tagName)) return '\n';
  if (node.type === 'element' && HIDDEN.has(node.tagName)) return '';
  if (!('children' in node)) return '';
  const inner = node.children.map((c) => textOf(c)).join('');
  return node.type === 'element' && BLOCKS.has(node.tagName) ? `${inner}\n\n` : inner;
}

/** A Mastodon status's HTML as plain text: paragraphs and line breaks kept, every tag and attribute
 * dropped, entities decoded (by the HTML parser the build already uses), at most `max` characters. */
export function htmlToText(html: string, max = 2000): string {
  return plainText(textOf(unified().use(rehypeParse, { fragment: true }).parse(html)), max);
}

/** Text as the hub stores it: control characters removed, blank runs folded, at most `max` characters. */
export function plainText(text: string, max = 2000): string {
  const clean = cleanText(text)
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return truncate(clean, max);
}
