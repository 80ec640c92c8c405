import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import type { Root, Element } from 'hast';
import { visit } from 'unist-util-visit';

/** Item bodies sit under the page's h1 and h2: shift their headings below. */
function demoteHeadings() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const m = /^h([1-6])$/.exec(node.tagName);
      if (m) node.tagName = `h${Math.min(6, Number(m[1]) + 2)}`;
    });
  };
}

// GitHub's sanitize schema, without the `user-content-` clobber prefix games we do not need,
// and with links limited to web and mail schemes.
const schema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'], src: ['http', 'https'] },
};

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  // Raw HTML in Markdown is dropped, not passed through: editors write Markdown.
  .use(remarkRehype)
  .use(demoteHeadings)
  .use(rehypeSanitize, schema)
  .use(rehypeStringify);

/** Renders editors' or IPEX Markdown to HTML with no scripts, handlers or unsafe links. */
export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}
