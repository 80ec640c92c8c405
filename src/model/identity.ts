import slugify from '@sindresorhus/slugify';
import type { SnapshotKind } from './vocabulary.ts';

// An item's identity: its id, its slug and its first-seen time, fixed once and never changed.
// The sync, the content merge and the sample generator all decide them here.

/** Slugs that routes use next to item slugs (`/news/page/2/`, `/events/past/`): no item may take them. */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set(['page', 'past']);
/** Longest slug. */
export const SLUG_MAX = 80;
/** Identity fields: set when an item is first seen, never by an editor's override. */
export const FIXED_FIELDS: readonly string[] = ['id', 'slug', 'firstSeen'];
/** Fields the sync keeps itself (identity, `updated`, `withdrawn`); never compared as content. */
export const IDENTITY_FIELDS: readonly string[] = [...FIXED_FIELDS, 'updated', 'withdrawn'];

const NEW_ITEM_ID = /^hub-/;
const SINGULAR: Record<SnapshotKind, string> = { news: 'news', events: 'event', topics: 'topic', documents: 'document', glossary: 'term' };

/** True for the id of an editor's own item (`hub-…`), as opposed to an IPEX id. */
export function isEditorialId(id: unknown): boolean {
  return typeof id === 'string' && NEW_ITEM_ID.test(id);
}

/** Cuts a slug to at most `max` characters at a dash when there is one. */
export function cutSlug(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1).lastIndexOf('-');
  return (cut > 0 ? slug.slice(0, cut) : slug.slice(0, max)).replace(/-+$/, '');
}

/** A text as a slug (lower-case ASCII words joined by `-`, transliterated), at most `max` characters. */
export function slugOfText(text: string, max: number = SLUG_MAX): string {
  return cutSlug(slugify(text), max);
}

/** The text to derive a key or slug from: English, else the primary language, else the first by code. */
export function preferredText(texts: Record<string, string>, primary: string): string | undefined {
  return texts.en ?? texts[primary] ?? Object.entries(texts).sort(([a], [b]) => (a < b ? -1 : 1))[0]?.[1];
}

/** The slug of a new item: from its English title (else another), at most 80 characters, unique among `taken`, never reserved. */
export function slugFor(kind: SnapshotKind, id: string, title: Record<string, string>, taken: ReadonlySet<string>): string {
  let base = slugOfText(preferredText(title, 'en') ?? '');
  if (!base) {
    // Symbols only, or a script slugify cannot transliterate: fall back on the id.
    const part = cutSlug(
      id
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+/, '')
        .slice(0, 8),
      8,
    );
    base = `${SINGULAR[kind]}-${part || 'item'}`;
  }
  let slug = base;
  for (let n = 2; taken.has(slug) || RESERVED_SLUGS.has(slug); n++) slug = `${cutSlug(base, SLUG_MAX - `-${n}`.length)}-${n}`;
  return slug;
}

/** What identity needs of an editor's Markdown file: its name without language and extension, and its front matter. */
export interface EditorialIdentity {
  stem: string;
  front: Record<string, unknown>;
}

/**
 * The slug an editor's file gives its item: for a new item (`hub-…` id), its `slug:` when given,
 * else the file-name stem; undefined for a file that corrects an IPEX item (which keeps IPEX's slug).
 * A `slug:` that is not text is returned as is, for the schema to reject with the file's name.
 */
export function editorialSlug(file: EditorialIdentity): unknown {
  if (!isEditorialId(file.front.id)) return undefined;
  return file.front.slug ?? file.stem;
}

/** The slugs editors' files take in one kind, so that no IPEX item is given one of them. */
export function editorialSlugs(files: readonly EditorialIdentity[]): Set<string> {
  return new Set(
    files.flatMap((f) => {
      const slug = editorialSlug(f);
      return typeof slug === 'string' ? [slug] : [];
    }),
  );
}
