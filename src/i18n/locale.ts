import { allLanguages } from '../config/resolve.ts';
import { remember } from '../model/memo.ts';

/** BCP 47 locale for Intl formatting of a hub language (`en` → `en-GB`, as EU English writes dates). */
export function intlLocale(lang: string): string {
  return allLanguages.find((l) => l.code === lang)?.ogLocale.replace('_', '-') ?? lang;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** A cached Intl.DateTimeFormat for a hub language: building one costs far more than using it. */
export function dateFormat(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  return remember(formats, key, () => new Intl.DateTimeFormat(intlLocale(lang), options));
}

const lists = new Map<string, Intl.ListFormat>();

/** A cached list format for a hub language: "a, b and c". */
export function listFormat(lang: string): Intl.ListFormat {
  return remember(lists, lang, () => new Intl.ListFormat(intlLocale(lang), { type: 'conjunction' }));
}

/**
 * The EU's order of its languages: by each language's own name, as the Interinstitutional Style
 * Guide lists them (section 7.2.1: bg es cs da de et el en fr ga hr it lv lt hu mt nl pl pt ro sk sl fi sv).
 */
export const EU_LANGUAGE_ORDER = [
  'bg',
  'es',
  'cs',
  'da',
  'de',
  'et',
  'el',
  'en',
  'fr',
  'ga',
  'hr',
  'it',
  'lv',
  'lt',
  'hu',
  'mt',
  'nl',
  'pl',
  'pt',
  'ro',
  'sk',
  'sl',
  'fi',
  'sv',
] as const;

/** An official language of the EU, by its code. */
export type EuLanguage = (typeof EU_LANGUAGE_ORDER)[number];

/** Language codes in the EU's order, any others after them in their own order. */
export function inEuOrder(codes: readonly string[]): string[] {
  const order: readonly string[] = EU_LANGUAGE_ORDER;
  const rank = (c: string) => (order.includes(c) ? order.indexOf(c) : order.length);
  return [...codes].sort((a, b) => rank(a) - rank(b));
}

const names = new Map<string, string>();

/** A language's name in that language, as CLDR writes it (Intl.DisplayNames): "polski", "Ελληνικά", "Gaeilge". */
export function languageName(lang: string): string {
  return remember(names, lang, () => new Intl.DisplayNames([lang], { type: 'language', fallback: 'code' }).of(lang) ?? lang);
}
