import { BLUESKY_DEFAULT_SERVICE, accountId, type Account, type Platform, type SkippedAccount } from './accounts.ts';

const httpUrl = (value: string) => {
  try {
    const u = new URL(value);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
};

/** What is wrong with a configured account (a bad URL, an unknown language), one line each; empty when usable. */
export function accountProblems(a: Account, langs: string[]): string[] {
  const id = accountId(a);
  const out: string[] = [];
  if (!langs.includes(a.lang)) out.push(`${id}: language "${a.lang}" is not one of the hub's (${langs.join(', ')})`);
  if (a.platform === 'mastodon' && !httpUrl(a.url)) out.push(`${id}: ${a.owner === 'hub' ? 'MASTODON_URL' : 'url'} "${a.url}" is not an http(s) URL`);
  if (a.platform === 'bluesky' && !httpUrl(a.service)) out.push(`${id}: ${a.owner === 'hub' ? 'BLUESKY_SERVICE' : 'service'} "${a.service}" is not an http(s) URL`);
  if (a.platform === 'linkedin' && !/^\d+$/.test(a.organization)) out.push(`${id}: LINKEDIN_ORGANIZATION "${a.organization}" is not a numeric organisation id`);
  return out;
}

/** Stand-ins for the hub's accounts a dry run lacks, so that it still shows what each platform would get. */
export function placeholderAccount(s: SkippedAccount, lang: string): Account {
  const owner = s.owner;
  const p: Platform = s.platform;
  if (p === 'mastodon') return { platform: p, owner, lang, url: 'https://MASTODON_URL.invalid', token: '' };
  if (p === 'bluesky') return { platform: p, owner, lang, service: BLUESKY_DEFAULT_SERVICE, identifier: 'BLUESKY_IDENTIFIER', password: '' };
  return { platform: p, owner, lang, organization: 'LINKEDIN_ORGANIZATION', token: '' };
}
