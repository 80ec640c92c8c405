import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, TEST_NOW, TEST_SITE } from '../support/build.ts';
import { copyProject } from '../support/project-copy.ts';

// `npm run dev` must show a changed snapshot or editors' file without a restart: each content loader
// watches the files it is made from (src/content/loader.ts) and loads its collection again.
const WORK = path.join(ROOT, '.test-work', 'dev-reload');
const PAGE = '/en/news/saeima-adopts-opinion-on-digital-omnibus/';
let dev: ChildProcess | undefined;
let origin = '';
let log = '';

/** This process's environment without what the test runner set (NODE_ENV=test makes the dev server answer 404). */
const outsideVitest = () => Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST')));

async function page(p: string): Promise<{ status: number; html: string }> {
  // A request made while Vite re-optimises its dependencies can hang: give up on it and ask again.
  const r = await fetch(origin + p, { signal: AbortSignal.timeout(20_000) });
  return { status: r.status, html: await r.text() };
}

/** Polls `p` until `ok` holds (the watcher and the reload take a moment), or fails with the dev server's log. */
async function until(p: string, ok: (r: { status: number; html: string }) => boolean): Promise<void> {
  const end = Date.now() + 150_000;
  for (;;) {
    const r = await page(p).catch(() => ({ status: 0, html: '' }));
    if (ok(r)) return;
    if (Date.now() > end) throw new Error(`${p} did not change; dev server said:\n${log.slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

describe('the dev server', { timeout: 300_000 }, () => {
  beforeAll(async () => {
    await copyProject(WORK, path.join(ROOT, 'tests/fixtures/small'));
    dev = spawn(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', '0'], {
      cwd: WORK,
      env: {
        ...outsideVitest(),
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        HUB_CONTENT_DIR: path.join(WORK, 'content'),
        HUB_NOW: TEST_NOW,
        SITE_URL: TEST_SITE,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    dev.stdout?.on('data', (d) => (log += d));
    dev.stderr?.on('data', (d) => (log += d));
    const end = Date.now() + 120_000;
    while (!origin) {
      const m = /http:\/\/127\.0\.0\.1:(\d+)/.exec(log);
      if (m) origin = `http://127.0.0.1:${m[1]}`;
      else if (Date.now() > end || dev.exitCode !== null) throw new Error(`astro dev did not start:\n${log}`);
      else await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }, 180_000);
  afterAll(async () => {
    dev?.kill();
    await rm(WORK, { recursive: true, force: true });
  });

  it('shows a title changed in the snapshot, and an editor’s new item, without a restart', async () => {
    await until(PAGE, (r) => r.status === 200 && r.html.includes('Saeima adopts opinion on the digital omnibus'));
    const file = path.join(WORK, 'content/snapshot/news.json');
    const doc = JSON.parse(await readFile(file, 'utf8')) as { items: { title: Record<string, string> }[] };
    const first = doc.items[0];
    if (!first) throw new Error('the fixture has news');
    first.title.en = 'Saeima adopts its opinion, retitled';
    await writeFile(file, `${JSON.stringify(doc, null, 2)}\n`);
    await until(PAGE, (r) => r.html.includes('Saeima adopts its opinion, retitled'));

    await mkdir(path.join(WORK, 'content/editorial/news'), { recursive: true });
    await writeFile(
      path.join(WORK, 'content/editorial/news/a-dev-note.en.md'),
      '---\nid: hub-dev-note\ntitle: A note written while the dev server runs\npublished: 2026-12-06T09:00:00Z\nchambers: []\ntags: []\n---\nIt appears without a restart.\n',
    );
    await until('/en/news/a-dev-note/', (r) => r.status === 200 && r.html.includes('A note written while the dev server runs'));
    expect(log).toMatch(/news\.json changed: reloading/);
  });
});
