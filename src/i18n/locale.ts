import { hub } from '../config/resolve.ts';

/** BCP 47 locale for Intl formatting of a hub language (`en` → `en-GB`, as EU English writes dates). */
export function intlLocale(lang: string): string {
  return hub.languages.find((l) => l.code === lang)?.ogLocale.replace('_', '-') ?? lang;
}
