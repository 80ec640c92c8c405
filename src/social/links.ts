import { hub, type SharePlatform } from '../config/resolve.ts';
import type { Post } from './posts.ts';
import type { PostPlatform } from './count.ts';
import { isPlatformId, platformOf } from '../platforms/index.ts';
import { withUtm } from './utm.ts';

/** A share-bar entry. Mastodon has no fixed URL: its `href` is a template with `{instance}`. */
export interface ShareLink {
  platform: SharePlatform;
  href: string;
}

const e = encodeURIComponent;

/** Plain share links (../shared/PLATFORMS.md), every parameter percent-encoded, each URL campaign-tagged:
 * the registry's platforms make their own; messengers and e-mail, which the hub does not post to, are here. */
export function shareLinks(page: string, title: string, summary: string, posts: Record<PostPlatform, Post>): ShareLink[] {
  const u = (p: string) => withUtm(page, p);
  const channels: Record<Exclude<SharePlatform, PostPlatform>, () => string> = {
    whatsapp: () => `https://wa.me/?text=${e(`${title} ${u('whatsapp')}`)}`,
    telegram: () => `https://t.me/share/url?url=${e(u('telegram'))}&text=${e(title)}`,
    email: () => `mailto:?subject=${e(title)}&body=${e(`${summary}\n\n${u('email')}`)}`,
  };
  const make = (p: SharePlatform) => (isPlatformId(p) ? platformOf(p).share({ url: u, title, summary, text: posts[p].text }) : channels[p]());
  return hub.social.platforms.map((platform) => ({ platform, href: make(platform) }));
}
