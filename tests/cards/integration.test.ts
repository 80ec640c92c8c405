import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CardEntry } from '../../src/cards/build.ts';
import { handOverCardList } from '../../src/cards/handoff.ts';
import { cards } from '../../src/cards/integration.ts';
import { renderCard } from '../../src/cards/render.ts';
import type { CardSpec } from '../../src/cards/spec.ts';
import { cardEntry, topicCard } from '../support/cards.ts';

// The integration as Astro drives it: hooks called in Astro's order, the card list handed over by
// the og/cards.json endpoint while pages render, or read from the endpoint's file after the build.
// Square and wide cards, as landing pages have.
const spec = (title: string): CardSpec => ({ ...topicCard(title), format: title.length % 2 ? 'square' : 'wide' });
const entry = cardEntry;
const listed = ['Digital omnibus', 'Migration pact', 'Rule of law'].map((t) => entry(spec(t)));

let work = '';
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'ipex-hub-integration-'));
});
afterEach(() => vi.unstubAllEnvs());
afterAll(() => rm(work, { recursive: true, force: true }));

type Hooks = AstroIntegration['hooks'];
/** Runs a build's hooks; `duringPages` stands for page generation (where the endpoint renders). */
async function build(outDir: string, duringPages: () => Promise<void> | void) {
  vi.stubEnv('HUB_CARD_CACHE', path.join(work, 'cache'));
  const hooks: Hooks = cards().hooks;
  const dir = pathToFileURL(`${outDir}/`);
  const logger = { info: vi.fn() };
  const call = async (name: keyof Hooks, params: unknown) => (hooks[name] as ((p: never) => unknown) | undefined)?.(params as never);
  await call('astro:config:done', { config: { outDir: dir } });
  await call('astro:build:start', { logger });
  await duringPages();
  await call('astro:build:generated', { dir, logger });
  await call('astro:build:done', { dir, logger });
  return logger.info.mock.calls.map((c) => String(c[0]));
}
const files = async (dir: string) =>
  (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((d) => d.isFile())
    .map((d) => `/${path.relative(dir, path.join(d.parentPath, d.name))}`)
    .sort();

describe('the cards integration', () => {
  it('draws exactly the cards handed over while pages render, each as drawn alone', async () => {
    const out = path.join(work, 'handed');
    const log = await build(out, async () => {
      expect(handOverCardList([...listed, listed[0] as CardEntry])).toBe(true);
      // Page generation goes on; the endpoint's file is written like any page's.
      await mkdir(path.join(out, 'og'), { recursive: true });
      await writeFile(path.join(out, 'og/cards.json'), JSON.stringify(listed));
    });
    expect(await files(out)).toEqual(listed.map((e) => e.path).sort());
    for (const e of listed) expect((await readFile(path.join(out, e.path))).equals(await renderCard(e.spec)), e.path).toBe(true);
    expect(log.join('\n')).toMatch(/3 cards \(3 drawn, 0 from cache\)/);
  });

  it('reads the list from og/cards.json when nothing was handed over, and reuses the cache', async () => {
    const out = path.join(work, 'from-file');
    await mkdir(path.join(out, 'og'), { recursive: true });
    await writeFile(path.join(out, 'og/cards.json'), JSON.stringify(listed));
    const log = await build(out, () => undefined);
    expect(await files(out)).toEqual(listed.map((e) => e.path).sort());
    expect(log.join('\n')).toMatch(/3 cards \(0 drawn, 3 from cache\)/);
  });

  it('stops listening after the build: a later hand-over (dev server) finds no listener', () => {
    expect(handOverCardList(listed)).toBe(false);
  });

  it('fails the build naming the page whose card could not be drawn', async () => {
    const broken = { ...spec('Broken card'), format: 'poster' } as unknown as CardSpec;
    const out = path.join(work, 'broken');
    await expect(build(out, () => void handOverCardList([...listed, entry(broken)]))).rejects.toThrow(/page "en\/topics\/broken-card"/);
  });
});
