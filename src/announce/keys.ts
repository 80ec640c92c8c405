import { createHash } from 'node:crypto';

// Keys that make a retried post land on the post already made instead of a second one.

const digest = (item: string, account: string) => createHash('sha256').update(`${account}\n${item}`).digest();

/** Mastodon's `Idempotency-Key` for a post: the same item and account always give the same key. */
export function idempotencyKey(item: string, account: string): string {
  return `ipex-hub-${digest(item, account).toString('hex').slice(0, 32)}`;
}

const S32 = '234567abcdefghijklmnopqrstuvwxyz';

/**
 * A Bluesky record key for a post, the same for the same item and account: a valid TID (13
 * characters of base32-sortable, 53 bits of microseconds then 10 bits of clock id). The time part is
 * the item's first-seen second plus a sub-second offset from the digest, the clock id from the digest
 * too, so posts sort by when the hub saw their items and two items never share a key in one repo.
 */
export function blueskyRkey(item: string, account: string, firstSeen: string): string {
  const d = digest(item, account);
  const micros = BigInt(Math.floor(Date.parse(firstSeen) / 1000)) * 1_000_000n + BigInt(d.readUInt32BE(0) % 1_000_000);
  const clock = BigInt(d.readUInt16BE(4) & 0x3ff);
  let n = ((micros & ((1n << 53n) - 1n)) << 10n) | clock;
  let out = '';
  for (let i = 0; i < 13; i++) {
    out = S32.charAt(Number(n & 31n)) + out;
    n >>= 5n;
  }
  return out;
}

/** True when a string is a syntactically valid TID (what a PDS accepts as a post's record key). */
export function isTid(s: string): boolean {
  return /^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/.test(s);
}
