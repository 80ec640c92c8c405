import { describe, expect, it } from 'vitest';
import { countLines, fitTitle } from '../../src/cards/fit.ts';

const opts = { width: 1072, maxLines: 4, maxHeight: 330, lineHeight: 1.18, sizes: [68, 60, 54, 48, 43, 38, 34] };

describe('title fitting', () => {
  it('keeps short titles at the largest size', () => {
    expect(fitTitle('COSAC plenary', opts)).toEqual({ size: 68, lines: 4 });
  });

  it('steps down until a long title fits in four lines', () => {
    const title =
      'Proposal for a Regulation of the European Parliament and of the Council on strengthening police cooperation in relation to the prevention, detection and investigation of migrant smuggling';
    const { size, lines } = fitTitle(title, opts);
    expect(size).toBeLessThan(68);
    expect(countLines(title, size, opts.width)).toBeLessThanOrEqual(lines);
    expect(lines * size * 1.18).toBeLessThanOrEqual(330);
    const larger = opts.sizes[opts.sizes.indexOf(size) - 1] ?? 0;
    const fitsLarger = countLines(title, larger, opts.width) <= Math.min(4, Math.floor(330 / (larger * 1.18)));
    expect(fitsLarger).toBe(false);
  });

  it('takes the smallest size when nothing fits (the template clamps with an ellipsis)', () => {
    expect(fitTitle('Subsidiarity '.repeat(400), opts)).toEqual({ size: 34, lines: 4 });
  });

  it('gives fewer lines when the height is short', () => {
    expect(fitTitle('Subsidiarity '.repeat(400), { ...opts, maxHeight: 100 })).toEqual({ size: 34, lines: 2 });
  });

  it('counts a word wider than the line as several lines', () => {
    expect(countLines('Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherung', 68, 600)).toBeGreaterThan(1);
  });
});
