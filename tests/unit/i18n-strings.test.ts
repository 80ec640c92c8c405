import { describe, expect, it, vi } from 'vitest';
import config from '../../src/config/hub.config.ts';
import { coverage, coverageTable } from '../../src/i18n/coverage.ts';
import { descriptions } from '../../src/i18n/descriptions.ts';
import { count, type Plural } from '../../src/i18n/plural.ts';
import { checkStrings, isPluralForms, meetsStrings, placeholders, stringsSchema, type StringsTree } from '../../src/i18n/schema.ts';
import { files, reference } from '../../src/i18n/strings/index.ts';
import { loadStrings, resolveStrings } from '../../src/i18n/ui.ts';

const EU = 'bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv'.split(' ');
const COUNTS = ['deadlineIn', 'searchResults', 'daysLeft', 'closingNews', 'votesShort'] as const;

/** Every entry of a strings tree with its path: strings, arrays' strings, count strings' forms. */
function leaves(tree: unknown, path = ''): [string, string][] {
  if (typeof tree === 'string') return [[path, tree]];
  if (Array.isArray(tree)) return tree.flatMap((v, i) => leaves(v, `${path}.${i}`));
  if (tree && typeof tree === 'object') return Object.entries(tree).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [];
}

/** The English string at a path ("daysLeft.few" → English "other" form). */
function englishAt(path: string): string | undefined {
  let node: unknown = reference;
  for (const part of path.split('.')) {
    if (isPluralForms(node)) return node.other;
    node = (node as Record<string, unknown> | undefined)?.[part];
  }
  return typeof node === 'string' ? node : undefined;
}

describe('strings files', () => {
  it('the hub configures the 24 official languages of the EU', () => {
    expect(config.languages.map((l) => l.code).sort()).toEqual(EU);
    expect(Object.fromEntries(config.languages.map((l) => [l.code, l.ogLocale]))).toMatchObject({
      el: 'el_GR',
      ga: 'ga_IE',
      mt: 'mt_MT',
      en: 'en_GB',
      pt: 'pt_PT',
      sl: 'sl_SI',
      sv: 'sv_SE',
      cs: 'cs_CZ',
      da: 'da_DK',
      et: 'et_EE',
    });
  });

  it.each(Object.keys(files))('%s.json is valid against the schema', (lang) => {
    expect(() => checkStrings(reference, lang, files[lang])).not.toThrow();
  });

  it.each(Object.keys(files))('%s.json passes the quick check the build makes before the schema', (lang) => {
    expect(meetsStrings(reference, lang, files[lang])).toBe(true);
  });

  it('the quick check passes no file the schema fails', () => {
    const fr = files.fr as StringsTree;
    const broken: unknown[] = [
      { ...fr, home: '' },
      { ...fr, home: 7 },
      { ...fr, itemsTagged: 'Éléments {label}' },
      { ...fr, homePage: 'Accueil' },
      { ...fr, shareSteps: ['un', 'deux'] },
      { ...fr, shareSteps: 'un' },
      { ...fr, daysLeft: { one: '{n} jour', other: '{n} jours' } },
      { ...fr, daysLeft: { one: '{n} jour', many: '{n} jours', other: '{n} jours', two: '{n} jours' } },
      { ...fr, daysLeft: ['{n} jour'] },
      { ...fr, evaluation: { statuses: { ok: '' } } },
      { ...fr, evaluation: { unknown: 'x' } },
      { ...fr, evaluation: 'x' },
      [],
      'fr',
    ];
    for (const data of broken) {
      expect(stringsSchema(reference, 'fr').safeParse(data).success, JSON.stringify(data).slice(0, 80)).toBe(false);
      expect(meetsStrings(reference, 'fr', data), JSON.stringify(data).slice(0, 80)).toBe(false);
    }
  });

  it.each(Object.keys(files))('%s.json has exactly the English placeholders in every string', (lang) => {
    for (const [path, text] of leaves(files[lang])) expect(placeholders(text), `${lang}: ${path}`).toEqual(placeholders(englishAt(path) ?? ''));
  });

  it('names the file and the key of every error: unknown keys, array lengths, plural categories, placeholders', () => {
    const bad = {
      home: 'Start',
      homePage: 'Start',
      shareSteps: ['one', 'two'],
      daysLeft: { one: '{n} dzień', other: '{n} dni' },
      votesShort: { one: '{n}', few: '{n}', many: '{n}', other: '{n}', two: '{n}' },
      itemsTagged: 'Elementy oznaczone {label}',
      evaluation: { statuses: { ok: '' } },
    };
    expect(() => checkStrings(reference, 'pl', bad)).toThrow(
      new Error(
        [
          'src/i18n/strings/pl.json is not valid:',
          '  shareSteps: expected 3 entries, as in English',
          '  itemsTagged: has placeholders {label}, English has {tag}',
          '  evaluation.statuses.ok: is empty',
          '  daysLeft.few: missing',
          '  daysLeft.many: missing',
          '  votesShort: plural categories of pl are few, many, one, other (CLDR)',
          '  (file): Unrecognized key: "homePage"',
        ].join('\n'),
      ),
    );
  });

  it('gives translators a description of the keys it describes, and describes only keys that exist', () => {
    for (const path of Object.keys(descriptions)) expect(englishAt(path) ?? leaves(reference).some(([p]) => p.startsWith(`${path}.`)), path).toBeTruthy();
    const schema = stringsSchema(reference, 'de');
    expect(JSON.stringify(schema.toJSONSchema?.() ?? {})).toContain(descriptions.daysLeft);
  });
});

// The categories CLDR gives each language at 0, 1, 2, 5, 21, 22 and 101, from its plural rules
// (https://www.unicode.org/cldr/charts/48/supplemental/language_plural_rules.html): e.g. Polish
// one: i = 1; few: i % 10 = 2..4 and i % 100 != 12..14; many: the other integers. Portuguese is
// Portugal's (pt-PT: one is 1 only; Brazil's pt counts 0 as one too).
const NUMBERS = [0, 1, 2, 5, 21, 22, 101];
const CLDR: Record<string, string> = {
  en: 'other one other other other other other',
  bg: 'other one other other other other other',
  cs: 'other one few other other other other',
  da: 'other one other other other other other',
  de: 'other one other other other other other',
  el: 'other one other other other other other',
  es: 'other one other other other other other',
  et: 'other one other other other other other',
  fi: 'other one other other other other other',
  fr: 'one one other other other other other',
  ga: 'other one two few other other other',
  hr: 'other one few other one few one',
  hu: 'other one other other other other other',
  it: 'other one other other other other other',
  lt: 'other one few few one few one',
  lv: 'zero one other other one other one',
  mt: 'few one two few other other other',
  nl: 'other one other other other other other',
  pl: 'many one few many many few many',
  pt: 'other one other other other other other',
  ro: 'few one few few other other few',
  sk: 'other one few other other other other',
  sl: 'other one two other other other one',
  sv: 'other one other other other other other',
};

describe('count strings', () => {
  it.each(EU)('%s: picks the CLDR form at 0, 1, 2, 5, 21, 22 and 101', (lang) => {
    // Forms that say their own category, so the output shows which one was picked.
    const forms = { zero: 'zero {n}', one: 'one {n}', two: 'two {n}', few: 'few {n}', many: 'many {n}', other: 'other {n}' };
    const plural: Plural = { lang, forms };
    expect(NUMBERS.map((n) => count(plural, n)).join(' ')).toBe(NUMBERS.map((n, i) => `${CLDR[lang]?.split(' ')[i]} ${n}`).join(' '));
  });

  it.each(EU)('%s: renders every count string at 0, 1, 2, 5, 21, 22 and 101 in the right form (English rules where it falls back)', (lang) => {
    const file = files[lang];
    const { strings } = resolveStrings(lang, file === undefined ? undefined : checkStrings(reference, lang, file));
    for (const key of COUNTS) {
      const plural = strings[key];
      const rules = (CLDR[plural.lang] ?? '').split(' ');
      NUMBERS.forEach((n, i) => {
        const form = plural.forms[rules[i] as Intl.LDMLPluralRule];
        expect(form, `${lang} ${key} has a ${rules[i]} form`).toBeDefined();
        expect(count(plural, n, { date: 'D', asOf: 'A', q: 'Q', ref: 'R' }), `${lang} ${key} ${n}`).toBe(
          form?.replace('{n}', String(n)).replace('{date}', 'D').replace('{asOf}', 'A').replace('{q}', 'Q').replace('{ref}', 'R'),
        );
      });
    }
  });

  it('says "1 day left", "1 more vote needed" and "1 result" in English, and the plural from 2', () => {
    const { strings: t } = resolveStrings('en', reference);
    expect([count(t.daysLeft, 1), count(t.votesShort, 1), count(t.searchResults, 1, { q: 'COSAC' })]).toEqual([
      '1 day left',
      '1 more vote needed',
      '1 result for “COSAC”',
    ]);
    expect([count(t.daysLeft, 2), count(t.votesShort, 21), count(t.searchResults, 0, { q: 'COSAC' })]).toEqual([
      '2 days left',
      '21 more votes needed',
      '0 results for “COSAC”',
    ]);
    expect(count(t.closingNews, 1, { ref: 'COM(2026) 538' })).toBe('The subsidiarity check on COM(2026) 538 closes in 1 day');
  });

  it('writes the number as the language does', () => {
    const { strings: t } = resolveStrings('fr', checkStrings(reference, 'fr', files.fr));
    expect(count(t.searchResults, 1, { q: 'COSAC' })).toBe('1 résultat pour « COSAC »');
    expect(count(t.searchResults, 1234, { q: 'COSAC' })).toBe('1\u202f234 résultats pour « COSAC »');
  });
});

describe('fallback to English', () => {
  const partial: StringsTree = { home: 'Startseite', evaluation: { nav: 'Probephase' } };

  it('fills every missing string from English, with English plural rules for a missing count string', () => {
    const { strings, missing } = resolveStrings('de', partial);
    expect([strings.home, strings.news, strings.evaluation.nav, strings.evaluation.title]).toEqual([
      'Startseite',
      'News',
      'Probephase',
      'Trial evaluation: scorecard',
    ]);
    expect(count(strings.daysLeft, 1)).toBe('1 day left');
    expect(missing).toContain('news');
    expect(missing).toContain('evaluation.title');
    expect(missing).not.toContain('home');
    expect(missing).not.toContain('evaluation');
    expect(missing).toHaveLength(coverage('de', {}).total - 2);
  });

  it('warns once per language, with the number of missing strings', () => {
    const warn = vi.fn();
    loadStrings('de', partial, warn);
    expect(warn).toHaveBeenCalledTimes(1);
    const missing = coverage('de', {}).total - 2; // all but the two the partial file has
    expect(warn.mock.calls[0]?.[0]).toMatch(
      new RegExp(`^\\[i18n\\] de: ${missing} strings missing \\(chambersTitle, chambersIntro, .*\\); shown in English\\.`),
    );
    const none = vi.fn();
    loadStrings('mt', undefined, none);
    expect(none.mock.calls).toEqual([[expect.stringMatching(/^\[i18n\] mt: no src\/i18n\/strings\/mt\.json; shown in English\./)]]);
    const full = vi.fn();
    loadStrings('fr', files.fr, full);
    expect(full).not.toHaveBeenCalled();
  });

  it('stops on an invalid file, naming it', () => {
    expect(() => loadStrings('de', { daysLeft: 'Tage' }, () => {})).toThrow(/^src\/i18n\/strings\/de\.json is not valid:\n {2}daysLeft: /);
  });
});

describe('coverage report', () => {
  it('prints a row per language: file, translated entries, coverage and the first keys in English', () => {
    const total = coverage('en', files.en).total;
    const table = coverageTable([
      coverage('en', files.en),
      coverage('de', { home: 'Startseite', news: 'Nachrichten' }),
      coverage('mt', undefined),
      coverage('pl', { homePage: 'x' }),
    ]);
    const [head, rule, ...rows] = table.split('\n');
    expect(head).toBe('language  file  translated  coverage  in English (first keys)');
    expect(rule).toMatch(/^-{8} {2}-{4} {2}-{10} {2}-{8} {2}-+$/);
    expect(rows).toEqual([
      `en        yes   ${total}/${total}     100%`,
      `de        yes   2/${total}       0%        chambersTitle, chambersIntro, chamberDescription +${total - 5}`,
      `mt        no    0/${total}       0%        all`,
      `pl        yes   0/${total}       0%        INVALID: see the errors below`,
    ]);
  });
});
