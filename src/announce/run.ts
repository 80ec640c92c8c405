import { accountId, type Account } from './accounts.ts';
import type { Due, PlatformClient, Remote } from './client.ts';
import { PostError, QuotaError } from './http.ts';
import { postKey, withoutPending, withPending, withPost, writeLedger, type Ledger } from './ledger.ts';
import type { AnnounceItem } from './input.ts';
import { unfinished, type AccountPlan } from './plan.ts';

/** What a run does with the plan. */
export interface RunOptions {
  /** Every item of this run (queue and new.json), oldest first. */
  items: AnnounceItem[];
  plans: AccountPlan[];
  /** Every configured account, `--only` aside: an item stays queued until each of them has posted it. */
  owed: Account[];
  ledger: Ledger;
  ledgerFile: string;
  /** At most this many posts per account in one run. */
  max: number;
  /** Posts an account may still make under its platform's quota (X's monthly cap); undefined: no quota. */
  budget?: ((account: Account, ledger: Ledger) => number | undefined) | undefined;
  /** Print what would be posted; send nothing, write nothing. */
  dryRun: boolean;
  /** `--check-live`: is the item's page (and card) live yet? */
  isLive?: ((due: Due) => Promise<boolean>) | undefined;
  /** The client of an account (not called in a dry run). */
  clientFor: (plan: AccountPlan) => PlatformClient;
  /** For the ledger's `postedAt` and pending marks. */
  now: () => Date;
  log: (line: string) => void;
}

/** Counts of a run. */
export interface RunResult {
  posted: number;
  /** Posts found already made (an earlier run's answer or ledger entry was lost), recorded, not made again. */
  found: number;
  /** Dry run: the posts that would have been made. */
  previewed: number;
  failed: number;
  /** Due but left for a later run: past `--max` or the quota, not live yet, or behind a failure. */
  waiting: number;
  ledger: Ledger;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The posts of one account this run: up to `max`, oldest first, skipping items not live yet. */
async function pick(plan: AccountPlan, max: number, isLive: RunOptions['isLive']): Promise<{ due: Due[]; notLive: number }> {
  const due: Due[] = [];
  let notLive = 0;
  for (const c of plan.candidates) {
    if (due.length >= max) break;
    if (isLive && !(await isLive(c))) notLive++;
    else due.push(c);
  }
  return { due, notLive };
}

const indent = (value: unknown) => JSON.stringify(value, null, 2).replace(/^/gm, '    ');

/**
 * Posts what is due, account by account, oldest item first. Before each post the ledger marks it pending;
 * once the platform answers it records the post (id and URL). An account stops at its first failure, so
 * its posts stay in order; the next run starts again there, first looking for a post left pending.
 */
export async function runAnnounce(o: RunOptions): Promise<RunResult> {
  let ledger = o.ledger;
  let posted = 0;
  let found = 0;
  let previewed = 0;
  let failed = 0;
  let waiting = 0;
  const save = async (next: Ledger) => {
    ledger = next;
    await writeLedger(o.ledgerFile, ledger);
  };
  // The queue first: should the run die, what it was handed is still owed to the next one.
  const queue = () => ({ ...ledger, queue: unfinished(o.items, o.owed, ledger) });
  if (!o.dryRun) await save(queue());
  for (const plan of o.plans) {
    const id = accountId(plan.account);
    const budget = o.budget?.(plan.account, ledger);
    const max = budget === undefined ? o.max : Math.min(o.max, budget);
    const { due, notLive } = await pick(plan, max, o.isLive);
    const later = plan.candidates.length - due.length - notLive;
    const why = max < o.max ? `the platform's monthly quota: ${budget} left` : `--max ${o.max}`;
    const tail = [notLive ? `${notLive} not live yet` : '', later ? `${later} wait for the next run (${why})` : ''].filter(Boolean).join(', ');
    o.log(`${id}: ${due.length} to post${plan.done ? `, ${plan.done} already posted` : ''}${tail ? `, ${tail}` : ''}`);
    waiting += notLive + later;
    if (due.length === 0) continue;
    const client = o.clientFor(plan);
    if (o.dryRun) {
      previewed += due.length;
      due.forEach((d, i) => {
        const p = client.preview(d);
        o.log(`  [${i + 1}/${due.length}] ${d.item.id} in ${d.lang} (first seen ${d.item.firstSeen})\n    ${p.request}\n${indent(p.body)}`);
      });
      continue;
    }
    try {
      await client.open();
    } catch (e) {
      o.log(`${id}: FAILED to start: ${message(e)}; ${due.length} posts wait for the next run`);
      failed += due.length;
      continue;
    }
    for (const [i, d] of due.entries()) {
      const key = { item: d.item.id, platform: plan.account.platform, account: id, lang: d.lang };
      const pending = ledger.pending?.find((p) => postKey(p) === postKey(key));
      try {
        let remote: Remote | undefined = pending ? await client.find(d) : undefined;
        const foundPending = remote !== undefined;
        let postedAt = pending?.since ?? '';
        if (remote) o.log(`${id}: found ${d.item.id}, posted in an earlier run whose answer was lost: ${remote.url}`);
        else {
          postedAt = o.now().toISOString();
          await save(withPending(ledger, { ...key, since: pending?.since ?? o.now().toISOString() }));
          remote = await client.post(d);
          o.log(remote.found ? `${id}: found ${d.item.id}, posted earlier: ${remote.url}` : `${id}: posted ${d.item.id} in ${d.lang}: ${remote.url}`);
        }
        // A found post keeps its own time, when the platform gives it: the ledger says when it was made.
        await save(withPost(ledger, { ...key, remoteId: remote.remoteId, url: remote.url, postedAt: remote.createdAt ?? postedAt }));
        if (foundPending || remote.found) found++;
        else posted++;
      } catch (e) {
        const rest = due.length - i - 1;
        if (e instanceof QuotaError) {
          // Nothing was made: this item and the rest stay queued for a later run; not a failure.
          await save(withoutPending(ledger, key));
          waiting += rest + 1;
          o.log(`${id}: ${d.item.id} and ${rest} more wait for a later run: ${message(e)}`);
          break;
        }
        failed++;
        const unsure = !(e instanceof PostError) || e.unsure;
        if (!unsure) await save(withoutPending(ledger, key));
        waiting += rest;
        o.log(
          `${id}: FAILED ${d.item.id}: ${message(e)}${unsure ? ' (the platform may have made it: the next run looks for it first)' : ''}` +
            (rest ? `; ${rest} more wait for the next run` : ''),
        );
        break;
      }
    }
  }
  if (!o.dryRun) await save(queue());
  return { posted, found, previewed, failed, waiting, ledger };
}
