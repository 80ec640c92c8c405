import { describe, expect, it } from 'vitest';
import { jsonListFile } from '../../src/output/json.ts';

// The files' format is JSON.stringify's with one space of indentation and a final newline; made an
// entry at a time, they must stay byte for byte what it writes.
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const whole = (head: Record<string, unknown>, key: string, list: unknown[]) => `${JSON.stringify({ ...head, [key]: list }, null, 1)}\n`;

describe('a JSON file made one list entry at a time', () => {
  const entries = [
    { id: 'news/1', title: 'Débat – « Europe »\nsecond line', posts: { x: { text: 'a 🇪🇺 post', facets: [{ index: [0, 1] }] } }, empty: {}, none: [] },
    [1, 'two', null],
    'plain',
    42,
  ];

  it('writes what JSON.stringify writes, with the list last', () => {
    const head = { previousManifest: 'https://hub.example.eu/social/manifest.json', count: entries.length };
    expect(text(jsonListFile(head, 'items', entries))).toBe(whole(head, 'items', entries));
    expect(text(jsonListFile({ lang: 'fr' }, 'items', entries.slice(0, 1)))).toBe(whole({ lang: 'fr' }, 'items', entries.slice(0, 1)));
  });

  it('writes an empty list and a head without fields as JSON.stringify does', () => {
    expect(text(jsonListFile({ count: 0 }, 'items', []))).toBe(whole({ count: 0 }, 'items', []));
    expect(text(jsonListFile({}, 'items', entries))).toBe(whole({}, 'items', entries));
    expect(text(jsonListFile({}, 'items', []))).toBe(whole({}, 'items', []));
  });

  it('takes the entries from a generator, one at a time', () => {
    function* made() {
      for (const e of entries) yield e;
    }
    expect(text(jsonListFile({ lang: 'en' }, 'items', made()))).toBe(whole({ lang: 'en' }, 'items', entries));
  });
});
