import { describe, expect, it } from 'vitest';
import { generateIpex } from '../../scripts/fake-ipex/generate.ts';
import { withLanguages } from '../../scripts/fake-ipex/languages.ts';
import { EU_LANGUAGE_ORDER } from '../../src/i18n/locale.ts';

// The 24-language benchmark's corpus (issue "every EU language": documents titled in all 24, other
// items in two or three languages), as the fake IPEX serves it: a language's titles in its response.
describe('the benchmark corpus in many languages', () => {
  const data = withLanguages(generateIpex(300), [...EU_LANGUAGE_ORDER]);
  const titled = (r: { byLang?: Record<string, Record<string, unknown>> }, lang: string) =>
    ((r.byLang?.[lang]?.titles ?? []) as { language: string }[]).some((t) => t.language === lang);

  it('titles every document in each of the 24 languages', () => {
    expect(data.document.length).toBeGreaterThan(0);
    for (const doc of data.document) for (const lang of EU_LANGUAGE_ORDER) if (lang !== 'en') expect(titled(doc, lang.toUpperCase()), lang).toBe(true);
  });

  it('gives one news item, meeting or topic in three a third language, the languages in turn', () => {
    for (const records of [data.news, data.event, data.hottopic]) {
      const third = records.map((r) => Object.keys(r.byLang ?? {}).filter((l) => l !== 'FR' && titled(r, l)));
      expect(third.filter((l) => l.length === 1).length).toBe(Math.ceil(records.length / 3));
      expect(third.filter((l) => l.length > 1)).toEqual([]);
    }
    expect(new Set(data.news.flatMap((r) => Object.keys(r.byLang ?? {}))).size).toBeGreaterThan(20);
  });

  it('leaves a two-language corpus as it is', () => {
    const two = generateIpex(30);
    expect(withLanguages(two, ['en', 'fr'])).toBe(two);
  });
});
