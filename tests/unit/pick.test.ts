import { describe, expect, it } from 'vitest';
import { defaultLang, langCodes } from '../../src/config/resolve.ts';
import { hasPage, pageLang, pageLangs, pick } from '../../src/model/pick.ts';
import { documentPath, glossaryPath, itemPath } from '../../src/model/urls.ts';

describe('pick (language fallback)', () => {
  it('takes the asked language when present', () => {
    expect(pick({ en: 'Hello', fr: 'Bonjour' }, 'fr')).toEqual({ text: 'Bonjour', lang: 'fr' });
  });
  it('falls back to the default language, and says so', () => {
    expect(pick({ en: 'Hello', de: 'Hallo' }, 'fr')).toEqual({ text: 'Hello', lang: 'en' });
  });
  it('falls back to any language when the default is missing too', () => {
    expect(pick({ el: 'Βουλή' }, 'fr')).toEqual({ text: 'Βουλή', lang: 'el' });
  });
  it('gives nothing for absent text', () => {
    expect(pick(undefined, 'en')).toBeUndefined();
  });
});

// Issue "every EU language": an item's landing page exists in a language only where its source gave
// its text in that language; lists elsewhere link to the page in the language the title is shown in.
// Unit tests run with the test languages, en and fr (tests/support/languages.ts).
describe('the languages an item has pages in', () => {
  it('are the hub languages its title is in, and the default language alone when it is in none', () => {
    expect(langCodes).toEqual(['en', 'fr']);
    expect(pageLangs({ fr: 'Avis motivé', el: 'Αιτιολογημένη γνώμη', en: 'Reasoned opinion' })).toEqual(['en', 'fr']);
    expect(pageLangs({ fr: 'Avis motivé', el: 'Αιτιολογημένη γνώμη' })).toEqual(['fr']);
    expect(pageLangs({ pl: 'Uzasadniona opinia' })).toEqual([defaultLang]);
  });
  it('link a page in another language to the page its title is shown in', () => {
    const item = { kind: 'news' as const, slug: 'avis', title: { fr: 'Avis motivé du Sénat', pl: 'Uzasadniona opinia Senatu' } };
    expect(itemPath(item, 'fr')).toBe('/fr/news/avis/');
    expect(itemPath(item, 'en')).toBe('/fr/news/avis/');
    expect(pick(item.title, 'en')).toEqual({ text: 'Avis motivé du Sénat', lang: 'fr' });
    expect(hasPage(item.title, 'en')).toBe(false);
    expect(hasPage(item.title, 'fr')).toBe(true);
  });
  it('prefer the default language, then the hub languages in order, as the title shown', () => {
    const title = { pl: 'Uzasadniona opinia', fr: 'Avis motivé' };
    expect(pick(title, 'en')?.lang).toBe('fr');
    expect(pageLang(title, 'en')).toBe('fr');
    expect(documentPath('en', { slug: 'com-2026-1', title })).toBe('/fr/documents/com-2026-1/');
    expect(glossaryPath('fr', { slug: 'avis-motive', title })).toBe('/fr/glossary/avis-motive/');
  });
  it('give a page in the default language, saying so, when the title is in no hub language', () => {
    const title = { el: 'Αιτιολογημένη γνώμη' };
    expect(pageLang(title, 'fr')).toBe(defaultLang);
    expect(hasPage(title, defaultLang)).toBe(true);
    expect(pick(title, defaultLang)).toEqual({ text: 'Αιτιολογημένη γνώμη', lang: 'el' });
  });
});
