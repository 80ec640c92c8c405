import { PLATFORMS, platformOf, type Env } from '../platforms/index.ts';
import { accountId, type Account } from './accounts.ts';
import type { Ledger } from './ledger.ts';

/** A platform's monthly posting budget: its variable when set (the tier paid for), else the platform's default. */
function monthlyLimit(platform: string, env: Env): number | undefined {
  const q = platformOf(platform).quota;
  if (!q) return undefined;
  const v = env[q.env]?.trim();
  return v ? Number(v) : q.posts;
}

/** Bad budget variables (a quota variable set to `lots`), one line each, to refuse before any request. */
export function quotaProblems(env: Env): string[] {
  return PLATFORMS.flatMap((p) => {
    const v = p.quota ? env[p.quota.env]?.trim() : undefined;
    return p.quota && v && !(Number.isInteger(Number(v)) && Number(v) >= 0) ? [`${p.quota.env}: "${v}" is not a whole number ≥ 0`] : [];
  });
}

/**
 * Posts an account may still make this calendar month (UTC) under its platform's quota, counted from the
 * ledger; undefined for a platform without one. What does not fit waits in the queue for the next month.
 */
export function quotaLeft(account: Account, ledger: Ledger, now: Date, env: Env): number | undefined {
  const limit = monthlyLimit(account.platform, env);
  if (limit === undefined) return undefined;
  const id = accountId(account);
  const month = now.toISOString().slice(0, 7);
  const used = ledger.posts.filter((p) => p.account === id && new Date(p.postedAt).toISOString().slice(0, 7) === month).length;
  return Math.max(0, limit - used);
}
