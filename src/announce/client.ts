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
