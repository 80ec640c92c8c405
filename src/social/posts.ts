import type { Chamber } from '../model/schemas.ts';
import { hub } from '../config/resolve.ts';
import { memberMention, type Member } from '../model/members.ts';
import { formatEventWhen } from '../i18n/dates.ts';
import { eventPlace } from '../i18n/place.ts';
import { pick, pickText } from '../model/pick.ts';
import { itemChambers, type Item } from '../model/item.ts';
import { absolute, itemPath } from '../model/urls.ts';
import { composePost } from './compose.ts';
import { byPlatform } from '../platforms/index.ts';
import type { PostPlatform } from './count.ts';
import { blueskyFacets, type Facet } from './facets.ts';
import { hashtagsFor, hubHashtags } from './hashtags.ts';
import { withUtm } from './utm.ts';
import { remember, rememberBoth } from '../model/memo.ts';

/** A ready-to-post text, its length as the platform counts it, and (Bluesky) its facets. */
export interface Post {
  text: string;
  length: number;
  limit: number;
  url: string;
  facets?: Facet[];
}

/** The official account of the item's chamber on a platform, from the registry. */
function mentionFor(item: Item, platform: PostPlatform, chambers: Map<string, Chamber>): string | undefined {
  for (const code of itemChambers(item)) {
    const handle = chambers.get(code)?.accounts[platform];
    if (handle) return handle;
  }
  return undefined;
}

/** What a post says before it is fitted to a platform. */
export interface PostInput {
  title: string;
  summary?: string | undefined;
  when?: string | undefined;
  /** The official account to name, per platform. */
  mention?: ((platform: PostPlatform) => string | undefined) | undefined;
  hashtags: string[];
}

/** One text per platform of the registry, each within its limit, the page URL campaign-tagged per platform. */
export function postsFor(input: PostInput, page: string): Record<PostPlatform, Post> {
  return byPlatform((platform) => {
    const { limit } = platform;
    const url = withUtm(page, platform.id);
    const text = composePost(
      { title: input.title, summary: input.summary, when: input.when, mention: input.mention?.(platform.id), url, hashtags: input.hashtags },
      limit,
    );
    return { text, length: limit.count(text), limit: limit.max, url, ...(platform.facets ? { facets: blueskyFacets(text, [url]) } : {}) };
  });
}

/** The item's ready-to-post texts in a language, one per platform, each within its limit. */
export function postTexts(item: Item, lang: string, chambers: Map<string, Chamber>): Record<PostPlatform, Post> {
  // Keyed by the chamber registry too: a mention names a chamber's account.
  const byChambers = remember(composed, chambers, () => new WeakMap<Item, Map<string, Record<PostPlatform, Post>>>());
  return rememberBoth(byChambers, item, lang, () => composeTexts(item, lang, chambers));
}

/** Texts already composed, per item and language: the page, its share kit and posts.json all ask,
 * and fitting five platforms' limits is among the costliest parts of a page. Read-only. */
const composed = new WeakMap<Map<string, Chamber>, WeakMap<Item, Map<string, Record<PostPlatform, Post>>>>();

function composeTexts(item: Item, lang: string, chambers: Map<string, Chamber>): Record<PostPlatform, Post> {
  const when = item.kind === 'events' ? [formatEventWhen(item, lang), eventPlace(item, lang).short].filter(Boolean).join(', ') : undefined;
  const input = {
    title: pickText(item.title, lang),
    summary: pick(item.summary, lang)?.text,
    when,
    mention: (p: PostPlatform) => mentionFor(item, p, chambers),
    hashtags: hashtagsFor(item, lang),
  };
  return postsFor(input, absolute(itemPath(item, lang)));
}

/** Whom a post mentions on a platform: the hub's account (a members' kit), a chamber's official
 * account, then registered members as the platform allows (memberMention). */
export function mentionOn(platform: PostPlatform, chamber: Chamber | undefined, members: readonly Member[], hubToo = false): string | undefined {
  return (
    [hubToo ? hub.social.handles[platform] : undefined, chamber?.accounts[platform], ...members.map((m) => memberMention(m, platform))]
      .filter(Boolean)
      .join(' ') || undefined
  );
}

/** A meeting's kit for one chamber's members and staff: the meeting's texts, mentioning the hub, the
 * chamber and its registered delegates to the meeting's conference. */
export function meetingKitTexts(item: Item, lang: string, chamber: Chamber, delegates: readonly Member[]): Record<PostPlatform, Post> {
  const when = item.kind === 'events' ? [formatEventWhen(item, lang), eventPlace(item, lang).short].filter(Boolean).join(', ') : undefined;
  const mine = delegates.filter((m) => m.chamber === chamber.code);
  const input = {
    title: pickText(item.title, lang),
    summary: pick(item.summary, lang)?.text,
    when,
    mention: (p: PostPlatform) => mentionOn(p, chamber, mine, true),
    hashtags: hashtagsFor(item, lang),
  };
  return postsFor(input, absolute(itemPath(item, lang)));
}

/** Ready-to-post texts for a page that is not an item (a section, a chamber, a conference): title, description, the hub's own hashtags in the page's language. */
export function pagePostTexts(title: string, description: string, pageUrl: string, lang: string): Record<PostPlatform, Post> {
  return postsFor({ title, summary: description, hashtags: hubHashtags(lang) }, pageUrl);
}
