import { remember } from '../model/memo.ts';
import { intlLocale } from './locale.ts';

/** The CLDR plural categories (Unicode TR35, Language Plural Rules). */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/** A count string's forms, one per CLDR plural category of its language; `other` always there. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** A count string as pages read it: its forms and the language whose plural rules pick among them
 * (English for a language that falls back, so "1 day left" stays right in every fallback). */
export interface Plural {
  readonly lang: string;
  readonly forms: PluralForms;
}

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

/** The plural categories a language's strings must give, as Intl (CLDR) defines them, sorted. */
export function pluralCategories(lang: string): Intl.LDMLPluralRule[] {
  return [...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort();
}

/** A cached Intl.PluralRules for a hub language, in its locale: pt-PT says "0 dias", where pt (Brazil) has "0 dia". */
function pluralRules(lang: string): Intl.PluralRules {
  return remember(rules, lang, () => new Intl.PluralRules(intlLocale(lang)));
}

/** A count in the language's digits and grouping: 1 000 in French, 1.000 in German. */
export function formatCount(n: number, lang: string): string {
  return remember(numbers, lang, () => new Intl.NumberFormat(intlLocale(lang))).format(n);
}

/** A count string filled for `n`: the form Intl.PluralRules picks, `{n}` written as the language writes numbers. */
export function count(plural: Plural, n: number, values: Record<string, string | number> = {}): string {
  const form = plural.forms[pluralRules(plural.lang).select(n)] ?? plural.forms.other;
  return fill(form, { ...values, n: formatCount(n, plural.lang) });
}

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));
}
