import { readFileSync } from 'node:fs';
import path from 'node:path';
import { create, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { emojiImage } from '../../src/cards/emoji.ts';
import { loadFonts } from '../../src/cards/fonts.ts';
import { renderCard, type RenderTrace } from '../../src/cards/render.ts';
import type { CardSpec } from '../../src/cards/spec.ts';
import { caps } from '../../src/cards/templates/frame.ts';
import { cardTree } from '../../src/cards/templates/index.ts';
import { files } from '../../src/i18n/strings/index.ts';
import { ROOT } from '../support/build.ts';
import { goldenCases } from './cases.ts';

const TITLES: Record<string, string> = JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/cards/eu-languages.json'), 'utf8'));
const EMOJI_TITLE = 'COSAC plenary 🎉 with 🇪🇺 flags and 👩🏽‍💻 staff';
const fonts = loadFonts().map((f) => create(f.data) as Font);
const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** The characters of a text that some weight of the card fonts has no glyph for. */
const missingGlyphs = (text: string) =>
  [...new Set(text)].filter((ch) => !/\s/u.test(ch) && fonts.some((f) => !f.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0)));

/** Every string in a strings file, nested objects and arrays included. */
const stringsOf = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(stringsOf) : [];

/** A strings file's texts a card may draw: all but the feeds page's tool-by-tool steps (`howTo`, with its → arrows). */
const cardStrings = (file: unknown) =>
  Object.entries(file as Record<string, unknown>)
    .filter(([key]) => key !== 'howTo')
    .flatMap(([, value]) => stringsOf(value));

/** What a card draws as text: labels and the event's month in capitals, as the template sets them. */
const drawnText = (spec: CardSpec) =>
  [spec.brand, caps(spec.label, spec.lang), spec.title, ...spec.details, spec.dateBlock?.day ?? '', caps(spec.dateBlock?.month ?? '', spec.lang)].join(' ');

const spec = (lang: string, title: string): CardSpec => ({
  template: 'news',
  format: 'wide',
  lang,
  name: `test/${lang}`,
  label: 'News',
  title,
  details: [title],
  brand: 'IPEX Hub',
  colors: { ink: '#0b2a4a', accent: '#b8860b', paper: '#ffffff' },
});

describe('card fonts cover every EU official language', () => {
  it('has the 24 languages in the fixture', () => {
    expect(Object.keys(TITLES)).toHaveLength(24);
  });

  it.each(Object.entries(TITLES))('%s: every code point has a glyph in every weight', (_, title) => {
    expect(missingGlyphs(title)).toEqual([]);
  });

  it.each(Object.entries(files))('%s: the interface strings, and in capitals, have a glyph for every code point', (lang, strings) => {
    const text = cardStrings(strings).join(' ');
    expect(missingGlyphs(`${text} ${caps(text, lang)}`)).toEqual([]);
  });

  it.each(Object.entries(goldenCases))('golden card %s: everything it draws has a glyph in every weight', (_, spec) => {
    expect(missingGlyphs(drawnText(spec))).toEqual([]);
  });

  it.each(Object.entries(TITLES))('%s: satori asks for no fallback font while drawing', async (lang, title) => {
    const trace: RenderTrace = { fallbacks: [] };
    const png = await renderCard(spec(lang, title), trace);
    expect(trace.fallbacks).toEqual([]);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });

  it('draws emoji from the shipped Twemoji assets, and nothing else falls back', async () => {
    const trace: RenderTrace = { fallbacks: [] };
    await renderCard(spec('en', EMOJI_TITLE), trace);
    const emoji = [...segmenter.segment(EMOJI_TITLE)].map((s) => s.segment).filter((g) => /\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(g));
    expect(emoji).toEqual(['🎉', '🇪🇺', '👩🏽‍💻']);
    expect(trace.fallbacks.filter((f) => f.code !== 'emoji')).toEqual([]);
    expect(trace.fallbacks.map((f) => f.segment)).toEqual(expect.arrayContaining(emoji));
    for (const g of emoji) expect(emojiImage(g), g).toMatch(/^data:image\/svg\+xml;base64,/);
  });

  it('has no emoji asset for text that is not an emoji', () => {
    expect(emojiImage('A')).toBeUndefined();
  });
});

describe('card capitals follow the language', () => {
  it('writes Greek capitals without accents and keeps the diaeresis', () => {
    // Greek spelling puts no accent on words in capitals, the diaeresis stays (ΠΡΟΪΟΝ); CLDR's el-Upper
    // transform, which ICU applies for the el locale. CSS text-transform in satori would keep them (ΕΊΔΗΣΗ).
    expect(caps('Είδηση · προϊόν · Μαΐου', 'el')).toBe('ΕΙΔΗΣΗ · ΠΡΟΪΟΝ · ΜΑΪΟΥ');
    const tree = JSON.stringify(cardTree({ ...spec('el', 'Βουλή των Ελλήνων'), label: 'Είδηση' }));
    expect(tree).toContain('"ΕΙΔΗΣΗ"');
    expect(tree).not.toContain('ΕΊΔΗΣΗ');
  });

  it('keeps the diacritics of the Latin-script languages in capitals', () => {
    const words = [
      ['mt', 'Aħbar', 'AĦBAR'],
      ['ro', 'Știre', 'ȘTIRE'],
      ['hu', 'tőzsde', 'TŐZSDE'],
      ['lt', 'Žodynėlis', 'ŽODYNĖLIS'],
      ['de', 'Straße', 'STRASSE'],
    ] as const;
    for (const [lang, word, upper] of words) expect(caps(word, lang), lang).toBe(upper);
  });
});
