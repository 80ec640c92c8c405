// `npm run evaluate`: collects the trial's figures into content/evaluation/<day>.json (see docs/operations.md, "Running a trial").
// Exit codes: 0 every configured source collected; 1 a source failed (it kept its previous figures, or has
// none) — the snapshot is still written; 2 bad flags or configuration (nothing was requested); 4 stopped on
// an unexpected error (earlier snapshots are untouched).
import path from 'node:path';
import { parseArgs } from 'node:util';

const USAGE = `usage: npm run evaluate -- [options]
  --dir <path>       content folder (default: content): reads evaluation/, evaluation/imports/, social/ledger.json, registries/
  --ledger <file>    the announce ledger (default: <dir>/social/ledger.json)
  --now <iso>        the collection's time (default: the clock); its UTC day names the snapshot
  --timeout <ms>     time allowed per request (default 30000)
  --retries <n>      retries on network errors, 429 and 5xx (default 3)
environment: MASTODON_URL MASTODON_TOKEN; BLUESKY_IDENTIFIER BLUESKY_APP_PASSWORD [BLUESKY_APPVIEW];
  LINKEDIN_TOKEN LINKEDIN_ORGANIZATION [LINKEDIN_API_URL]; MATOMO_URL MATOMO_TOKEN MATOMO_SITE_ID or
  PLAUSIBLE_URL PLAUSIBLE_TOKEN PLAUSIBLE_SITE_ID; HUB_TRIAL_START HUB_TRIAL_END
exit: 0 collected; 1 a source failed (figures kept where there were some); 2 bad flags; 4 stopped on an error`;

class UsageError extends Error {}

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        dir: { type: 'string', default: 'content' },
        ledger: { type: 'string' },
        now: { type: 'string' },
        timeout: { type: 'string' },
        retries: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }));
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  let now: Date;
  let timeoutMs: number;
  let retries: number;
  try {
    now = values.now ? new Date(values.now) : new Date();
    if (Number.isNaN(now.getTime())) throw new UsageError(`--now: "${values.now}" is not an ISO 8601 date-time`);
    timeoutMs = Number(values.timeout ?? 30000);
    retries = Number(values.retries ?? 3);
    if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) throw new UsageError(`--timeout: "${values.timeout}" is not a positive whole number`);
    if (!Number.isInteger(retries) || retries < 0) throw new UsageError(`--retries: "${values.retries}" is not a whole number`);
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const dir = path.resolve(values.dir);
  let setup;
  try {
    // Imported here so that a bad HUB_TRIAL_START (or any config override) is reported like a bad flag.
    const { hub } = await import('../src/config/resolve.ts');
    const { readChambers } = await import('../src/content/chambers.ts');
    setup = { hub, chambers: await readChambers(dir, path.relative(process.cwd(), dir) || '.') };
  } catch (e) {
    console.error((e as Error).message);
    return 2;
  }
  const { hub, chambers } = setup;
  const trial = { start: hub.evaluation.trialStart, end: hub.evaluation.trialEnd };
  const { collect, utcDay } = await import('../src/evaluation/collect.ts');
  if (utcDay(now) < trial.start) {
    console.error(`the trial starts on ${trial.start}; nothing to collect on ${utcDay(now)}`);
    return 2;
  }
  const { DEFAULT_HTTP } = await import('../src/evaluation/sources/http.ts');
  const result = await collect({
    contentDir: dir,
    ledgerFile: values.ledger ? path.resolve(values.ledger) : undefined,
    env: process.env,
    now,
    chambers,
    hubLang: hub.languages[0]?.code ?? 'en',
    campaign: hub.social.campaign,
    trial,
    http: {
      ...DEFAULT_HTTP,
      timeoutMs,
      retry: { ...DEFAULT_HTTP.retry, retries },
      onRetry: (r) => console.error(`retry ${r.retry} of ${r.url}: ${r.reason}, waiting ${r.delayMs} ms`),
    },
  });
  console.log(`wrote ${path.relative(process.cwd(), result.file)}`);
  for (const s of result.snapshot.sources) {
    const figures = [
      s.followers != null ? `${s.followers} followers` : '',
      s.followersGained !== undefined ? `${s.followersGained} followers gained` : '',
      s.posts.length ? `${s.posts.length} posts` : '',
      s.visits ? `${Object.values(s.visits).reduce((a, b) => a + b, 0)} visits` : '',
    ]
      .filter(Boolean)
      .join(', ');
    const state = s.status === 'kept-previous' ? `FAILED, kept the figures of ${s.keptFrom}` : s.status === 'failed' ? 'FAILED, no figures' : s.status;
    console.log(`  ${s.id}: ${state}${figures ? ` (${figures})` : ''}${s.reason && s.status !== 'ok' ? `: ${s.reason}` : ''}`);
    for (const p of s.problems) console.log(`    ${p}`);
  }
  return result.failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`evaluate stopped: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(4);
  },
);
