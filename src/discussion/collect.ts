import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { readLedger } from '../announce/ledger.ts';
import { describeError } from '../http/request.ts';
import type { HttpSettings } from '../evaluation/sources/http.ts';
import type { Member } from '../model/members.ts';
import type { Chamber } from '../model/schemas.ts';
import { writeFileAtomic } from '../files/atomic.ts';
import { knownAuthors } from './authors.ts';
import { DISCUSSION_FILE, readDiscussion } from './read.ts';
import { DISCUSSION_FORMAT, type DiscussionFile, type DiscussionPost } from '../model/discussion.ts';
import { blueskyReplies, GONE, mastodonReplies } from './sources.ts';

/** What a run of `npm run discussion` needs. */
export interface DiscussionOptions {
  /** Reads `social/ledger.json` (unless `ledgerFile`), writes `discussion/discussion.json`. */
  contentDir: string;
  ledgerFile?: string | undefined;
  chambers: readonly Chamber[];
  members: readonly Member[];
  /** The Bluesky AppView read without a session (public.api.bsky.app). */
  appView: string;
  http: HttpSettings;
  now: Date;
}

/** The outcome: the file written, and the posts whose replies could not be read (they keep the last ones). */
export interface DiscussionResult {
  file: string;
  discussion: DiscussionFile;
  failures: string[];
}

/**
 * Collects, for every Mastodon and Bluesky post of the announce ledger, the public replies and quotes
 * by chambers' official accounts and registered members, and writes them. Each post's list is replaced
 * by what the platform shows now, so a reply deleted upstream is gone; a post whose thread cannot be
 * read keeps its earlier list (and is reported); nobody else's reply is ever kept.
 */
export async function collectDiscussion(o: DiscussionOptions): Promise<DiscussionResult> {
  const file = path.join(o.contentDir, DISCUSSION_FILE);
  const ledger = await readLedger(o.ledgerFile ?? path.join(o.contentDir, 'social', 'ledger.json'));
  const earlier = await readDiscussion(o.contentDir);
  const before = new Map((earlier?.sample ? [] : (earlier?.posts ?? [])).map((p) => [`${p.platform} ${p.remoteId}`, p]));
  const keep = { mastodon: knownAuthors('mastodon', o.chambers, o.members), bluesky: knownAuthors('bluesky', o.chambers, o.members) };
  const posts: DiscussionPost[] = [];
  const failures: string[] = [];
  for (const p of ledger.posts) {
    if (p.platform !== 'mastodon' && p.platform !== 'bluesky') continue;
    try {
      const found =
        p.platform === 'mastodon'
          ? await mastodonReplies(p.url, p.remoteId, keep.mastodon, o.http)
          : await blueskyReplies(o.appView, p.remoteId, keep.bluesky, o.http);
      const entries = found === GONE ? [] : found;
      if (entries.length)
        posts.push({
          item: p.item,
          platform: p.platform,
          remoteId: p.remoteId,
          entries: entries.sort((a, b) => a.date.localeCompare(b.date) || a.url.localeCompare(b.url)),
        });
    } catch (e) {
      failures.push(`${p.platform} ${p.remoteId} (${p.item}): ${describeError(e)}`);
      // What the last run saw stays until the thread can be read again; only the registries' accounts are in it.
      const old = before.get(`${p.platform} ${p.remoteId}`);
      if (old) posts.push(old);
    }
  }
  const discussion: DiscussionFile = { format: DISCUSSION_FORMAT, sample: false, collectedAt: o.now.toISOString(), posts };
  await mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomic(file, `${JSON.stringify(discussion, null, 1)}\n`);
  return { file, discussion, failures };
}
