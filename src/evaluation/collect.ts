import path from 'node:path';
import { configuredAccounts, accountId, type Account } from '../announce/accounts.ts';
import { readLedger, type LedgerPost } from '../announce/ledger.ts';
import type { Chamber } from '../model/schemas.ts';
import { describeError } from '../http/request.ts';
import { readHistory } from './history.ts';
import { readImports } from './imports/read.ts';
import { EVALUATION_FORMAT, type EvaluationSnapshot, type Source } from './schema.ts';
import { chamberHandles } from './shared-by.ts';
import { writeSnapshot } from './store.ts';
import { ExportOnly, type HttpSettings } from './sources/http.ts';
import type { AccountFigures } from './sources/mastodon.ts';
import { platformOf } from '../platforms/index.ts';
import { answersByPost } from './answered-by.ts';
import { readDiscussion } from '../discussion/read.ts';
import { analyticsSettings, visitorsFigures } from './visitors.ts';

type Env = Record<string, string | undefined>;

/** What a run of `npm run evaluate` needs; everything from outside comes in here. */
export interface CollectOptions {
  /** The content folder: reads `evaluation/` (history, `imports/`), writes `evaluation/<day>.json`. */
  contentDir: string;
  /** The announce ledger (default `<contentDir>/social/ledger.json`). */
  ledgerFile?: string | undefined;
  env: Env;
  now: Date;
  chambers: Chamber[];
  hubLang: string;
  campaign: string;
  trial: { start: string; end: string };
  http: HttpSettings;
}

/** The outcome: the snapshot written, and whether a source failed (exit 1). */
export interface CollectResult {
  snapshot: EvaluationSnapshot;
  file: string;
  failed: boolean;
}

/** The UTC day of an instant. */
export function utcDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function figuresOf(account: Account, posts: LedgerPost[], chambers: Chamber[], env: Env, http: HttpSettings): Promise<AccountFigures> {
  return platformOf(account.platform).figures(account, posts, { handles: chamberHandles(chambers, account.platform), env, http });
}

/** A failing source keeps its figures from the latest earlier snapshot that had them, and says so. */
export function keepPrevious(failed: Source, reason: string, previous: EvaluationSnapshot | undefined): Source {
  const old = previous?.sources.find((s) => s.id === failed.id && (s.status === 'ok' || s.status === 'kept-previous'));
  if (!old || !previous) return { ...failed, status: 'failed', reason, posts: [], problems: failed.problems };
  return { ...old, status: 'kept-previous', reason, keptFrom: old.keptFrom ?? previous.date };
}

/** Collects every source for the day of `now`, writes `evaluation/<day>.json` and says whether any source failed. */
export async function collect(o: CollectOptions): Promise<CollectResult> {
  const dir = path.join(o.contentDir, 'evaluation');
  const history = await readHistory(dir);
  const date = utcDay(o.now);
  const previous = history.filter((h) => !h.sample && h.date <= date).at(-1);
  const days: [string, string] = [o.trial.start, date < o.trial.end ? date : o.trial.end];
  const ledger = await readLedger(o.ledgerFile ?? path.join(o.contentDir, 'social', 'ledger.json'));
  const trialPosts = ledger.posts.filter((p) => p.postedAt.slice(0, 10) >= o.trial.start && p.postedAt.slice(0, 10) <= o.trial.end);
  const sources: Source[] = [];

  const answers = answersByPost(await readDiscussion(o.contentDir));
  const { accounts, skipped } = configuredAccounts(o.env, o.chambers, o.hubLang);
  for (const s of skipped) {
    sources.push({ id: accountId(s), type: 'account', platform: s.platform, status: 'not-configured', reason: s.reason, posts: [], problems: [] });
  }
  for (const account of accounts) {
    const id = accountId(account);
    const base: Source = { id, type: 'account', platform: account.platform, status: 'ok', posts: [], problems: [] };
    try {
      const f = await figuresOf(
        account,
        trialPosts.filter((p) => p.account === id),
        o.chambers,
        o.env,
        o.http,
      );
      // A post whose reads failed is missing (named in problems); the account's other figures stand.
      const posts = f.posts.map((p) => {
        const answeredBy = answers.get(`${p.platform} ${p.remoteId}`);
        return answeredBy ? { ...p, answeredBy } : p;
      });
      sources.push({ ...base, followers: f.followers, posts, problems: f.problems ?? [] });
    } catch (e) {
      if (e instanceof ExportOnly) sources.push({ ...base, status: 'not-configured', reason: e.message });
      else sources.push(keepPrevious(base, describeError(e), previous));
    }
  }

  const ledgerByUrl = new Map(ledger.posts.map((p) => [p.url, { item: p.item, remoteId: p.remoteId }]));
  for (const s of await readImports(path.join(dir, 'imports'), { days, ledgerByUrl })) {
    sources.push(s.status === 'failed' ? keepPrevious(s, s.reason ?? 'unreadable', previous) : s);
  }

  const analytics = analyticsSettings(o.env);
  const visitors: Source = { id: 'visitors', type: 'visitors', platform: analytics.tool, status: 'ok', posts: [], problems: [] };
  if (analytics.tool === 'none') sources.push({ ...visitors, status: 'not-configured', reason: analytics.reason });
  else {
    try {
      sources.push({ ...visitors, visits: await visitorsFigures(analytics, o.campaign, days, o.http) });
    } catch (e) {
      sources.push(keepPrevious(visitors, describeError(e), previous));
    }
  }

  for (const s of sources) s.posts.sort((a, b) => a.platform.localeCompare(b.platform) || a.remoteId.localeCompare(b.remoteId));
  sources.sort((a, b) => a.id.localeCompare(b.id));
  const snapshot: EvaluationSnapshot = {
    format: EVALUATION_FORMAT,
    sample: false,
    date,
    collectedAt: o.now.toISOString(),
    trial: o.trial,
    campaign: o.campaign,
    sources,
  };
  await writeSnapshot(dir, snapshot, history);
  const failed = sources.some((s) => s.status === 'failed' || s.status === 'kept-previous');
  return { snapshot, file: path.join(dir, `${date}.json`), failed };
}
