import { defaultLang } from '../config/resolve.ts';

/** A text and the language it is really in (which differs from the page's on fallback). */
export interface Picked {
  text: string;
  lang: string;
}

/** The text in `lang`, else in the default language, else in the first language it has. */
export function pick(local: Record<string, string> | undefined, lang: string): Picked | undefined {
  if (!local) return undefined;
  for (const l of [lang, defaultLang]) {
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
