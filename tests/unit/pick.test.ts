import { describe, expect, it } from 'vitest';
import { pick } from '../../src/model/pick.ts';

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
