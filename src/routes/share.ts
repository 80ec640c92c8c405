import { hub } from '../config/resolve.ts';
import { isPlatformId, PLATFORM_IDS } from '../platforms/index.ts';
import { hashtagsFor, hubHashtags } from '../social/hashtags.ts';
import { shareLinks, type ShareLink } from '../social/links.ts';
import { pagePostTexts, postTexts, type Post } from '../social/posts.ts';

/** A post text and its count, as the share kit shows it. */
export type { Post };
import type { PostPlatform } from '../social/count.ts';
import type { Item } from '../model/item.ts';
import { pick, pickText } from '../model/pick.ts';
import type { Chamber } from '../model/schemas.ts';
import { absolute, itemPath } from '../model/urls.ts';

/** What the share bar and the share kit of a landing page show: plain data. */
export interface SharePanel {
  /** The page's public address. */
  url: string;
  title: string;
  links: ShareLink[];
  hashtags: string[];
  /** Ready-to-post texts, in the kit's order. */
  posts: { platform: PostPlatform; post: Post }[];
}

/** The kit's order: the share bar's (configuration), then any other platform of the registry. */
export function kitOrder(): PostPlatform[] {
  const configured = hub.social.platforms.filter(isPlatformId);
  return [...configured, ...PLATFORM_IDS.filter((p) => !configured.includes(p))];
}

/** The post kit's entries in the kit's order. */
export function kitPosts(posts: Record<PostPlatform, Post>): { platform: PostPlatform; post: Post }[] {
  return kitOrder().map((platform) => ({ platform, post: posts[platform] }));
}

/** The share bar and kit of an item's page in a language. */
export function sharePanel(item: Item, lang: string, chambers: Map<string, Chamber>): SharePanel {
  const url = absolute(itemPath(item, lang));
  const title = pickText(item.title, lang);
  const posts = postTexts(item, lang, chambers);
  return {
    url,
    title,
    links: shareLinks(url, title, pick(item.summary, lang)?.text ?? title, posts),
    hashtags: hashtagsFor(item, lang).map((h) => `#${h}`),
    posts: kitPosts(posts),
  };
}

/** The share bar of a page that is not an item (sections, tags, chambers, conferences, glossary terms…): same links;
 * with `kit`, the ready-to-post texts too (landing pages that show the kit, such as a glossary term's). */
export function pageSharePanel(pagePath: string, lang: string, title: string, description: string, kit = false): SharePanel {
  const url = absolute(pagePath);
  const posts = pagePostTexts(title, description, url, lang);
  return { url, title, links: shareLinks(url, title, description, posts), hashtags: hubHashtags(lang).map((h) => `#${h}`), posts: kit ? kitPosts(posts) : [] };
}
