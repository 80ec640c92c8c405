import { z } from 'zod';
import { chamberCode, instant } from './schemas.ts';

/** Format marker of `content/discussion/discussion.json`; bump on incompatible change. */
export const DISCUSSION_FORMAT = 'ipex-hub-discussion/1';

/** Who wrote a reply or quote: a chamber's official account or a registered member, never anyone else. */
export const discussionAuthorSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('chamber'), code: chamberCode }),
  z.object({ type: z.literal('member'), id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), chamber: chamberCode }),
]);
export type DiscussionAuthor = z.output<typeof discussionAuthorSchema>;

/** One public reply to, or quote of, one of the hub's posts. */
export const discussionEntrySchema = z.object({
  platform: z.enum(['mastodon', 'bluesky']),
  kind: z.enum(['reply', 'quote']),
  /** The reply's public web address. */
  url: z.url({ protocol: /^https$/ }),
  /** When it was written (ISO 8601). */
  date: instant,
  /** Plain text, markup removed; pages escape it. */
  text: z.string().max(5000),
  author: discussionAuthorSchema,
  /** The account as the platform names it (`name@server`, `handle.bsky.social`). */
  handle: z.string().min(1),
});
export type DiscussionEntry = z.output<typeof discussionEntrySchema>;

/** The replies and quotes of one post of the announce ledger, as last collected. */
export const discussionPostSchema = z.object({
  item: z.string().min(1),
  platform: z.enum(['mastodon', 'bluesky']),
  remoteId: z.string().min(1),
  entries: z.array(discussionEntrySchema),
});
export type DiscussionPost = z.output<typeof discussionPostSchema>;

/** The file `npm run discussion` writes and the build reads. */
export const discussionFileSchema = z.object({
  format: z.literal(DISCUSSION_FORMAT),
  /** The committed example: shown only while the snapshot is the sample; the first collection replaces it. */
  sample: z.boolean().default(false),
  collectedAt: instant,
  posts: z.array(discussionPostSchema),
});
export type DiscussionFile = z.output<typeof discussionFileSchema>;
