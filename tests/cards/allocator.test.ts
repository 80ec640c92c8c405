import { afterAll, describe, expect, it } from 'vitest';
import { CardPool } from '../../src/cards/pool.ts';
import { topicCard } from '../support/cards.ts';

// mimalloc reads MIMALLOC_PURGE_DELAY when a library loads (src/cards/allocator.ts): resvg, loaded
// by the first card worker, must see "never"; whatever loads later must see the build's own value.
const before = process.env.MIMALLOC_PURGE_DELAY;
afterAll(() => {
  if (before === undefined) delete process.env.MIMALLOC_PURGE_DELAY;
  else process.env.MIMALLOC_PURGE_DELAY = before;
});

describe('the allocator setting of the card workers', () => {
  it('is "never" while the first worker loads resvg, and the build\'s own value again after its first card', async () => {
    process.env.MIMALLOC_PURGE_DELAY = '0';
    const pool = new CardPool(2);
    try {
      expect(process.env.MIMALLOC_PURGE_DELAY).toBe('0');
      const first = pool.draw(topicCard('Digital omnibus'));
      expect(process.env.MIMALLOC_PURGE_DELAY).toBe('-1');
      await first;
      expect(process.env.MIMALLOC_PURGE_DELAY).toBe('0');
      // resvg is loaded once per process: a second worker leaves the environment alone.
      const two = [pool.draw(topicCard('Europol')), pool.draw(topicCard('COSAC'))];
      expect(pool.running).toBe(2);
      expect(process.env.MIMALLOC_PURGE_DELAY).toBe('0');
      await Promise.all(two);
    } finally {
      await pool.close();
    }
  });
});
