import type { GlossaryData } from './schemas.ts';
import { pickText } from './pick.ts';
import { remember } from './memo.ts';

// The glossary as pages see it: terms in a language's alphabetical order, grouped by letter, and
// which terms a text uses. Pure: the routes pass the texts a page shows.

/** A glossary term as pages, cards and links see it: validated, with its definition rendered. */
export type GlossaryTerm = GlossaryData & { kind: 'glossary'; html: Record<string, string> };

/** A term's name in a language (falling back like every title). */
export function termName(term: Pick<GlossaryTerm, 'title'>, lang: string): string {
  return pickText(term.title, lang);
}

/** Terms in the alphabetical order of a language, accents and case ignored, ties by id. */
export function sortTerms<T extends Pick<GlossaryTerm, 'id' | 'title'>>(terms: readonly T[], lang: string): T[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  return [...terms].sort((a, b) => collator.compare(termName(a, lang), termName(b, lang)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The letter a name is filed under: its first letter without accents, upper case; `#` for digits and symbols. */
export function letterOf(name: string, lang: string): string {
  const first = [...name.normalize('NFD').replace(/\p{M}/gu, '').trim()][0] ?? '';
  return /\p{L}/u.test(first) ? first.toLocaleUpperCase(lang) : '#';
}

/** Sorted terms grouped under their letters, letters in the order their terms come. */
export function byLetter<T extends Pick<GlossaryTerm, 'id' | 'title'>>(terms: readonly T[], lang: string): { letter: string; terms: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const term of sortTerms(terms, lang)) {
    const letter = letterOf(termName(term, lang), lang);
    groups.set(letter, [...(groups.get(letter) ?? []), term]);
  }
  return [...groups].map(([letter, list]) => ({ letter, terms: list }));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A whole-word, case-insensitive pattern for a term's name, plurals and hyphenated forms too (`reasoned opinions`, `avis motivés`, `yellow-card threshold`). */
function namePattern(name: string): RegExp {
  return remember(patterns, name, () => makePattern(name));
}
/** Compiled once per name: every document and topic page in every language tests every term. */
const patterns = new Map<string, RegExp>();
function makePattern(name: string): RegExp {
  const words = name
    .trim()
    .split(/\s+/u)
    .map((w) => `${escape(w)}(?:s|es|x)?`);
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[\\s\\u2010\\u2011-]+')}(?![\\p{L}\\p{N}])`, 'iu');
}

/** Markup and entities out of an HTML text, for matching words in it. */
function plain(text: string): string {
  return text
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ');
}

/** The terms whose name (in the page's language) the texts use, in the language's alphabetical order. */
export function termsUsed<T extends Pick<GlossaryTerm, 'id' | 'title' | 'withdrawn'>>(texts: readonly string[], terms: readonly T[], lang: string): T[] {
  const text = texts.map(plain).join('\n');
  return sortTerms(
    terms.filter((t) => !t.withdrawn && namePattern(termName(t, lang)).test(text)),
    lang,
  );
}
