import { describe, expect, it } from 'vitest';
import { countLines, fitTitle } from '../../src/cards/fit.ts';

const opts = { width: 1072, maxLines: 4, sizes: [68, 60, 54, 48, 43, 38, 34] };

describe('title fitting', () => {
  it('keeps short titles at the largest size', () => {
    expect(fitTitle('COSAC plenary', opts)).toBe(68);
  });

  it('steps down until a long title fits in four lines', () => {
    const title = 'Proposal for a Regulation of the European Parliament and of the Council on strengthening police cooperation in relation to the prevention, detection and investigation of migrant smuggling';
    const size = fitTitle(title, opts);
    expect(size).toBeLessThan(68);
    expect(countLines(title, size, opts.width)).toBeLessThanOrEqual(4);
    const larger = opts.sizes[opts.sizes.indexOf(size) - 1] ?? 0;
    expect(countLines(title, larger, opts.width)).toBeGreaterThan(4);
  });

  it('takes the smallest size when nothing fits (the template clamps with an ellipsis)', () => {
    expect(fitTitle('Subsidiarity '.repeat(400), opts)).toBe(34);
  });

  it('counts a word wider than the line as several lines', () => {
    expect(countLines('Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherung', 68, 600)).toBeGreaterThan(1);
  });
});
