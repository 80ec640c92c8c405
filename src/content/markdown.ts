import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import type { Root, Element } from 'hast';
import { visit } from 'unist-util-visit';
import { remember } from '../model/memo.ts';

/**
 * Item bodies sit right under the page's h1: the body's outermost headings become h2 and every
 * deeper one exactly one level below its parent, so no level is ever skipped (Markdown from IPEX
 * and editors often jumps from # to ###).
 */
function nestHeadings() {
  return (tree: Root) => {
    const stack: { depth: number; level: number }[] = [];
    visit(tree, 'element', (node: Element) => {
      const m = /^h([1-6])$/.exec(node.tagName);
      if (!m) return;
      const depth = Number(m[1]);
      while (stack.length && (stack.at(-1)?.depth ?? 0) >= depth) stack.pop();
      const level = Math.min(6, (stack.at(-1)?.level ?? 1) + 1);
      stack.push({ depth, level });
      node.tagName = `h${level}`;
    });
  };
}

// GitHub's sanitize schema, without the `user-content-` clobber prefix games we do not need,
// and with links limited to web and mail schemes.
const schema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'], src: ['http', 'https'] },
};

/** Resolves relative links and images against the site, so the HTML works in feed readers too. */
function absoluteUrls(options: { base: string }) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      for (const attr of ['href', 'src'] as const) {
        const value = node.properties[attr];
        if (typeof value !== 'string' || value.startsWith('#')) continue;
        try {
          node.properties[attr] = new URL(value, options.base).href;
        } catch {
          delete node.properties[attr];
        }
      }
    });
  };
}

const processors = new Map<string, ReturnType<typeof makeProcessor>>();

function makeProcessor(base: string) {
  return (
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      // Raw HTML in Markdown is dropped, not passed through: editors write Markdown.
      .use(remarkRehype)
      .use(nestHeadings)
      .use(rehypeSanitize, schema)
      .use(absoluteUrls, { base })
      .use(rehypeStringify)
  );
}

/** Renders editors' or IPEX Markdown to HTML with no scripts, handlers or unsafe links;
 * relative URLs are resolved against `base` (the site). */
export function renderMarkdown(markdown: string, base = 'https://example.invalid/'): string {
  return String(remember(processors, base, () => makeProcessor(base)).processSync(markdown));
}
