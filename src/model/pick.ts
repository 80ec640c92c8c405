import { defaultLang, langCodes } from '../config/resolve.ts';

/** A text and the language it is really in (which differs from the page's on fallback). */
export interface Picked {
  text: string;
  lang: string;
}

/** The text in `lang`, else in the default language, else in the first hub language it has, else in
 * any language it has. */
export function pick(local: Record<string, string> | undefined, lang: string): Picked | undefined {
  if (!local) return undefined;
  for (const l of [lang, defaultLang, ...langCodes]) {
    const text = local[l];
    if (text) return { text, lang: l };
  }
  const first = Object.entries(local).find(([, t]) => t);
  return first ? { text: first[1], lang: first[0] } : undefined;
}

/** Like pick, for fields the schema guarantees (titles). */
export function pickText(local: Record<string, string>, lang: string): string {
  return pick(local, lang)?.text ?? '';
}

// An item, document or glossary term has a page in a hub language only where its source gave its
// title in that language: no page pretends a translation it does not have. Lists in other
// languages show it under the title `pick` chooses and link to the page in that title's language.

/** The hub languages a title is in, i.e. the languages its landing pages exist in; the default
 * language alone when it is in none of them (that one page then says so). */
export function pageLangs(title: Record<string, string>): string[] {
  const own = langCodes.filter((l) => title[l]);
  return own.length ? own : [defaultLang];
}

/** The language of the page that a page in `lang` links to: `lang` where the title is in it, else
 * the language `pick` shows the title in (when the hub has pages in it), else the default language. */
export function pageLang(title: Record<string, string>, lang: string): string {
  const picked = pick(title, lang)?.lang;
  return picked !== undefined && langCodes.includes(picked) ? picked : defaultLang;
}

/** Whether a title's landing page exists in `lang`. */
export function hasPage(title: Record<string, string>, lang: string): boolean {
  return pageLang(title, lang) === lang;
}
