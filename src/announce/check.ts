import { platformOf } from '../platforms/index.ts';
import { accountId, type Account, type SkippedAccount } from './accounts.ts';

/** What is wrong with a configured account (a bad URL, an unknown language), one line each; empty when usable. */
export function accountProblems(a: Account, langs: string[]): string[] {
  const id = accountId(a);
  const out: string[] = [];
  if (!langs.includes(a.lang)) out.push(`${id}: language "${a.lang}" is not one of the hub's (${langs.join(', ')})`);
  return [
    ...out,
    ...platformOf(a.platform)
      .problems(a)
      .map((p) => `${id}: ${p}`),
  ];
}

/** Stand-ins for the hub's accounts a dry run lacks, so that it still shows what each platform would get. */
export function placeholderAccount(s: SkippedAccount, lang: string): Account {
  return { ...platformOf(s.platform).placeholder(s.owner, lang), platform: s.platform };
}
