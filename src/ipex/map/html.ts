import type { Element, ElementContent, Root, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { cleanLine, cleanText } from '../../model/text.ts';
import { BODY_MAX, clip, LINE_MAX } from './clip.ts';

/** Elements whose content is never text for readers (code, styles, embedded objects, forms). */
const DROPPED = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'head',
  'title',
  'form',
  'button',
  'select',
  'textarea',
  'input',
  'canvas',
  'audio',
  'video',
  'picture',
  'source',
]);
/** Link schemes kept; any other (javascript:, data:, vbscript:…) leaves the link text only. */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
/** Elements inside a line of text: no space around them (`<b>EU</b>'s` stays `EU's`). */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
]);
/** Raw input is cut before parsing, so an absurd payload costs bounded time. */
const RAW_FACTOR = 10;

const parser = unified().use(rehypeParse, { fragment: true });
// GFM, so tables, strikethrough and task lists have a Markdown form.
const toMarkdown = unified().use(rehypeRemark).use(remarkGfm).use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', rule: '-' });

function parse(html: string): Root {
  return parser.parse(html.slice(0, BODY_MAX * RAW_FACTOR));
}

/** Plain text of a node, without dropped elements; `<br>` and block boundaries become spaces. */
function textOf(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') {
    if (DROPPED.has(node.tagName)) return '';
    if (node.tagName === 'br') return ' ';
    const inner = node.children.map(textOf).join('');
    return INLINE.has(node.tagName) ? inner : ` ${inner} `;
  }
  if (node.type === 'root') return node.children.map(textOf).join('');
  return '';
}

/** One line of plain text from a title or label that may hold HTML: tags gone, entities decoded, cleaned, capped. */
export function htmlToLine(html: string): string {
  const text = /[<&]/.test(html) ? textOf(parse(html.slice(0, LINE_MAX * RAW_FACTOR))) : html;
  return clip(cleanLine(text), LINE_MAX);
}

/** The safe replacement of an element, or undefined to keep it. */
function replacement(node: Element, base: string): ElementContent[] | undefined {
  if (DROPPED.has(node.tagName)) return [];
  // Images would be fetched from IPEX by every visitor: keep their description only.
  if (node.tagName === 'img') {
    const alt = node.properties.alt;
    return typeof alt === 'string' && alt.trim() ? [{ type: 'text', value: alt }] : [];
  }
  if (node.tagName === 'a') {
    const href = node.properties.href;
    if (typeof href !== 'string') return node.children;
    let url: URL;
    try {
      url = new URL(href, base);
    } catch {
      return node.children;
    }
    if (!SAFE_SCHEMES.has(url.protocol)) return node.children;
    node.properties = { href: url.href };
  }
  return undefined;
}

/** Replaces unsafe elements in place, resolving links against the item's IPEX page. */
function sanitize(parent: Root | Element, base: string): void {
  const out: ElementContent[] = [];
  for (const child of parent.children) {
    if (child.type === 'doctype' || child.type === 'comment') continue;
    if (child.type !== 'element') {
      out.push(child);
      continue;
    }
    const swap = replacement(child, base);
    if (swap === undefined) {
      sanitize(child, base);
      out.push(child);
    } else {
      const holder: Element = { type: 'element', tagName: 'span', properties: {}, children: swap };
      sanitize(holder, base);
      out.push(...holder.children);
    }
  }
  parent.children = out;
}

/** Safe Markdown from an HTML description: no scripts, handlers, images or unsafe links; cleaned and capped. */
export function htmlToMarkdown(html: string, base: string): string {
  const tree = parse(html);
  sanitize(tree, base);
  let markdown: string;
  try {
    markdown = String(toMarkdown.stringify(toMarkdown.runSync(tree)));
  } catch {
    // A structure the converter cannot write (it should not happen): keep the text, escaped.
    markdown = textOf(tree).replace(/[\\`*_{}[\]()#+\-.!<>|~]/g, '\\$&');
  }
  return clip(
    cleanText(markdown)
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
    BODY_MAX,
  );
}
