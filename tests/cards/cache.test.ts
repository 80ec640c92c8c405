import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCards } from '../../src/cards/build.ts';
import { CardCache } from '../../src/cards/cache.ts';
import { cardKey, TEMPLATE_VERSION } from '../../src/cards/key.ts';
import { CardPool } from '../../src/cards/pool.ts';
import { renderCard } from '../../src/cards/render.ts';
import { cardPath } from '../../src/model/urls.ts';
import { cardEntry, topicCard } from '../support/cards.ts';

const spec = topicCard;
const entry = cardEntry;
const pool = new CardPool(2);
afterAll(() => pool.close());

describe('card identity and cache', () => {
  it('draws the same bytes for the same inputs', async () => {
    const a = await renderCard(spec('Digital omnibus'));
    const b = await renderCard(spec('Digital omnibus'));
    expect(a.equals(b)).toBe(true);
    const [c, d] = await Promise.all([pool.draw(spec('Digital omnibus')), pool.draw(spec('Digital omnibus'))]);
    expect(c.png.equals(a) && d.png.equals(a)).toBe(true);
  });

  it('draws the same bytes whatever the pool does: a worker added mid-run, workers recycled after every card', async () => {
    const alone = await renderCard(spec('Digital omnibus'));
    const churning = new CardPool(1, 0);
    try {
      const first = churning.draw(spec('Digital omnibus'));
      churning.resize(2);
      const all = await Promise.all([first, ...Array.from({ length: 3 }, () => churning.draw(spec('Digital omnibus')))]);
      expect(all.map((d) => d.png.equals(alone))).toEqual([true, true, true, true]);
      expect(churning.recycled).toBe(4);
    } finally {
      await churning.close();
    }
  });

  it('starts a worker only for a card waiting: one card starts one worker, and a resize once the queue is empty starts none', async () => {
    const lazy = new CardPool(2);
    try {
      expect(lazy.running).toBe(0);
      await lazy.draw(spec('Digital omnibus'));
      expect(lazy.running).toBe(1);
      lazy.resize(3);
      expect(lazy.running).toBe(1);
      const three = Array.from({ length: 3 }, () => lazy.draw(spec('Digital omnibus')));
      expect(lazy.running).toBe(3);
      await Promise.all(three);
    } finally {
      await lazy.close();
    }
  });

  it('names a card by its inputs: title, template version and fonts each change the key', () => {
    const base = cardKey(spec('Digital omnibus'));
    expect(cardKey(spec('Digital omnibus'))).toBe(base);
    expect(cardKey(spec('Digital omnibus!'))).not.toBe(base);
    expect(cardKey(spec('Digital omnibus'), TEMPLATE_VERSION + 1)).not.toBe(base);
    expect(cardKey(spec('Digital omnibus'), TEMPLATE_VERSION, 'another-font-digest')).not.toBe(base);
    expect(cardPath('en/topics/x', 'square', base)).toBe(`/og/en/topics/x-square-${base}.png`);
  });

  it('draws only what changed between builds; everything else comes from the cache', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'ipex-hub-cards-'));
    const cache = new CardCache(path.join(work, 'cache'));
    const titles = ['Digital omnibus', 'Migration pact', 'Rule of law', 'Energy union'];
    const first = await writeCards(
      titles.map((t) => entry(spec(t))),
      { outDir: path.join(work, 'a'), cache, pool },
    );
    expect([first.drawn, first.cached]).toEqual([4, 0]);

    const edited = titles.map((t, i) => entry(spec(i === 2 ? 'Rule of law in the Union' : t, t.toLowerCase().replace(/\W+/g, '-'))));
    const second = await writeCards(edited, { outDir: path.join(work, 'b'), cache, pool });
    expect([second.drawn, second.cached]).toEqual([1, 3]);

    const files = (await readdir(path.join(work, 'b/og/en/topics'))).sort();
    expect(files).toEqual(edited.map((e) => path.basename(e.path)).sort());
    const changed = edited[2];
    if (!changed) throw new Error('fixture');
    expect((await readFile(path.join(work, 'b', changed.path))).equals(await renderCard(changed.spec))).toBe(true);

    // Building again over existing output replaces the files from the cache, byte for byte,
    // and deleting the output leaves the cache whole.
    const before = await Promise.all(edited.map((e) => readFile(path.join(work, 'b', e.path))));
    const third = await writeCards(edited, { outDir: path.join(work, 'b'), cache, pool });
    expect([third.drawn, third.cached]).toEqual([0, 4]);
    const after = await Promise.all(edited.map((e) => readFile(path.join(work, 'b', e.path))));
    expect(after.every((png, i) => png.equals(before[i] ?? Buffer.alloc(0)))).toBe(true);
    await rm(path.join(work, 'b'), { recursive: true });
    const fourth = await writeCards(edited, { outDir: path.join(work, 'c'), cache, pool });
    expect([fourth.drawn, fourth.cached]).toEqual([0, 4]);
    expect((await readFile(path.join(work, 'c', changed.path))).equals(before[2] ?? Buffer.alloc(0))).toBe(true);
  });

  it('fits any title: a 5,000-character title still makes a card of the right size', async () => {
    const png = await renderCard(spec('Subsidiarity '.repeat(385)));
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
  });
});
