import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allLanguages } from '../../src/config/resolve.ts';
import { loadContent } from '../../src/content/load.ts';
import { EU_LANGUAGE_ORDER } from '../../src/i18n/locale.ts';
import { ROOT } from '../support/build.ts';

const content = await loadContent({ dir: path.join(ROOT, 'content'), defaultTimeZone: 'Europe/Brussels' });

// How each language version opens the title of a Commission proposal, as EUR-Lex shows it
// ("Proposal for a REGULATION …", "Wniosek ROZPORZĄDZENIE …", "Ettepanek: EUROOPA PARLAMENDI …"),
// as patterns: COM(2012) 130 is "Vorschlag für VERORDNUNG DES RATES" in German.
const PROPOSAL: Record<string, string> = {
  bg: 'Предложение за ',
  cs: 'Návrh ',
  da: 'Forslag til ',
  de: 'Vorschlag für (?:eine )?',
  el: 'Πρόταση ',
  en: 'Proposal for a ',
  es: 'Propuesta de ',
  et: 'Ettepanek: ',
  fi: 'Ehdotus ',
  fr: 'Proposition de ',
  ga: 'Togra le haghaidh ',
  hr: 'Prijedlog ',
  hu: 'Javaslat ',
  it: 'Proposta di ',
  lt: 'Pasiūlymas ',
  lv: 'Priekšlikums ',
  mt: 'Proposta għal ',
  nl: 'Voorstel voor een ',
  pl: 'Wniosek ',
  pt: 'Proposta de ',
  ro: 'Propunere de ',
  sk: 'Návrh ',
  sl: 'Predlog ',
  sv: 'Förslag till ',
};

describe('the sample documents’ titles', () => {
  it('are there in each of the 24 official languages the sample builds (Regulation No 1, Article 1)', () => {
    expect(allLanguages.map((l) => l.code).sort()).toEqual([...EU_LANGUAGE_ORDER].sort());
    expect(content.documents.length).toBeGreaterThan(0);
    for (const doc of content.documents) {
      for (const lang of EU_LANGUAGE_ORDER) expect(doc.title[lang]?.trim(), `${doc.reference} in ${lang}`).toBeTruthy();
    }
  });

  it('differ between any two languages, and Greek and Bulgarian are written in their own script', () => {
    for (const doc of content.documents) {
      const texts = EU_LANGUAGE_ORDER.map((lang) => doc.title[lang]);
      expect(new Set(texts).size, doc.reference).toBe(EU_LANGUAGE_ORDER.length);
      expect(doc.title.el, doc.reference).not.toMatch(/[A-Za-z]/);
      expect(doc.title.bg, doc.reference).not.toMatch(/[A-Za-z]/);
    }
  });

  it('open a proposal with its language’s formula', () => {
    const proposals = content.documents.filter((d) => d.procedure !== undefined);
    expect(proposals.length).toBeGreaterThan(0);
    for (const doc of proposals) {
      for (const lang of EU_LANGUAGE_ORDER) expect(doc.title[lang], `${doc.reference} in ${lang}`).toMatch(new RegExp(`^${PROPOSAL[lang]}\\p{Lu}`, 'u'));
    }
  });
});

// Where two languages really write a term alike: COSAC is the acronym of its French name in every
// language; Czech and Slovak, Danish and Swedish, Spanish and Portuguese, Croatian and Slovene share
// words, and Estonian and Swedish abbreviate "number" alike (nr).
const SHARED: Record<string, string[][]> = {
  cosac: [[...EU_LANGUAGE_ORDER].sort()],
  'yellow-card': [['da', 'sv']],
  'orange-card': [
    ['cs', 'sk'],
    ['da', 'sv'],
  ],
  'political-dialogue': [
    ['da', 'sv'],
    ['es', 'pt'],
  ],
  subsidiarity: [['cs', 'sk']],
  proportionality: [['cs', 'sk']],
  'subsidiarity-check': [['cs', 'sk']],
  'protocol-no-2': [
    ['cs', 'sk'],
    ['es', 'pt'],
    ['et', 'sv'],
  ],
  'legal-basis': [['es', 'pt']],
  'ipex-correspondent': [
    ['cs', 'pl', 'sl'],
    ['da', 'sv'],
  ],
  'hot-topic': [['hr', 'sl']],
};

// The generated terms; editors' own terms (`hub-…`, such as the example "IPEX Hub") are theirs to name.
const terms = content.glossary.filter((t) => !t.id.startsWith('hub-'));

describe('the sample glossary’s terms', () => {
  it('are named in each of the 24 official languages', () => {
    expect(terms.length).toBeGreaterThan(0);
    for (const term of terms) {
      for (const lang of EU_LANGUAGE_ORDER) expect(term.title[lang]?.trim(), `${term.slug} in ${lang}`).toBeTruthy();
    }
  });

  it('differ between languages, except where the languages write the term alike', () => {
    for (const term of terms) {
      const alike = new Map<string, string[]>();
      for (const lang of [...EU_LANGUAGE_ORDER].sort()) alike.set(term.title[lang] ?? '', [...(alike.get(term.title[lang] ?? '') ?? []), lang]);
      expect(
        [...alike.values()].filter((langs) => langs.length > 1),
        term.slug,
      ).toEqual(SHARED[term.slug] ?? []);
    }
  });
});
