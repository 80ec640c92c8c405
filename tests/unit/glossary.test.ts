import { describe, expect, it } from 'vitest';
import { byLetter, letterOf, sortTerms, termsUsed } from '../../src/model/glossary.ts';

const term = (id: string, en: string, fr?: string, withdrawn?: string) => ({ id, title: { en, ...(fr && { fr }) }, ...(withdrawn && { withdrawn }) });
const TERMS = [
  term('1', 'Reasoned opinion', 'Avis motivé'),
  term('2', 'Yellow card', 'Carton jaune'),
  term('3', 'Orange card', 'Carton orange'),
  term('4', 'Political dialogue', 'Dialogue politique'),
  term('5', 'Subsidiarity', 'Subsidiarité'),
  term('6', 'Early warning', 'Alerte précoce', '2026-11-01T00:00:00.000Z'),
  term('7', 'Écluse', 'Écluse'),
];
const names = (list: { title: { en: string; fr?: string } }[], lang: 'en' | 'fr') => list.map((t) => t.title[lang] ?? t.title.en);

describe('the glossary in a language', () => {
  it('sorts terms alphabetically in the language, accents and case aside', () => {
    expect(names(sortTerms(TERMS, 'fr'), 'fr')).toEqual([
      'Alerte précoce',
      'Avis motivé',
      'Carton jaune',
      'Carton orange',
      'Dialogue politique',
      'Écluse',
      'Subsidiarité',
    ]);
    expect(names(sortTerms(TERMS, 'en'), 'en')).toEqual([
      'Early warning',
      'Écluse',
      'Orange card',
      'Political dialogue',
      'Reasoned opinion',
      'Subsidiarity',
      'Yellow card',
    ]);
  });

  it('files terms under their letter without accents, symbols and digits under #', () => {
    expect(letterOf('Écluse', 'fr')).toBe('E');
    expect(letterOf('Ωmega', 'el')).toBe('Ω');
    expect(letterOf('2026 budget', 'en')).toBe('#');
    expect(byLetter(TERMS, 'fr').map((g) => [g.letter, g.terms.length])).toEqual([
      ['A', 2],
      ['C', 2],
      ['D', 1],
      ['E', 1],
      ['S', 1],
    ]);
  });
});

describe('terms a page uses', () => {
  it('finds whole words in either case, plurals too, and ignores markup', () => {
    const used = termsUsed(
      ['<p>Three <strong>reasoned opinions</strong> so far; the yellow-card threshold is 18.</p>', 'Subsidiarity deadline: 21 January'],
      TERMS,
      'en',
    );
    expect(names(used, 'en')).toEqual(['Reasoned opinion', 'Subsidiarity', 'Yellow card']);
  });

  it('matches the page’s language and not parts of other words', () => {
    expect(names(termsUsed(['Deux avis motivés et un carton jaune.'], TERMS, 'fr'), 'fr')).toEqual(['Avis motivé', 'Carton jaune']);
    expect(termsUsed(['Two reasoned opinions.'], TERMS, 'fr')).toEqual([]);
    expect(termsUsed(['Subsidiaritysomething and orange cardboard'], TERMS, 'en')).toEqual([]);
  });

  it('leaves withdrawn terms out', () => {
    expect(termsUsed(['An early warning.'], TERMS, 'en')).toEqual([]);
  });
});
