import { hub, type SharePlatform } from '../config/resolve.ts';
import type { Post } from './posts.ts';
import type { PostPlatform } from './count.ts';
import { withUtm } from './utm.ts';

/** A share-bar entry. Mastodon has no fixed URL: its `href` is a template with `{instance}`. */
export interface ShareLink {
  platform: SharePlatform;
  href: string;
}

const e = encodeURIComponent;

/** Plain share links (../shared/PLATFORMS.md), every parameter percent-encoded, each URL campaign-tagged. */
export function shareLinks(page: string, title: string, summary: string, posts: Record<PostPlatform, Post>): ShareLink[] {
  const u = (p: string) => withUtm(page, p);
  const make: Record<SharePlatform, () => string> = {
    x: () => `https://x.com/intent/post?text=${e(title)}&url=${e(u('x'))}`,
    linkedin: () => `https://www.linkedin.com/sharing/share-offsite/?url=${e(u('linkedin'))}`,
    facebook: () => `https://www.facebook.com/sharer/sharer.php?u=${e(u('facebook'))}`,
    bluesky: () => `https://bsky.app/intent/compose?text=${e(posts.bluesky.text)}`,
    mastodon: () => `https://{instance}/share?text=${e(posts.mastodon.text)}`,
    whatsapp: () => `https://wa.me/?text=${e(`${title} ${u('whatsapp')}`)}`,
    telegram: () => `https://t.me/share/url?url=${e(u('telegram'))}&text=${e(title)}`,
    email: () => `mailto:?subject=${e(title)}&body=${e(`${summary}\n\n${u('email')}`)}`,
  };
  return hub.social.platforms.map((platform) => ({ platform, href: make[platform]() }));
}
