import type { Member } from '../model/members.ts';
import type { Chamber } from '../model/schemas.ts';
import { normalHandle } from '../evaluation/shared-by.ts';
import type { DiscussionAuthor } from '../model/discussion.ts';

/** The accounts whose replies the hub keeps on one platform, by normalised handle (`name@server`,
 * `handle.bsky.social`): the chambers' official ones and the registered members'. */
export function knownAuthors(platform: 'mastodon' | 'bluesky', chambers: readonly Chamber[], members: readonly Member[]): Map<string, DiscussionAuthor> {
  const out = new Map<string, DiscussionAuthor>();
  for (const ch of chambers) {
    const handle = ch.accounts[platform];
    if (handle) out.set(normalHandle(handle), { type: 'chamber', code: ch.code });
  }
  for (const m of members) {
    const handle = m.accounts[platform];
    if (handle) out.set(normalHandle(handle), { type: 'member', id: m.id, chamber: m.chamber });
  }
  return out;
}

/** True when the author is still in the registries: a removed member's or an unlisted account's entries are not shown. */
export function stillKnown(
  author: DiscussionAuthor,
  handle: string,
  platform: 'mastodon' | 'bluesky',
  chambers: readonly Chamber[],
  members: readonly Member[],
): boolean {
  const now = knownAuthors(platform, chambers, members).get(normalHandle(handle));
  return now !== undefined && JSON.stringify(now) === JSON.stringify(author);
}
