import { hub, langCodes } from '../config/resolve.ts';

/** `getStaticPaths` entries for every configured language. */
export function languagePaths(): { params: { lang: string } }[] {
  return langCodes.map((lang) => ({ params: { lang } }));
}

/** Splits a list into pages of the configured size; an empty list still has one page. */
export function pages<T>(items: T[], size = hub.pageSize): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length ? out : [[]];
}
