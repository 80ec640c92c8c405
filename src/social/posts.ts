import type { Chamber } from '../model/schemas.ts';
import { formatEventWhen } from '../i18n/dates.ts';
import { eventPlace } from '../i18n/place.ts';
import { pick, pickText } from '../model/pick.ts';
import type { Item } from '../model/item.ts';
import { absolute, itemPath } from '../model/urls.ts';
import { composePost } from './compose.ts';
import { LIMITS, type PostPlatform } from './count.ts';
import { blueskyFacets, type Facet } from './facets.ts';
import { hashtagsFor } from './hashtags.ts';
import { withUtm } from './utm.ts';

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
  const codes = item.kind === 'news' ? item.chambers : item.kind === 'events' && item.organiser ? [item.organiser] : [];
  for (const code of codes) {
    const handle = chambers.get(code)?.accounts[platform];
    if (handle) return handle;
  }
  return undefined;
}

/** The item's ready-to-post texts in a language, one per platform, each within its limit. */
export function postTexts(item: Item, lang: string, chambers: Map<string, Chamber>): Record<PostPlatform, Post> {
  const page = absolute(itemPath(item, lang));
  const when = item.kind === 'events' ? [formatEventWhen(item, lang), eventPlace(item, lang).short].filter(Boolean).join(', ') : undefined;
  const hashtags = hashtagsFor(item);
  const post = (platform: PostPlatform): Post => {
    const limit = LIMITS[platform];
    const url = withUtm(page, platform);
    const text = composePost(
      { title: pickText(item.title, lang), summary: pick(item.summary, lang)?.text, when, mention: mentionFor(item, platform, chambers), url, hashtags },
      limit,
    );
    return { text, length: limit.count(text), limit: limit.max, url, ...(platform === 'bluesky' ? { facets: blueskyFacets(text, [url]) } : {}) };
  };
  return { x: post('x'), bluesky: post('bluesky'), mastodon: post('mastodon'), linkedin: post('linkedin'), facebook: post('facebook') };
}
