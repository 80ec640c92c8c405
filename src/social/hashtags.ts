import { hub } from '../config/resolve.ts';
import { bodyOf, type Item } from '../model/item.ts';

/** Keeps what a hashtag may hold on every platform: letters, digits, underscore. */
const clean = (tag: string) => tag.replace(/[^\p{L}\p{N}_]/gu, '');

/** The hashtags every post carries (`always` in the configuration), cleaned. */
export function hubHashtags(): string[] {
  return hub.social.hashtags.always.map(clean).filter(Boolean);
}

/** The item's hashtags from the configured map: always, kind, body, tags; no duplicates, at most 8 (Bluesky's cap). */
export function hashtagsFor(item: Item): string[] {
  const h = hub.social.hashtags;
  return hashtagList([
    ...h.always,
    ...(h.kinds[item.kind] ?? []),
    ...(h.conferences[bodyOf(item) ?? ''] ?? []),
    ...item.tags.flatMap((t) => h.tags[t.key] ?? []),
  ]);
}

/** Hashtags cleaned, without duplicates (case aside), at most 8 (Bluesky's cap), in the order given. */
export function hashtagList(tags: string[]): string[] {
  const seen = new Set<string>();
  return tags
    .map(clean)
    .filter((t) => t && !seen.has(t.toLowerCase()) && seen.add(t.toLowerCase()))
    .slice(0, 8);
}
