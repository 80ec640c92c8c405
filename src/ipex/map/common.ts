import type { MergedHit } from '../hits.ts';
import type { FieldNames } from '../mapping.ts';
import { htmlToLine, htmlToMarkdown } from './html.ts';
import { leadOf } from './lead.ts';
import { localized } from './localized.ts';
import { tagsOf, type Tag } from './tags.ts';

/** The absolute IPEX URL of an item: the link's path on the configured origin. */
export function sourceUrl(base: string, link: string): string | undefined {
  try {
    const url = new URL(link, base);
    return new URL(`${url.pathname}${url.search}`, base).href;
  } catch {
    return undefined;
  }
}

/** Fields every kind shares: title, summary and body (from the description), tags and source, read under `names`. */
export function commonFields(
  hit: MergedHit,
  base: string,
  primary: string,
  names: FieldNames['glossary'],
): { title: Record<string, string>; summary?: Record<string, string>; body?: Record<string, string>; tags: Tag[]; source?: string } {
  const source = sourceUrl(base, hit.link);
  const body = localized(hit.source[names.description], (html) => htmlToMarkdown(html, source ?? base));
  const summary =
    body &&
    Object.fromEntries(
      Object.entries(body)
        .map(([lang, md]) => [lang, leadOf(md)])
        .filter(([, t]) => t),
    );
  return {
    // An empty title is left for the schema to reject, so the report names the field.
    title: localized(hit.source[names.title], htmlToLine) ?? {},
    ...(summary && Object.keys(summary).length > 0 && { summary }),
    ...(body && { body }),
    tags: tagsOf(hit.source[names.labels], primary),
    ...(source && { source }),
  };
}
