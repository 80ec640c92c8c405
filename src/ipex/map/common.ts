import type { MergedHit } from '../hits.ts';
import { htmlToLine, htmlToMarkdown } from './html.ts';
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

/** Fields every kind shares: title, body (from `descriptions`), tags and source. */
export function commonFields(hit: MergedHit, base: string, primary: string): { title: Record<string, string>; body?: Record<string, string>; tags: Tag[]; source?: string } {
  const source = sourceUrl(base, hit.link);
  const body = localized(hit.source.descriptions, (html) => htmlToMarkdown(html, source ?? base));
  return {
    // An empty title is left for the schema to reject, so the report names the field.
    title: localized(hit.source.titles, htmlToLine) ?? {},
    ...(body && { body }),
    tags: tagsOf(hit.source.shared, primary),
    ...(source && { source }),
  };
}
