import type { Chamber } from '../model/schemas.ts';
import { accountId, PLATFORMS, PLATFORM_IDS, type AnyAccount, type PlatformId } from '../platforms/index.ts';

export { accountId };
export type { MastodonAccount } from '../platforms/mastodon.ts';
export type { BlueskyAccount } from '../platforms/bluesky.ts';
export type { LinkedInAccount } from '../platforms/linkedin.ts';
export { BLUESKY_DEFAULT_SERVICE } from '../platforms/bluesky.ts';

/** Platforms the announcer posts to (the registry's ids). */
export { PLATFORM_IDS as PLATFORMS };
/** One posting platform. */
export type Platform = PlatformId;

/** An account the hub may post to (and read counts from); its platform checks its fields. */
export type Account = AnyAccount & { platform: PlatformId };

/** An account that is named but cannot be used, and why (the names of the missing variables). */
export interface SkippedAccount {
  owner: string;
  platform: PlatformId;
  reason: string;
}

type Env = Record<string, string | undefined>;

/**
 * The accounts configured for this run: the hub's own from the variables each platform documents
 * (`npm run announce -- --help` lists them), then those of chambers that opted in through `announce`
 * in the chamber registry, whose secrets come from the variables the registry names. A platform whose
 * variables are missing is skipped, and `skipped` says which variables.
 */
export function configuredAccounts(env: Env, chambers: Chamber[], hubLang: string): { accounts: Account[]; skipped: SkippedAccount[] } {
  const accounts: Account[] = [];
  const skipped: SkippedAccount[] = [];
  const need = (owner: string, platform: PlatformId, names: readonly string[]): Record<string, string> | undefined => {
    const missing = names.filter((k) => !env[k]?.trim());
    if (missing.length === 0) return Object.fromEntries(names.map((k) => [k, (env[k] ?? '').trim()]));
    skipped.push({ owner, platform, reason: `${missing.join(', ')} not set` });
    return undefined;
  };

  for (const p of PLATFORMS) {
    const v = need('hub', p.id, p.env.required);
    if (!v) continue;
    const optional = Object.fromEntries(Object.keys(p.env.optional).flatMap((k) => (env[k]?.trim() ? [[k, env[k].trim()]] : [])));
    accounts.push(p.hubAccount({ ...optional, ...v }, hubLang));
  }
  for (const ch of chambers) {
    for (const p of PLATFORMS) {
      const entry = new Map(Object.entries(ch.announce ?? {})).get(p.id);
      if (!entry) continue;
      const name = p.chamber.secretEnv(entry);
      const v = need(ch.code, p.id, [name]);
      if (v) accounts.push(p.chamber.account(entry, ch.code, v[name] ?? ''));
    }
  }
  return { accounts, skipped };
}
