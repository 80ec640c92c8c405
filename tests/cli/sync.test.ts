import { afterEach, describe, expect, it } from 'vitest';
import type { FakeIpex } from '../../scripts/serve-fake-ipex.ts';
import { loadContent } from '../../src/content/load.ts';
import { fixtureServer, snapshotText, syncCli, tempContent } from '../sync/support.ts';

let fake: FakeIpex;
afterEach(async () => {
  await fake.close();
});

/** The sync CLI against this file's fake server. */
const cli = (args: string[], env: Record<string, string> = {}) => syncCli(fake, args, env);

describe('npm run sync', () => {
  it('exits 0 and writes content that the build loads', async () => {
    fake = await fixtureServer();
    const dir = await tempContent();
    const r = await cli(['--dir', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^news {3}updated {7}5 items \(5 added, 0 updated, 0 withdrawn, 1 skipped\)$/m);
    expect(r.stderr).toContain('news en: page 1, 2 hits');
    expect(new Set(fake.requests.map((q) => q.headers['user-agent']))).toEqual(new Set(['IPEX-Hub/0.1 (+https://hub.ipex.eu)']));
    const content = await loadContent({ dir, defaultTimeZone: 'Europe/Brussels' });
    expect([content.news.length, content.events.length, content.topics.length]).toEqual([5, 3, 2]);
    expect(content.news.find((n) => n.id === 'n-1002')?.html).toEqual({ en: `<p>Hello click <a href="${fake.origin}/IPEXL-WEB/news/n-1001">budget</a></p>` });
  });

  it('exits 1 when a kind keeps its previous data, and still updates the others', async () => {
    fake = await fixtureServer();
    const dir = await tempContent();
    expect((await cli(['--dir', dir, '--only', 'events,topics'])).code).toBe(0);
    const events = await snapshotText(dir, 'events');
    fake.faults.push({ index: 'event', times: Number.POSITIVE_INFINITY, fault: { status: 500 } });
    const r = await cli(['--dir', dir, '--retries', '1', '--backoff', '1']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^events kept-previous 3 items/m);
    expect(r.stdout).toMatch(/^ {4}reason: fetch incomplete: POST .*HTTP 500 Internal Server Error \(2 attempts\)$/m);
    expect(await snapshotText(dir, 'events')).toBe(events);
    expect((await loadContent({ dir, defaultTimeZone: 'Europe/Brussels' })).news).toHaveLength(5);
  });

  it('exits 2 on bad flags or configuration, before any request', async () => {
    fake = await fixtureServer();
    const dir = await tempContent();
    for (const [args, env, message] of [
      [['--only', 'blogs'], {}, '--only: unknown kind "blogs"'],
      [['--from', '2026-01-01'], {}, '--from and --to go together'],
      [['--min-ratio', '2'], {}, '--min-ratio: "2" is not a valid value'],
      [[], { IPEX_BASE_URL: 'ftp://ipex.eu' }, 'IPEX_BASE_URL must be an http(s) URL'],
    ] as const) {
      const r = await cli(['--dir', dir, ...args], env);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(message);
    }
    expect(fake.requests).toEqual([]);
  });
});
