import { hub } from '../config/resolve.ts';
import { inEuOrder, languageName } from '../i18n/locale.ts';
import type { PageMeta } from '../model/meta.ts';
import { homePath } from '../model/urls.ts';

/** One entry of the language chooser. */
export interface LanguageChoice {
  code: string;
  /** The language's name in itself ("polski"). */
  name: string;
  /** Site path: this page in that language where it exists, else that language's home. */
  href: string;
  /** Whether it is the page's own language. */
  current: boolean;
}

/** The language chooser of a page: every hub language in the EU's order. */
export function languageChoices(meta: Pick<PageMeta, 'lang' | 'alternates'>): LanguageChoice[] {
  return inEuOrder(hub.languages.map((l) => l.code)).map((code) => {
    const alternate = meta.alternates[code];
    return { code, name: languageName(code), href: alternate ? new URL(alternate).pathname : homePath(code), current: code === meta.lang };
  });
}
