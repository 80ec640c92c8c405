import slugify from '@sindresorhus/slugify';
import type { SnapshotKind } from '../model/vocabulary.ts';
import { preferredText } from '../ipex/map/localized.ts';
import { cutSlug } from '../ipex/map/tags.ts';

/** Slugs that routes use next to item slugs (`/news/page/2/`, `/events/past/`). */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set(['page', 'past']);
/** Longest slug. */
export const SLUG_MAX = 80;

const SINGULAR: Record<SnapshotKind, string> = { news: 'news', events: 'event', topics: 'topic', documents: 'document' };

/** The slug of a new item: from its English title (else another), at most 80 characters, unique among `taken`. */
export function slugFor(kind: SnapshotKind, id: string, title: Record<string, string>, taken: ReadonlySet<string>): string {
  let base = cutSlug(slugify(preferredText(title, 'en') ?? ''), SLUG_MAX);
  if (!base) {
    // Symbols only, or a script slugify cannot transliterate: fall back on the id.
    const part = cutSlug(id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+/, '').slice(0, 8), 8);
    base = `${SINGULAR[kind]}-${part || 'item'}`;
  }
  let slug = base;
  for (let n = 2; taken.has(slug) || RESERVED_SLUGS.has(slug); n++) slug = `${cutSlug(base, SLUG_MAX - `-${n}`.length)}-${n}`;
  return slug;
}
