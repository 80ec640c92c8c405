import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { FakeIpex } from '../../scripts/serve-fake-ipex.ts';
import { loadContent } from '../../src/content/load.ts';
import { fixtureServer, sync, tempContent } from './support.ts';

let fake: FakeIpex;
afterEach(async () => {
  await fake.close();
});

/** The message the build stops with on a content folder. */
async function buildError(dir: string): Promise<string> {
  return loadContent({ dir, defaultTimeZone: 'Europe/Brussels' }).then(
    () => 'no error',
    (e: unknown) => (e instanceof Error ? e.message : String(e)),
  );
}

// The sync and the build read the snapshot and the chamber registry with the same readers
// (src/content/snapshot.ts, src/content/chambers.ts), so they name the same file, item and field.
describe('one reader each for the snapshot and the chamber registry', () => {
  it('a broken snapshot item: the same message from the sync and the build', async () => {
    fake = await fixtureServer();
    const dir = await tempContent();
    expect((await sync(dir, fake)).ok).toBe(true);
    await writeFile(
      path.join(dir, 'snapshot/topics.json'),
      JSON.stringify({ format: 'ipex-hub-snapshot/1', kind: 'topics', syncedAt: '2026-11-25T12:00:00Z', items: [42] }),
    );
    const message = await buildError(dir);
    expect(message).toMatch(/snapshot\/topics\.json: item "#0": field "\(item\)": must be an object$/);
    const r = await sync(dir, fake);
    expect(r.report.types.topics?.reason).toBe(`${message}; fix or restore it before syncing`);
  });

  it('a broken chamber entry: the same message from the sync and the build', async () => {
    fake = await fixtureServer();
    const dir = await tempContent();
    expect((await sync(dir, fake)).ok).toBe(true);
    await writeFile(
      path.join(dir, 'registries/chambers.json'),
      JSON.stringify([{ code: 'frass', country: 'FR', name: 'Assemblée nationale', names: { en: 'French National Assembly' } }, { code: 'BAD CODE' }]),
    );
    const message = await buildError(dir);
    expect(message).toMatch(/registries\/chambers\.json: item "#1": field "code": /);
    await expect(sync(dir, fake)).rejects.toThrow(message);
  });
});
