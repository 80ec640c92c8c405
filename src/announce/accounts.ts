import type { Chamber } from '../model/schemas.ts';

/** Platforms the announcer posts to. */
export const PLATFORMS = ['mastodon', 'bluesky', 'linkedin'] as const;
/** One posting platform. */
export type Platform = (typeof PLATFORMS)[number];

/** Who owns an account: the hub itself, or a chamber (by registry code) that opted in. */
type Owner = { owner: string; lang: string };
/** A Mastodon account: its server and an access token with `write:statuses` (and `write:media`). */
export type MastodonAccount = Owner & { platform: 'mastodon'; url: string; token: string };
/** A Bluesky account: its PDS (entryway), handle or DID, and an app password. */
export type BlueskyAccount = Owner & { platform: 'bluesky'; service: string; identifier: string; password: string };
/** A LinkedIn organisation page: its numeric id and a token with `w_organization_social`. */
export type LinkedInAccount = Owner & { platform: 'linkedin'; organization: string; token: string };
/** An account the hub may post to (and read counts from). */
export type Account = MastodonAccount | BlueskyAccount | LinkedInAccount;

/** An account that is named but cannot be used, and why (the names of the missing variables). */
export interface SkippedAccount {
  owner: string;
  platform: Platform;
  reason: string;
}

/** The default Bluesky service. */
export const BLUESKY_DEFAULT_SERVICE = 'https://bsky.social';

/** An account's stable id for the ledger and logs: platform and owner, never a secret. */
export function accountId(a: Pick<Account, 'platform' | 'owner'>): string {
  return `${a.platform}:${a.owner}`;
}

type Env = Record<string, string | undefined>;

/**
 * The accounts configured for this run: the hub's own from the documented variables (`MASTODON_URL`
 * and `MASTODON_TOKEN`; `BLUESKY_SERVICE`, `BLUESKY_IDENTIFIER` and `BLUESKY_APP_PASSWORD`;
 * `LINKEDIN_TOKEN` and `LINKEDIN_ORGANIZATION`), then those of chambers that opted in through
 * `announce` in the chamber registry, whose secrets come from the variables the registry names.
 * A platform whose variables are missing is skipped, and `skipped` says which variables.
 */
export function configuredAccounts(env: Env, chambers: Chamber[], hubLang: string): { accounts: Account[]; skipped: SkippedAccount[] } {
  const accounts: Account[] = [];
  const skipped: SkippedAccount[] = [];
  const need = (owner: string, platform: Platform, vars: Record<string, string | undefined>): Record<string, string> | undefined => {
    const missing = Object.entries(vars).filter(([, v]) => !v?.trim()).map(([k]) => k);
    if (missing.length === 0) return Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, (v ?? '').trim()]));
    skipped.push({ owner, platform, reason: `${missing.join(', ')} not set` });
    return undefined;
  };

  const m = need('hub', 'mastodon', { MASTODON_URL: env.MASTODON_URL, MASTODON_TOKEN: env.MASTODON_TOKEN });
  if (m) accounts.push({ platform: 'mastodon', owner: 'hub', lang: hubLang, url: m.MASTODON_URL ?? '', token: m.MASTODON_TOKEN ?? '' });
  const b = need('hub', 'bluesky', { BLUESKY_IDENTIFIER: env.BLUESKY_IDENTIFIER, BLUESKY_APP_PASSWORD: env.BLUESKY_APP_PASSWORD });
  if (b) {
    const service = env.BLUESKY_SERVICE?.trim() || BLUESKY_DEFAULT_SERVICE;
    accounts.push({ platform: 'bluesky', owner: 'hub', lang: hubLang, service, identifier: b.BLUESKY_IDENTIFIER ?? '', password: b.BLUESKY_APP_PASSWORD ?? '' });
  }
  const l = need('hub', 'linkedin', { LINKEDIN_TOKEN: env.LINKEDIN_TOKEN, LINKEDIN_ORGANIZATION: env.LINKEDIN_ORGANIZATION });
  if (l) accounts.push({ platform: 'linkedin', owner: 'hub', lang: hubLang, token: l.LINKEDIN_TOKEN ?? '', organization: l.LINKEDIN_ORGANIZATION ?? '' });

  for (const ch of chambers) {
    const a = ch.announce;
    if (!a) continue;
    if (a.mastodon) {
      const v = need(ch.code, 'mastodon', { [a.mastodon.tokenEnv]: env[a.mastodon.tokenEnv] });
      if (v) accounts.push({ platform: 'mastodon', owner: ch.code, lang: a.mastodon.lang, url: a.mastodon.url, token: v[a.mastodon.tokenEnv] ?? '' });
    }
    if (a.bluesky) {
      const v = need(ch.code, 'bluesky', { [a.bluesky.passwordEnv]: env[a.bluesky.passwordEnv] });
      if (v) {
        const { service = BLUESKY_DEFAULT_SERVICE, identifier, lang, passwordEnv } = a.bluesky;
        accounts.push({ platform: 'bluesky', owner: ch.code, lang, service, identifier, password: v[passwordEnv] ?? '' });
      }
    }
    if (a.linkedin) {
      const v = need(ch.code, 'linkedin', { [a.linkedin.tokenEnv]: env[a.linkedin.tokenEnv] });
      if (v) accounts.push({ platform: 'linkedin', owner: ch.code, lang: a.linkedin.lang, organization: a.linkedin.organization, token: v[a.linkedin.tokenEnv] ?? '' });
    }
  }
  return { accounts, skipped };
}
