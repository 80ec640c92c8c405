import { z } from 'zod';
import { descriptions } from './descriptions.ts';
import { PLURAL_CATEGORIES, pluralCategories } from './plural.ts';

/** A strings file's tree as JSON gives it. */
export type StringsTree = { [key: string]: string | string[] | string[][] | StringsTree };

/** The `{name}` placeholders of a string, sorted and once each. */
export function placeholders(text: string): string[] {
  return [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();
}

/** Whether a value of the English reference is a count string: an object keyed by plural categories only. */
export function isPluralForms(value: unknown): value is Record<string, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    'other' in value &&
    Object.keys(value).every((k) => (PLURAL_CATEGORIES as readonly string[]).includes(k))
  );
}

/** A translated string: not empty, and with exactly the placeholders of the English one. */
function text(english: string): z.ZodString {
  const want = placeholders(english).join(' ');
  return z
    .string({ error: (issue) => (issue.input === undefined ? 'missing' : 'not a string') })
    .min(1, 'is empty')
    .refine((s) => placeholders(s).join(' ') === want, {
      error: (issue) => `has placeholders ${shown(issue.input)}, English has ${want || 'none'}`,
    });
}

/** Placeholders of a value, for an error message. */
function shown(value: unknown): string {
  return typeof value === 'string' ? placeholders(value).join(' ') || 'none' : 'none';
}

/** The schema of one value of the English reference, in `lang`. */
function valueSchema(english: unknown, lang: string, path: string): z.ZodType {
  const described = (s: z.ZodType) => (descriptions[path] ? s.describe(descriptions[path]) : s);
  if (typeof english === 'string') return described(text(english));
  if (Array.isArray(english)) {
    const items = english.map((e, i) => valueSchema(e, lang, `${path}.${i}`));
    const length = (issue: { code: string }) =>
      issue.code === 'too_small' || issue.code === 'too_big' ? `expected ${english.length} entries, as in English` : undefined;
    return described(z.tuple(items as [z.ZodType, ...z.ZodType[]], { error: length }));
  }
  if (isPluralForms(english)) {
    const other = english.other ?? '';
    const forms = Object.fromEntries(pluralCategories(lang).map((c) => [c, text(other)]));
    return described(z.strictObject(forms, { error: (issue) => pluralError(issue, lang) }));
  }
  if (typeof english === 'object' && english !== null) {
    const shape = Object.fromEntries(Object.entries(english).map(([k, v]) => [k, valueSchema(v, lang, path ? `${path}.${k}` : k).optional()]));
    return described(z.strictObject(shape));
  }
  throw new Error(`src/i18n/strings/en.json: ${path}: not a string, array or object`);
}

/** A plural object with the wrong categories says which ones the language needs (CLDR, via Intl.PluralRules). */
function pluralError(issue: { code: string }, lang: string): string | undefined {
  return issue.code === 'unrecognized_keys' ? `plural categories of ${lang} are ${pluralCategories(lang).join(', ')} (CLDR)` : undefined;
}

/**
 * The schema every strings file of `lang` meets, made from the English reference: the same keys
 * (any may be missing: English fills it), arrays of the same length, count strings with exactly the
 * language's plural categories, and in every string the placeholders of the English one.
 */
export function stringsSchema(reference: StringsTree, lang: string): z.ZodType {
  return valueSchema(reference, lang, '');
}

/** What is wrong in one language's strings file, one line per key ("daysLeft.few: missing"); empty when valid. */
export function stringsProblems(reference: StringsTree, lang: string, data: unknown): string[] {
  const result = stringsSchema(reference, lang).safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * True when `data` meets the rules of `stringsSchema(reference, lang)`, checked by hand: a valid file
 * passes without the schema, which zod makes and compiles key by key on every build (a tenth of a
 * second per language). False only sends the file to the schema, which names its problems; so this
 * may never pass what the schema fails.
 */
export function meetsStrings(english: unknown, lang: string, data: unknown): boolean {
  if (typeof english === 'string') return typeof data === 'string' && data.length > 0 && placeholders(data).join(' ') === placeholders(english).join(' ');
  if (Array.isArray(english)) return Array.isArray(data) && data.length === english.length && english.every((e, i) => meetsStrings(e, lang, data[i]));
  if (isPluralForms(english)) {
    const categories = pluralCategories(lang);
    return (
      isRecord(data) &&
      Object.keys(data).length === categories.length &&
      categories.every((c) => Object.hasOwn(data, c) && meetsStrings(english.other ?? '', lang, data[c]))
    );
  }
  return isRecord(english) && isRecord(data) && Object.entries(data).every(([k, v]) => Object.hasOwn(english, k) && meetsStrings(english[k], lang, v));
}

/** Checks one language's strings; throws an error naming the file and every bad key. */
export function checkStrings(reference: StringsTree, lang: string, data: unknown): StringsTree {
  if (meetsStrings(reference, lang, data)) return data as StringsTree;
  const problems = stringsProblems(reference, lang, data);
  if (problems.length) throw new Error(`src/i18n/strings/${lang}.json is not valid:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  // Valid against a schema made from the reference's own shape: the data has the reference's type.
  return data as StringsTree;
}
