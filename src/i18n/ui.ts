import type { SharePlatform } from '../config/define.ts';
import type { Item } from '../model/item.ts';
import type { MeetingDocumentType } from '../model/schemas.ts';
import type { Conference } from '../model/vocabulary.ts';
import { isPluralForms, checkStrings, type StringsTree } from './schema.ts';
import type { Plural } from './plural.ts';
import { files, reference } from './strings/index.ts';

export { count, fill } from './plural.ts';

/** The keys of the count strings: each a `Plural`, filled with `count()`. */
type CountKey = 'deadlineIn' | 'searchResults' | 'daysLeft' | 'closingNews' | 'votesShort';

/** The interface strings of one language, as pages read them: English (strings/en.json) defines the keys. */
export type UiStrings = Omit<typeof reference, CountKey | 'howTo'> & Record<CountKey, Plural> & { howTo: [string, string][] };

// The tables pages index by a vocabulary must cover it (JSON cannot say `satisfies`).
reference.about satisfies Record<Conference, string>;
reference.conferences satisfies Record<Conference, string>;
reference.adoptedByBody satisfies Record<Conference, string>;
reference.platformNames satisfies Record<SharePlatform, string>;
reference.kindLabel satisfies Record<Item['kind'], string>;
reference.meetingDocuments satisfies Record<MeetingDocumentType, string>;

/** One language's strings with English in every gap, and the paths of the gaps. */
export interface Resolved {
  strings: UiStrings;
  missing: string[];
}

/** Merges a checked strings file over English: a missing entry takes the English value (and, for a count string, English plural rules). */
export function resolveStrings(lang: string, data: StringsTree | undefined): Resolved {
  const missing: string[] = [];
  const merge = (english: StringsTree, own: StringsTree | undefined, path: string): Record<string, unknown> =>
    Object.fromEntries(
      Object.entries(english).map(([key, en]) => {
        const at = path ? `${path}.${key}` : key;
        const mine = own?.[key];
        const nested = typeof en === 'object' && !Array.isArray(en) && !isPluralForms(en);
        if (nested) return [key, merge(en, typeof mine === 'object' && !Array.isArray(mine) ? mine : undefined, at)];
        if (mine === undefined) missing.push(at);
        if (isPluralForms(en)) return [key, mine === undefined ? { lang: 'en', forms: en } : { lang, forms: mine }];
        return [key, mine ?? en];
      }),
    );
  // The merge follows the reference's shape key by key, so the result has the reference's type.
  return { strings: merge(reference, data, '') as unknown as UiStrings, missing };
}

const resolved = new Map<string, UiStrings>();

/**
 * Interface strings for a language: its file checked against the schema (an invalid file stops
 * the build, naming the file and keys), English where it has no string; one warning per language
 * that lacks any.
 */
export function ui(lang: string): UiStrings {
  let s = resolved.get(lang);
  if (!s) {
    s = loadStrings(lang, files[lang]);
    resolved.set(lang, s);
  }
  return s;
}

/** One language's strings from its file (or none): checked, completed from English, a gap warned of once. */
export function loadStrings(lang: string, file: unknown, warn: (message: string) => void = console.warn): UiStrings {
  const { strings, missing } = resolveStrings(lang, file === undefined ? undefined : checkStrings(reference, lang, file));
  if (missing.length) {
    const what =
      file === undefined
        ? `no src/i18n/strings/${lang}.json`
        : `${missing.length} strings missing (${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''})`;
    warn(`[i18n] ${lang}: ${what}; shown in English. npm run i18n:report gives every language's coverage.`);
  }
  return strings;
}
