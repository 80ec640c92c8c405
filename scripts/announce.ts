// `npm run announce`: posts the items first seen in the latest build (dist/social/new.json) to every
// configured account, once and only once (see docs/operations.md, "Announcing new items").
// Exit codes: 0 every due post made (or nothing due); 1 some posts failed (the ledger holds those made,
// and the next run retries the rest); 2 bad flags or configuration, found before any request.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PLATFORMS, accountId, configuredAccounts, type Account, type Platform } from '../src/announce/accounts.ts';
import { PLATFORMS as REGISTRY } from '../src/platforms/index.ts';
import { accountProblems, placeholderAccount } from '../src/announce/check.ts';
import { clientFactory } from '../src/announce/clients.ts';
import type { HttpContext } from '../src/announce/http.ts';
import { readNewItems, withQueue, type AnnounceItem } from '../src/announce/input.ts';
import { manifestBeside, publishedIds } from '../src/announce/baseline.ts';
import { readLedger, withBaseline, writeLedger, type Ledger } from '../src/announce/ledger.ts';
import { liveChecker } from '../src/announce/live.ts';
import { planPosts } from '../src/announce/plan.ts';
import { redactor, secretsOf } from '../src/announce/redact.ts';
import { quotaLeft, quotaProblems } from '../src/announce/quota.ts';
import { runAnnounce } from '../src/announce/run.ts';
import { readChambers } from '../src/content/chambers.ts';

const ENV = REGISTRY.map((p) => [...p.env.required, ...Object.entries(p.env.optional).map(([k, v]) => `${k} (default ${v})`)].join(', ')).join('; ');

const QUOTAS = REGISTRY.flatMap((p) => (p.quota ? [`${p.quota.env} (default ${p.quota.posts} posts a month per ${p.name} account)`] : [])).join('; ');

const USAGE = `usage: npm run announce -- [options]
  --dry-run            print what would be posted, where and as what; send nothing, write nothing
  --baseline           record every item the built site has published (social/manifest.json beside
                       new.json) as announced, and post nothing: a first deployment's step, so that
                       later runs post only what is new
  --new <file|url>     the items to announce (default: dist/social/new.json)
  --ledger <file>      the posts made so far (default: content/social/ledger.json)
  --max <n>            at most n posts per account in this run (default 10); the rest wait for the next run
  --only <platforms>   comma-separated subset of ${PLATFORMS.join(',')} (default: all configured)
  --check-live         post an item only once its page and card answer 200 at their public URLs
  --mastodon-media     attach the wide card to Mastodon statuses (then Mastodon draws no link card)
  --timeout <ms>       time allowed per request (default 30000)
  --retries <n>        retries per request on 429, 5xx and, where safe, network errors (default 4)
  --backoff <ms>       first retry delay, doubled each time (default 1000)
environment: ${ENV};
  quotas: ${QUOTAS}; what exceeds one waits in the ledger's queue for the next month;
  the variables chambers name in registries/chambers.json (HUB_CONTENT_DIR, default content/)
exit: 0 every due post made; 1 some posts failed (the next run retries them); 2 bad flags or configuration`;

class UsageError extends Error {}

function count(name: string, value: string | undefined, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < min) throw new UsageError(`--${name}: "${value}" is not a whole number ≥ ${min}`);
  return n;
}

interface Setup {
  dryRun: boolean;
  /** Every id the site has published, with --baseline; undefined otherwise. */
  baseline: string[] | undefined;
  checkLive: boolean;
  max: number;
  ledgerFile: string;
  ledger: Ledger;
  items: AnnounceItem[];
  /** The built site's folder when new.json is a local file. */
  root: string | undefined;
  accounts: Account[];
  /** Every configured account, whatever --only says. */
  owed: Account[];
  secrets: string[];
  http: HttpContext;
  mastodonMedia: boolean;
  notes: string[];
}

/** Flags, environment, registry, ledger and new.json, all checked before any request to a platform. */
async function setup(argv: string[], env: NodeJS.ProcessEnv): Promise<Setup> {
  const { values } = parseArgs({
    args: argv,
    options: {
      'dry-run': { type: 'boolean', default: false },
      baseline: { type: 'boolean', default: false },
      new: { type: 'string', default: 'dist/social/new.json' },
      ledger: { type: 'string', default: 'content/social/ledger.json' },
      max: { type: 'string' },
      only: { type: 'string' },
      'check-live': { type: 'boolean', default: false },
      'mastodon-media': { type: 'boolean', default: false },
      timeout: { type: 'string' },
      retries: { type: 'string' },
      backoff: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const only = values.only === undefined ? [...PLATFORMS] : values.only.split(',').map((s) => s.trim());
  const unknown = only.find((p) => !PLATFORMS.some((k) => k === p));
  if (unknown !== undefined) throw new UsageError(`--only: unknown platform "${unknown}" (${PLATFORMS.join(', ')})`);
  const platforms = PLATFORMS.filter((p: Platform) => only.includes(p));
  const max = count('max', values.max, 10, 1);
  const http: HttpContext = {
    timeoutMs: count('timeout', values.timeout, 30_000, 1),
    retry: {
      retries: count('retries', values.retries, 4, 0),
      baseDelayMs: count('backoff', values.backoff, 1000, 0),
      maxDelayMs: 60_000,
      maxRetryAfterMs: 300_000,
    },
  };
  const dryRun = values['dry-run'];

  // Imported here so that a bad SITE_URL or HUB_LANGUAGES is reported like a bad flag.
  const { defaultLang, langCodes } = await import('../src/config/resolve.ts');
  const content = path.resolve(env.HUB_CONTENT_DIR || 'content');
  const chambers = await readChambers(content, path.relative(process.cwd(), content) || '.');
  const configured = configuredAccounts(env, chambers, defaultLang);
  const notes: string[] = [];
  let accounts = configured.accounts.filter((a) => platforms.includes(a.platform));
  const problems = [...accounts.flatMap((a) => accountProblems(a, langCodes)), ...quotaProblems(env)];
  if (problems.length) throw new UsageError(problems.join('\n'));
  for (const s of configured.skipped.filter((x) => platforms.includes(x.platform))) {
    notes.push(`${accountId(s)}: skipped, ${s.reason}`);
    if (dryRun && s.owner === 'hub') {
      accounts.push(placeholderAccount(s, defaultLang));
      notes.push(`${accountId(s)}: shown as it would post once configured`);
    }
  }
  accounts = platforms.flatMap((p) => accounts.filter((a) => a.platform === p));

  const ledgerFile = path.resolve(values.ledger);
  const ledger = await readLedger(ledgerFile);
  const source = values.new;
  const remote = /^https?:\/\//.test(source);
  let items: AnnounceItem[];
  try {
    items = remote ? [] : await readNewItems(source);
  } catch (e) {
    if (e instanceof Error && 'code' in e && e.code === 'ENOENT') throw new UsageError(`${source}: not found (run \`npm run build\` first, or give --new)`);
    throw e;
  }
  if (remote) items = await readNewItems(source, http.timeoutMs);
  let baseline: string[] | undefined;
  if (values.baseline) {
    try {
      baseline = [...(await publishedIds(source, http.timeoutMs)), ...items.map((i) => i.id)];
    } catch (e) {
      if (e instanceof Error && 'code' in e && e.code === 'ENOENT')
        throw new UsageError(`${manifestBeside(source)}: not found (--baseline reads the build's manifest beside new.json)`);
      throw e;
    }
  }
  return {
    dryRun,
    baseline,
    checkLive: values['check-live'],
    max,
    ledgerFile,
    ledger,
    items: withQueue(ledger.queue ?? [], items),
    root: remote ? undefined : path.dirname(path.dirname(path.resolve(source))),
    accounts,
    owed: configured.accounts,
    secrets: configured.accounts.flatMap(secretsOf),
    http,
    mastodonMedia: values['mastodon-media'],
    notes,
  };
}

async function main(): Promise<number> {
  let s: Setup;
  try {
    s = await setup(process.argv.slice(2), process.env);
  } catch (e) {
    const usage = e instanceof UsageError || (e instanceof Error && 'code' in e && e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION');
    console.error(`announce: ${e instanceof Error ? e.message : String(e)}${usage ? `\n${USAGE}` : ''}`);
    return 2;
  }
  const redact = redactor(s.secrets);
  const log = (line: string) => console.log(redact(line));
  const http: HttpContext = { ...s.http, onRetry: (r) => log(`  retry ${r.retry} of ${r.url} in ${Math.round(r.delayMs / 100) / 10} s: ${r.reason}`) };
  log(
    `announce${s.dryRun ? ' (dry run: nothing is sent)' : ''}: ${s.items.length} items (new and queued), ${s.accounts.length} accounts, ledger ${path.relative(process.cwd(), s.ledgerFile)}`,
  );
  for (const n of s.notes) log(n);
  if (s.baseline) {
    // A first deployment: everything already published counts as announced; nothing is posted.
    const { ledger, added } = withBaseline(s.ledger, s.baseline, new Date().toISOString());
    if (!s.dryRun) await writeLedger(s.ledgerFile, ledger);
    log(
      `announce --baseline: ${added} items recorded as announced without a post (${ledger.baseline?.items.length ?? 0} in the baseline), nothing posted${s.dryRun ? '; dry run: the ledger was not written' : ''}`,
    );
    return 0;
  }
  const clientFor = clientFactory({ http, mastodonMedia: s.mastodonMedia, env: process.env, root: s.root, now: () => new Date() });
  try {
    const result = await runAnnounce({
      items: s.items,
      plans: planPosts(s.items, s.accounts, s.ledger),
      owed: s.owed,
      ledger: s.ledger,
      ledgerFile: s.ledgerFile,
      max: s.max,
      budget: (account, ledger) => quotaLeft(account, ledger, new Date(), process.env),
      dryRun: s.dryRun,
      isLive: s.checkLive ? liveChecker(http) : undefined,
      clientFor: (plan) => clientFor(plan.account),
      now: () => new Date(),
      log,
    });
    const found = result.found ? `, ${result.found} found (posted earlier)` : '';
    const made = s.dryRun ? `dry run, ${result.previewed} would be posted` : `${result.posted} posted${found}, ${result.failed} failed`;
    log(`announce: ${made}, ${result.waiting} waiting for later runs`);
    return result.failed ? 1 : 0;
  } catch (e) {
    log(`announce stopped: ${e instanceof Error ? e.message : String(e)} (the ledger holds every post recorded so far)`);
    return 1;
  }
}

process.exit(await main());
