import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { fromZod } from '../content/errors.ts';
import { writeFileAtomic } from '../sync/atomic.ts';
import { PLATFORMS } from './accounts.ts';

/** Format marker of the ledger file; bump on incompatible change. */
export const LEDGER_FORMAT = 'ipex-hub-ledger/1';

/** One post made on a platform: what, where, and the remote post that proves it. */
export const ledgerPostSchema = z.object({
  /** The item's permanent id (`itemGuid`: `urn:ipex-hub:news:n-1001`). */
  item: z.string().min(1),
  platform: z.enum(PLATFORMS),
  /** The account's stable, secret-free id (`accountId`), e.g. `mastodon:hub`. */
  account: z.string().min(1),
  /** Language the post was written in. */
  lang: z.string().min(2),
  /** The platform's id of the post: Mastodon status id, Bluesky `at://` URI, LinkedIn post URN. */
  remoteId: z.string().min(1),
  /** The post's public web address. */
  url: z.url(),
  /** When the platform accepted it (ISO 8601). */
  postedAt: z.iso.datetime({ offset: true }),
});
/** One post made. */
export type LedgerPost = z.output<typeof ledgerPostSchema>;

/** `content/social/ledger.json`: every post ever made, committed like the snapshot. */
export const ledgerSchema = z.object({
  format: z.literal(LEDGER_FORMAT),
  posts: z.array(ledgerPostSchema),
});
/** The whole ledger. */
export type Ledger = z.output<typeof ledgerSchema>;

/** The key that makes a post unique: one item, once per account. */
export function postKey(p: Pick<LedgerPost, 'item' | 'account'>): string {
  return `${p.account} ${p.item}`;
}

/** Reads the ledger; a missing file is an empty ledger, anything unreadable is an error naming the file. */
export async function readLedger(file: string): Promise<Ledger> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { format: LEDGER_FORMAT, posts: [] };
    throw e;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: not valid JSON: ${(e as Error).message}`);
  }
  const parsed = ledgerSchema.safeParse(json);
  if (!parsed.success) throw fromZod({ file }, parsed.error);
  return parsed.data;
}

/** Writes the ledger atomically, posts in a fixed order (time, then account, then item): a readable diff. */
export async function writeLedger(file: string, ledger: Ledger): Promise<void> {
  const posts = [...ledger.posts].sort(
    (a, b) => a.postedAt.localeCompare(b.postedAt) || a.account.localeCompare(b.account) || a.item.localeCompare(b.item),
  );
  await writeFileAtomic(file, `${JSON.stringify({ format: LEDGER_FORMAT, posts }, null, 2)}\n`);
}
