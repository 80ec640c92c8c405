import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/content/markdown.ts';

describe('renderMarkdown', () => {
  it('keeps links, lists and emphasis', () => {
    const html = renderMarkdown('See [the proposal](https://ipex.eu/IPEXL-WEB/x).\n\n- one\n- **two**\n\n1. first');
    expect(html).toContain('<a href="https://ipex.eu/IPEXL-WEB/x">the proposal</a>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain('<strong>two</strong>');
    expect(html).toContain('<ol>');
  });

  it('drops scripts, event handlers and raw HTML', () => {
    const html = renderMarkdown('Hi <script>alert(1)</script> <img src=x onerror=alert(2)> <b onclick="x()">b</b>');
    expect(html).not.toMatch(/<script|onerror|onclick|<img/i);
    expect(html).toContain('Hi');
  });

  it('removes javascript:, data: and vbscript: link targets but keeps the text', () => {
    for (const scheme of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x', 'vbscript:x']) {
      const html = renderMarkdown(`[click](${scheme})`);
      expect(html).toBe('<p><a>click</a></p>');
    }
  });

  it('nests headings under the page title without skipping a level', () => {
    expect(renderMarkdown('# A\n\n## B')).toBe('<h2>A</h2>\n<h3>B</h3>');
    // IPEX and editors jump levels: each heading goes one below its parent, never further.
    expect(renderMarkdown('### A\n\n##### B\n\n###### C\n\n#### D\n\n## E')).toBe('<h2>A</h2>\n<h3>B</h3>\n<h4>C</h4>\n<h3>D</h3>\n<h2>E</h2>');
  });
});

describe('renderMarkdown URLs', () => {
  it('makes relative links absolute against the site, and keeps in-page anchors', () => {
    const html = renderMarkdown('[a](/en/news/x/) [b](../y) [c](#top) [d](https://ipex.eu/z)', 'https://hub.example.eu/');
    expect(html).toContain('href="https://hub.example.eu/en/news/x/"');
    expect(html).toContain('href="https://hub.example.eu/y"');
    expect(html).toContain('href="#top"');
    expect(html).toContain('href="https://ipex.eu/z"');
  });
});
