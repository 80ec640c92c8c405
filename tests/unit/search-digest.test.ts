import { describe, expect, it } from 'vitest';
import { indexedDigest } from '../../src/search/parts.ts';

const page = (lang: string, article: string, rest = '') =>
  `<!DOCTYPE html><html lang="${lang}"><head><title>T</title></head><body><main><article data-pagefind-body>${article}</article>${rest}</main></body></html>`;

describe('what search reads of a page', () => {
  it('changes with the article and the language, not with what lies outside the article', () => {
    const base = indexedDigest(page('en', '<h1>Digital omnibus</h1>', '<section><h2>Related</h2><a href="/a/">A</a></section>'));
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(indexedDigest(page('en', '<h1>Digital omnibus</h1>', '<section><h2>Related</h2><a href="/b/">B</a></section>'))).toBe(base);
    expect(indexedDigest(page('en', '<h1>Digital omnibus, amended</h1>'))).not.toBe(base);
    expect(indexedDigest(page('fr', '<h1>Digital omnibus</h1>'))).not.toBe(base);
  });

  it('reads a nested element of the same name to its real end', () => {
    const nested = (inner: string, after: string) => page('en', `<h1>X</h1><article><p>${inner}</p></article><p>tail</p>`, after);
    const base = indexedDigest(nested('a', ''));
    // The text after the inner article is still inside the indexed one.
    expect(indexedDigest(page('en', '<h1>X</h1><article><p>a</p></article><p>other tail</p>'))).not.toBe(base);
    expect(indexedDigest(nested('a', '<p>outside</p>'))).toBe(base);
  });

  it('is empty for a page with nothing to index', () => {
    expect(indexedDigest('<!DOCTYPE html><html lang="en"><body><main><h1>News</h1></main></body></html>')).toBe('');
  });
});
