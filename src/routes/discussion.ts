import { formatInstant } from '../i18n/dates.ts';
import { fill, ui } from '../i18n/ui.ts';
import { hub } from '../config/resolve.ts';
import { stillKnown } from '../discussion/authors.ts';
import type { DiscussionPost } from '../model/discussion.ts';
import type { Member } from '../model/members.ts';
import { pick } from '../model/pick.ts';
import type { Chamber } from '../model/schemas.ts';
import { chamberPath } from '../model/urls.ts';

/** A reply or quote as a page shows it: who (named from the registries, linked to their hub or
 * chamber), what kind and where, when, the text, and the link to it on the platform. */
export interface DiscussionView {
  author: string;
  /** The chamber's hub (for a member, their chamber's). */
  authorHref: string;
  handle: string;
  /** "Reply on Bluesky", "Quote on Mastodon". */
  label: string;
  date: string;
  dateText: string;
  text: string;
  url: string;
}

/** What the registries hold that the discussion reads. */
export interface DiscussionSources {
  discussion: readonly DiscussionPost[];
  chambers: Map<string, Chamber>;
  members: readonly Member[];
}

const PLATFORM_NAMES = { mastodon: 'Mastodon', bluesky: 'Bluesky' } as const;

/**
 * The replies and quotes under the hub's posts of an item (`isItem` says which ledger items are the
 * page's), oldest first, one per link: only those whose author is still a chamber's official account
 * or a registered member, so that removing a member's file removes their replies at the next build.
 */
export function discussionOf(isItem: (item: string) => boolean, s: DiscussionSources, lang: string): DiscussionView[] {
  const t = ui(lang).members;
  const chambers = [...s.chambers.values()];
  const seen = new Set<string>();
  const out: DiscussionView[] = [];
  for (const post of s.discussion) {
    if (!isItem(post.item)) continue;
    for (const e of post.entries) {
      if (seen.has(e.url) || !stillKnown(e.author, e.handle, e.platform, chambers, s.members)) continue;
      seen.add(e.url);
      const { author } = e;
      const member = author.type === 'member' ? s.members.find((m) => m.id === author.id) : undefined;
      const code = author.type === 'chamber' ? author.code : (member?.chamber ?? '');
      const chamberName = pick(s.chambers.get(code)?.names, lang)?.text ?? code;
      out.push({
        author: member ? member.name : chamberName,
        authorHref: chamberPath(lang, code),
        handle: e.handle,
        label: fill(e.kind === 'reply' ? t.replyOn : t.quoteOn, { platform: PLATFORM_NAMES[e.platform] }),
        date: e.date,
        dateText: formatInstant(e.date, lang, hub.defaultTimeZone),
        text: e.text,
        url: e.url,
      });
    }
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.url.localeCompare(b.url));
}
