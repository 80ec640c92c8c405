import type { PlatformId } from '../platforms/index.ts';
import { PostError } from './http.ts';
import type { AnnounceItem, AnnounceVersion } from './input.ts';

/** A post to make: the item, the language version the account posts in. */
export interface Due {
  item: AnnounceItem;
  lang: string;
  version: AnnounceVersion;
}

/** The post on the platform: its id (status id, `at://` URI, post URN) and public address. */
export interface Remote {
  remoteId: string;
  url: string;
  /** True when the post existed already (made by an earlier run whose ledger entry is lost): found, not made. */
  found?: boolean | undefined;
  /** When the platform says the post was made (ISO 8601), for a post found rather than made. */
  createdAt?: string | undefined;
}

/** What a post would send, for `--dry-run`: the request and its body (uploads described, not sent). */
export interface Preview {
  request: string;
  body: unknown;
}

/** One account's client on its platform. */
export interface PlatformClient {
  /** The create request a post makes, without sending anything. */
  preview(due: Due): Preview;
  /** Signs in or checks the token, once per run, before the first post. */
  open(): Promise<void>;
  /** The post made for this item in an earlier run whose answer was never recorded, if there is one. */
  find(due: Due): Promise<Remote | undefined>;
  /** Makes the post; throws PostError. */
  post(due: Due): Promise<Remote>;
}

/** The share kit's text of a post for a platform; an item queued before the platform was added has none (not sent, not retried blindly). */
export function postOf(due: Due, platform: PlatformId): NonNullable<AnnounceVersion['posts'][PlatformId]> {
  const post = due.version.posts[platform];
  if (!post)
    throw new PostError(`${due.item.id} (${due.lang}): new.json has no ${platform} text for it; it was built before ${platform} was configured`, false);
  return post;
}
