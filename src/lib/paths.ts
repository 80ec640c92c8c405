import { hub, langCodes } from '../config/resolve.ts';
import { absolute } from '../model/urls.ts';

/** `getStaticPaths` entries for every configured language. */
export function languagePaths(): { params: { lang: string } }[] {
  return langCodes.map((lang) => ({ params: { lang } }));
}

/** Absolute URLs of the same page in every language. */
export function alternates(pathIn: (lang: string) => string): Record<string, string> {
  return Object.fromEntries(hub.languages.map((l) => [l.code, absolute(pathIn(l.code))]));
}

/** Splits a list into pages of the configured size; an empty list still has one page. */
export function pages<T>(items: T[], size = hub.pageSize): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length ? out : [[]];
}
