import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyticsSettings, visitorsFigures } from '../../src/evaluation/visitors.ts';
import { startStandins, type StandinData } from '../../scripts/serve-fake-platforms.ts';

const data: StandinData = {
  mastodon: { followers: 0, statuses: {} },
  bluesky: { followers: 0, posts: {} },
  linkedin: { followers: 0, shares: {} },
  matomo: { campaigns: { 'ipex-hub-trial': 77 }, bySource: {} },
  plausible: { mastodon: 12, bluesky: 8, 'ipex-hub': 30 },
  failing: [],
};
const http = { timeoutMs: 5_000, retry: { retries: 0, baseDelayMs: 1, maxDelayMs: 1, maxRetryAfterMs: 1 } };
let stand: Awaited<ReturnType<typeof startStandins>>;
beforeAll(async () => {
  stand = await startStandins(data);
});
afterAll(() => stand?.close());

describe('visitors from the web analytics', () => {
  it('Plausible Stats API v2: visits by utm_source, filtered on the campaign over the trial so far', async () => {
    const a = analyticsSettings({ PLAUSIBLE_URL: stand.origin, PLAUSIBLE_TOKEN: 'pl-key', PLAUSIBLE_SITE_ID: 'ipex.eu' });
    expect(a.tool).toBe('plausible');
    if (a.tool === 'none') return;
    expect(await visitorsFigures(a, 'ipex-hub-trial', ['2026-11-02', '2026-11-20'], http)).toEqual({ mastodon: 12, bluesky: 8, 'ipex-hub': 30 });
    const req = stand.seen.find((s) => s.path === '/api/v2/query');
    expect(req?.auth).toBe('Bearer pl-key');
    expect(JSON.parse(req?.body ?? '{}')).toEqual({
      site_id: 'ipex.eu',
      metrics: ['visits'],
      date_range: ['2026-11-02', '2026-11-20'],
      dimensions: ['visit:utm_source'],
      filters: [['is', 'visit:utm_campaign', ['ipex-hub-trial']]],
    });
  });

  it('Matomo without the campaign plugin: the campaign total, kept under "(all sources)"', async () => {
    const a = analyticsSettings({ MATOMO_URL: stand.origin, MATOMO_TOKEN: 'matomo-secret', MATOMO_SITE_ID: '3' });
    if (a.tool === 'none') throw new Error('not configured');
    // The stand-in answers an unknown method the way Matomo does: 200 with result "error".
    data.matomo.plugin = false;
    stand.seen.length = 0;
    expect(await visitorsFigures(a, 'ipex-hub-trial', ['2026-11-02', '2026-11-20'], http)).toEqual({ '(all sources)': 77 });
    data.matomo.plugin = true;
    const form = new URLSearchParams(stand.seen[0]?.body);
    expect(Object.fromEntries(form)).toMatchObject({
      module: 'API',
      method: 'Referrers.getCampaigns',
      idSite: '3',
      period: 'range',
      date: '2026-11-02,2026-11-20',
      format: 'JSON',
    });
  });

  it('a wrong Matomo token is an error that names the call, not the token', async () => {
    const a = analyticsSettings({ MATOMO_URL: stand.origin, MATOMO_TOKEN: 'wrong-secret', MATOMO_SITE_ID: '3' });
    if (a.tool === 'none') throw new Error('not configured');
    const err = await visitorsFigures(a, 'ipex-hub-trial', ['2026-11-02', '2026-11-20'], http).catch((e: Error) => e);
    expect(String(err)).toMatch(/Matomo Referrers\.getCampaigns \(site 3\): Matomo says: You must be logged in/);
    expect(String(err)).not.toContain('wrong-secret');
  });

  it('half a configuration names the missing variables', () => {
    expect(analyticsSettings({ PLAUSIBLE_URL: 'https://plausible.io' })).toEqual({ tool: 'none', reason: 'PLAUSIBLE_TOKEN, PLAUSIBLE_SITE_ID not set' });
  });
});
