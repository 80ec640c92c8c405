import { hub } from '../config/resolve.ts';
import { remember } from '../model/memo.ts';

/** BCP 47 locale for Intl formatting of a hub language (`en` → `en-GB`, as EU English writes dates). */
export function intlLocale(lang: string): string {
  return hub.languages.find((l) => l.code === lang)?.ogLocale.replace('_', '-') ?? lang;
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
