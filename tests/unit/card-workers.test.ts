import { describe, expect, it } from 'vitest';
import { BUILD_BYTES, WORKER_BYTES, cardWorkers } from '../../src/cards/workers.ts';

const GB = 1024 ** 3;

describe('card workers, sized to the machine', () => {
  it('one per core where memory allows', () => {
    expect(cardWorkers({}, 2, 16 * GB)).toBe(2);
    expect(cardWorkers({}, 8, 16 * GB)).toBe(8);
  });

  it('fewer when free memory beside the build holds fewer, and never none', () => {
    expect(cardWorkers({}, 8, BUILD_BYTES + 3 * WORKER_BYTES + 1)).toBe(3);
    expect(cardWorkers({}, 8, BUILD_BYTES)).toBe(1);
    expect(cardWorkers({}, 8, 0)).toBe(1);
  });

  it('HUB_CARD_WORKERS sets the number, and a bad value is refused by name', () => {
    expect(cardWorkers({ HUB_CARD_WORKERS: '1' }, 8, 16 * GB)).toBe(1);
    expect(cardWorkers({ HUB_CARD_WORKERS: '3' }, 2, 0)).toBe(3);
    for (const bad of ['0', '-1', '1.5', 'two']) expect(() => cardWorkers({ HUB_CARD_WORKERS: bad }, 2, 16 * GB)).toThrow(`HUB_CARD_WORKERS="${bad}"`);
  });
});
