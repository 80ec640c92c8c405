import { accountId, type Account } from './accounts.ts';
import type { Due } from './client.ts';
import type { AnnounceItem } from './input.ts';
import { postKey, type Ledger } from './ledger.ts';

/** What one account has to post: every item not yet in the ledger for it, oldest first. */
export interface AccountPlan {
  account: Account;
  /** Items to post, oldest first, in the account's language (else the item's first). */
  candidates: Due[];
  /** Items of this run already posted from this account in an earlier run. */
  done: number;
}

/** True when an account posts an item: the hub's accounts post every item, a chamber's only its own; and only
 * an item with a text for the account's platform (one queued by a build before the platform was added has none). */
export function postsItem(account: Account, item: AnnounceItem): boolean {
  const lang = langFor(account, item);
  const text = lang === undefined ? undefined : item.languages[lang]?.posts[account.platform];
  return (account.owner === 'hub' || item.chambers.includes(account.owner)) && text !== undefined;
}

/** Each account's posts still due, given the items (oldest first) and the ledger: pure, no I/O. */
export function planPosts(items: AnnounceItem[], accounts: Account[], ledger: Ledger): AccountPlan[] {
  const made = madeIn(ledger);
  return accounts.map((account) => {
    const id = accountId(account);
    const mine = items.filter((item) => postsItem(account, item));
    const candidates: Due[] = [];
    for (const item of mine) {
      if (made(item.id, id)) continue;
      const lang = langFor(account, item);
      const version = lang === undefined ? undefined : item.languages[lang];
      if (lang !== undefined && version) candidates.push({ item, lang, version });
    }
    return { account, candidates, done: mine.length - candidates.length };
  });
}

/** Whether the ledger has an item as announced from an account: posted there, or in the baseline. */
function madeIn(ledger: Ledger): (item: string, account: string) => boolean {
  const posted = new Set(ledger.posts.map(postKey));
  const baseline = new Set(ledger.baseline?.items ?? []);
  return (item, account) => baseline.has(item) || posted.has(postKey({ item, account }));
}

/** The language an account posts an item in: its own, else the item's first. */
function langFor(account: Account, item: AnnounceItem): string | undefined {
  return item.languages[account.lang] ? account.lang : Object.keys(item.languages)[0];
}

/** The items some configured account still has to post (what the ledger's queue carries to the next run),
 * each with only the languages those accounts post in. */
export function unfinished(items: AnnounceItem[], accounts: Account[], ledger: Ledger): AnnounceItem[] {
  const made = madeIn(ledger);
  return items.flatMap((item) => {
    const owing = accounts.filter((a) => postsItem(a, item) && !made(item.id, accountId(a)));
    const langs = new Set(owing.map((a) => langFor(a, item)));
    return owing.length ? [{ ...item, languages: Object.fromEntries(Object.entries(item.languages).filter(([l]) => langs.has(l))) }] : [];
  });
}
