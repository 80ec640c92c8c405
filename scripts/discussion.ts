// `npm run discussion`: collects the public replies and quotes by chambers' official accounts and
// registered members under the hub's posts (the announce ledger) into content/discussion/discussion.json.
// Exit codes: 0 every thread read; 1 a thread could not be read (its earlier replies are kept) — the
// file is still written; 2 bad flags or registries; 4 stopped on an unexpected error.
import path from 'node:path';
import { parseArgs } from 'node:util';

const USAGE = `usage: npm run discussion -- [options]
  --dir <path>       content folder (default: content): reads social/ledger.json, registries/, editorial/members/;
                     writes discussion/discussion.json
  --ledger <file>    the announce ledger (default: <dir>/social/ledger.json)
  --timeout <ms>     time allowed per request (default 30000)
  --retries <n>      retries on network errors, 429 and 5xx (default 3)
environment: BLUESKY_APPVIEW (default https://public.api.bsky.app); no secret is needed: threads are public
exit: 0 collected; 1 a thread could not be read (its earlier replies kept); 2 bad flags; 4 stopped on an error`;

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        dir: { type: 'string', default: 'content' },
        ledger: { type: 'string' },
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
  const timeoutMs = Number(values.timeout ?? 30000);
  const retries = Number(values.retries ?? 3);
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0 || !Number.isInteger(retries) || retries < 0) {
    console.error(`--timeout and --retries take whole numbers\n${USAGE}`);
    return 2;
  }
  const dir = path.resolve(values.dir);
  const shown = path.relative(process.cwd(), dir) || '.';
  let registries;
  try {
    const { readChambers } = await import('../src/content/chambers.ts');
    // The build's own reading of the registry: sample members only beside the sample snapshot.
    const { loadMembers } = await import('../src/content/load.ts');
    registries = { chambers: await readChambers(dir, shown), members: await loadMembers({ dir }) };
  } catch (e) {
    console.error((e as Error).message);
    return 2;
  }
  const { collectDiscussion } = await import('../src/discussion/collect.ts');
  const { BLUESKY_PUBLIC_APPVIEW } = await import('../src/evaluation/sources/bluesky.ts');
  const { DEFAULT_HTTP } = await import('../src/evaluation/sources/http.ts');
  const r = await collectDiscussion({
    contentDir: dir,
    ledgerFile: values.ledger ? path.resolve(values.ledger) : undefined,
    ...registries,
    appView: process.env.BLUESKY_APPVIEW?.trim() || BLUESKY_PUBLIC_APPVIEW,
    http: {
      ...DEFAULT_HTTP,
      timeoutMs,
      retry: { ...DEFAULT_HTTP.retry, retries },
      onRetry: (e) => console.error(`retry ${e.retry} of ${e.url}: ${e.reason}, waiting ${e.delayMs} ms`),
    },
    now: new Date(),
  });
  const n = r.discussion.posts.reduce((sum, p) => sum + p.entries.length, 0);
  console.log(`wrote ${path.relative(process.cwd(), r.file)}: ${n} replies and quotes under ${r.discussion.posts.length} posts`);
  for (const f of r.failures) console.log(`  FAILED ${f}`);
  return r.failures.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`discussion stopped: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(4);
  },
);
