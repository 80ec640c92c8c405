import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.ts';
import { isArticle76 } from '../../src/model/legal-basis.ts';
import { documentState } from '../../src/model/subsidiarity.ts';
import { ROOT } from '../support/build.ts';

describe('the sample documents', () => {
  it('show every state at the sample’s sync time: open, closing, closed, yellow card, Article 76, no check, pre-Lisbon, the landmarks', async () => {
    const c = await loadContent({ dir: path.join(ROOT, 'content'), defaultTimeZone: 'Europe/Brussels' });
    const now = new Date('2026-11-20T06:00:00Z');
    const states = Object.fromEntries(c.documents.map((d) => [d.reference, documentState(d, c.chambers, now)]));
    expect(states['COM(2026) 538']).toMatchObject({ state: 'open', check: { deadline: '2027-01-22', daysLeft: 63 } });
    expect(states['COM(2026) 497']).toMatchObject({ state: 'closing', check: { daysLeft: 10 } });
    expect(states['COM(2026) 310']).toMatchObject({ state: 'closed', check: { deadline: '2026-09-07' } });
    expect(states['COM(2026) 402']).toMatchObject({ state: 'threshold-reached', tally: { votes: 18, reached: ['yellow'] } });
    expect(states['COM(2026) 455']).toMatchObject({ state: 'threshold-reached', tally: { votes: 14, thresholds: { yellow: 14 } } });
    expect(states['COM(2026) 610']).toMatchObject({ state: 'no-check' });
    expect(states['COM(2008) 640']).toEqual({ state: 'pre-lisbon', regime: 'pre-lisbon' });
    // The three yellow cards on record, with the Commission's figures (see subsidiarity-record.test.ts).
    expect(states['COM(2012) 130']).toMatchObject({
      state: 'threshold-reached',
      check: { deadline: '2012-05-22' },
      tally: { votes: 19, total: 54, thresholds: { yellow: 18 } },
    });
    expect(states['COM(2013) 534']).toMatchObject({
      state: 'threshold-reached',
      check: { deadline: '2013-10-28' },
      tally: { votes: 18, total: 56, thresholds: { yellow: 14 } },
    });
    expect(states['COM(2016) 128']).toMatchObject({
      state: 'threshold-reached',
      check: { deadline: '2016-05-10' },
      tally: { votes: 22, total: 56, thresholds: { yellow: 19 } },
    });
    expect(
      c.documents
        .filter((d) => isArticle76(d.legalBasis))
        .map((d) => d.reference)
        .sort(),
    ).toEqual(['COM(2013) 534', 'COM(2026) 455']);
    expect(c.documents.find((d) => d.reference === 'COM(2013) 534')?.outcome?.text.en).toMatch(/^Maintained/);
    const yellow = c.documents.find((d) => d.reference === 'COM(2026) 402');
    expect(yellow?.thresholdsSeen.yellow).toBe(yellow?.opinionsSeen.mtkam);
  });
});
