import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { fromZod } from '../model/errors.ts';
import { writeFileAtomic } from '../files/atomic.ts';
import { PLATFORM_IDS } from '../platforms/index.ts';
import { announceItemSchema } from './input.ts';

/** Format marker of the ledger file; bump on incompatible change. */
export const LEDGER_FORMAT = 'ipex-hub-ledger/1';

/** One post made on a platform: what, where, and the remote post that proves it. */
export const ledgerPostSchema = z.object({
  /** The item's permanent id (`itemGuid`: `urn:ipex-hub:news:n-1001`). */
  item: z.string().min(1),
  platform: z.enum(PLATFORM_IDS),
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

/** A post about to be sent, written before the request: if the run dies before the answer is recorded,
 * the next run looks for the post on the platform before sending it again. */
export const ledgerPendingSchema = z.object({
  item: z.string().min(1),
  platform: z.enum(PLATFORM_IDS),
  account: z.string().min(1),
  lang: z.string().min(2),
  /** When the first attempt started (ISO 8601). */
  since: z.string().datetime({ offset: true }),
});
/** A post whose outcome is not known yet. */
export type LedgerPending = z.output<typeof ledgerPendingSchema>;

/** `content/social/ledger.json`: every post ever made, committed like the snapshot. */
export const ledgerSchema = z.object({
  format: z.literal(LEDGER_FORMAT),
  posts: z.array(ledgerPostSchema),
  /** Posts sent whose answer was never recorded (a crash, a dropped connection); usually empty. */
  pending: z.array(ledgerPendingSchema).optional(),
  /** Items of earlier builds' new.json that some account has still to post (held by --max, not live, failed):
   * the next build's new.json no longer lists them, so the ledger carries them until they are posted. */
  queue: z.array(announceItemSchema).optional(),
  /** Items recorded as announced without a post (`--baseline`: what a deployment had published before
   * it started announcing), for every account, present and future. */
  baseline: z.object({ at: z.iso.datetime({ offset: true }), items: z.array(z.string().min(1)) }).optional(),
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
    if (e instanceof Error && 'code' in e && e.code === 'ENOENT') return { format: LEDGER_FORMAT, posts: [] };
    throw e;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: not valid JSON: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  const parsed = ledgerSchema.safeParse(json);
  if (!parsed.success) throw fromZod({ file }, parsed.error);
  return parsed.data;
}

/** Writes the ledger atomically, posts in a fixed order (time, then account, then item): a readable diff.
 * `pending` and `queue` are written only when they hold something. */
export async function writeLedger(file: string, ledger: Ledger): Promise<void> {
  const posts = [...ledger.posts].sort((a, b) => a.postedAt.localeCompare(b.postedAt) || a.account.localeCompare(b.account) || a.item.localeCompare(b.item));
  const pending = [...(ledger.pending ?? [])].sort((a, b) => a.since.localeCompare(b.since) || postKey(a).localeCompare(postKey(b)));
  await mkdir(path.dirname(file), { recursive: true });
  const queue = [...(ledger.queue ?? [])].sort((a, b) => a.firstSeen.localeCompare(b.firstSeen) || a.id.localeCompare(b.id));
  const baseline = ledger.baseline && { at: ledger.baseline.at, items: [...new Set(ledger.baseline.items)].sort() };
  const head = JSON.stringify({ format: LEDGER_FORMAT, ...(baseline ? { baseline } : {}), posts, ...(pending.length ? { pending } : {}) }, null, 2);
  // Queued items are bulky (texts of three platforms): one line each keeps the file small and its diff readable.
  const tail = queue.length ? `,\n  "queue": [\n${queue.map((q) => `    ${JSON.stringify(q)}`).join(',\n')}\n  ]\n}` : '';
  await writeFileAtomic(file, `${tail ? head.replace(/\n}$/, tail) : head}\n`);
}

/** The ledger with `ids` recorded as announced at `at` (nothing posted), and those ids no longer queued; also how many were not recorded before. */
export function withBaseline(ledger: Ledger, ids: Iterable<string>, at: string): { ledger: Ledger; added: number } {
  const known = new Set([...(ledger.baseline?.items ?? []), ...ledger.posts.map((p) => p.item)]);
  const all = new Set([...(ledger.baseline?.items ?? []), ...ids]);
  const added = [...all].filter((id) => !known.has(id)).length;
  const queue = (ledger.queue ?? []).filter((q) => !all.has(q.id));
  return { ledger: { ...ledger, queue, baseline: { at: ledger.baseline?.at ?? at, items: [...all] } }, added };
}

/** The ledger with a post about to be sent marked pending. */
export function withPending(ledger: Ledger, p: LedgerPending): Ledger {
  return { ...ledger, pending: [...(ledger.pending ?? []).filter((q) => postKey(q) !== postKey(p)), p] };
}

/** The ledger with a post recorded as made (and no longer pending). */
export function withPost(ledger: Ledger, p: LedgerPost): Ledger {
  return { ...ledger, posts: [...ledger.posts, p], pending: (ledger.pending ?? []).filter((q) => postKey(q) !== postKey(p)) };
}

/** The ledger without a pending mark: the platform refused the post, so it was not made. */
export function withoutPending(ledger: Ledger, p: Pick<LedgerPost, 'item' | 'account'>): Ledger {
  return { ...ledger, pending: (ledger.pending ?? []).filter((q) => postKey(q) !== postKey(p)) };
}
