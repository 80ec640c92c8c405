import { hub } from '../config/resolve.ts';
import { bodyOf, type Item } from '../model/item.ts';

/** Keeps what a hashtag may hold on every platform: letters, digits, underscore. */
const clean = (tag: string) => tag.replace(/[^\p{L}\p{N}_]/gu, '');

/** A configured hashtag in a language: its form in the `languages` overlay, else as written (acronyms, names). */
export function hashtagIn(tag: string, lang: string): string {
  return hub.social.hashtags.languages?.[lang]?.[tag] ?? tag;
}

/** The hashtags every post carries (`always` in the configuration) in a language, cleaned. */
export function hubHashtags(lang: string): string[] {
  return hashtagList(hub.social.hashtags.always, lang);
}

/** The item's hashtags in a language from the configured map: always, kind, body, tags; no duplicates, at most 8 (Bluesky's cap). */
export function hashtagsFor(item: Item, lang: string): string[] {
  const h = hub.social.hashtags;
  return hashtagList(
    [...h.always, ...(h.kinds[item.kind] ?? []), ...(h.conferences[bodyOf(item) ?? ''] ?? []), ...item.tags.flatMap((t) => h.tags[t.key] ?? [])],
    lang,
  );
}

/** Configured hashtags in a language, cleaned, without duplicates (case aside), at most 8 (Bluesky's cap), in the order given. */
export function hashtagList(tags: string[], lang: string): string[] {
  return distinct(tags, lang).slice(0, 8);
}

/** Every configured hashtag in a language, once, for the share page (no cap: it lists them, no post carries them all). */
export function allHashtags(lang: string): string[] {
  const h = hub.social.hashtags;
  const lists = [h.always, h.documents ?? [], ...Object.values(h.kinds), ...Object.values(h.conferences), ...Object.values(h.tags)];
  return distinct(
    lists.flatMap((l) => l ?? []),
    lang,
  );
}

function distinct(tags: string[], lang: string): string[] {
  const seen = new Set<string>();
  return tags.map((t) => clean(hashtagIn(t, lang))).filter((t) => t && !seen.has(t.toLowerCase()) && seen.add(t.toLowerCase()));
}
