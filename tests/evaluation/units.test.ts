import { describe, expect, it } from 'vitest';
import base from '../../src/config/hub.config.ts';
import { HubConfigError, resolveConfig } from '../../src/config/resolve.ts';
import { lineChartSvg } from '../../src/evaluation/chart.ts';
import { dayCell, countCell } from '../../src/evaluation/imports/cells.ts';
import { trialWeeks } from '../../src/evaluation/weeks.ts';

describe('evaluation settings', () => {
  it('HUB_EVALUATION=off keeps the scorecard out of the build; the trial days can be overridden and are checked', () => {
    expect(resolveConfig(base, { HUB_EVALUATION: 'off' }).evaluation.publish).toBe(false);
    expect(resolveConfig(base, { HUB_TRIAL_START: '2027-01-04', HUB_TRIAL_END: '2027-03-28' }).evaluation).toMatchObject({
      trialStart: '2027-01-04',
      trialEnd: '2027-03-28',
    });
    expect(() => resolveConfig(base, { HUB_TRIAL_START: '2027-13-40' })).toThrow(HubConfigError);
    expect(() => resolveConfig(base, { HUB_TRIAL_START: '2027-02-01', HUB_TRIAL_END: '2027-01-01' })).toThrow(/ends \(2027-01-01\) before it starts/);
  });
});

describe('charts and cells', () => {
  it('a chart is an SVG named by its title and description, with a gap (not a zero) where a value is missing', () => {
    const svg = lineChartSvg({
      id: 'c1',
      title: 'Followers <all>',
      description: 'Week by week',
      xLabels: ['2 Nov', '9 Nov', '16 Nov'],
      locale: 'en-GB',
      series: [{ name: 'A & B', values: [10, null, 30] }],
    });
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="c1-title c1-desc"/);
    expect(svg).toContain('<title id="c1-title">Followers &lt;all&gt;</title><desc id="c1-desc">Week by week</desc>');
    expect(svg).toContain('A &amp; B');
    expect(svg.match(/<circle /g)).toHaveLength(2);
    // Two separate segments of one point each: d3-shape leaves the gap.
    expect(svg.match(/<path d="M[^"]*"/g)?.[0]).toMatch(/^<path d="M[\d.,]+ZM|^<path d="M[\d.,]+M/);
  });

  it('reads the platforms’ dates and counts', () => {
    expect(dayCell('2026-11-05 09:15 +0000')).toBe('2026-11-05');
    expect(dayCell('11/06/2026 10:00')).toBe('2026-11-06');
    expect(dayCell('Thu, Nov 20, 2026')).toBe('2026-11-20');
    expect(dayCell('yesterday')).toBeInstanceOf(Error);
    expect([countCell('1,204'), countCell('17.0'), countCell(''), countCell('-')]).toEqual([1204, 17, null, null]);
    expect(countCell('12.5')).toBeInstanceOf(Error);
  });

  it('cuts the trial into weeks from its first day, up to the latest collection', () => {
    expect(trialWeeks({ start: '2026-11-02', end: '2026-11-20' }, '2026-12-01')).toEqual([
      { start: '2026-11-02', end: '2026-11-08' },
      { start: '2026-11-09', end: '2026-11-15' },
      { start: '2026-11-16', end: '2026-11-20' },
    ]);
  });
});
