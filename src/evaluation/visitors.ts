import type { HttpSettings } from './sources/http.ts';
import { matomoVisits, type MatomoSettings, type Visits } from './sources/matomo.ts';
import { plausibleVisits, type PlausibleSettings } from './sources/plausible.ts';

/** Which web analytics the run asks, from the environment. */
export type AnalyticsSettings = ({ tool: 'matomo' } & MatomoSettings) | ({ tool: 'plausible' } & PlausibleSettings) | { tool: 'none'; reason: string };

/** Matomo when `MATOMO_URL`, `MATOMO_TOKEN` and `MATOMO_SITE_ID` are set, else Plausible with its three; else none, saying what is missing. */
export function analyticsSettings(env: Record<string, string | undefined>): AnalyticsSettings {
  const v = (k: string) => env[k]?.trim() || undefined;
  const missing = (keys: string[]) => keys.filter((k) => !v(k));
  const matomo = ['MATOMO_URL', 'MATOMO_TOKEN', 'MATOMO_SITE_ID'];
  const plausible = ['PLAUSIBLE_URL', 'PLAUSIBLE_TOKEN', 'PLAUSIBLE_SITE_ID'];
  if (missing(matomo).length === 0) return { tool: 'matomo', url: v('MATOMO_URL') ?? '', token: v('MATOMO_TOKEN') ?? '', siteId: v('MATOMO_SITE_ID') ?? '' };
  if (missing(plausible).length === 0)
    return { tool: 'plausible', url: v('PLAUSIBLE_URL') ?? '', token: v('PLAUSIBLE_TOKEN') ?? '', siteId: v('PLAUSIBLE_SITE_ID') ?? '' };
  const partly = [matomo, plausible].find((keys) => missing(keys).length < keys.length);
  return { tool: 'none', reason: `${(partly ? missing(partly) : [...matomo, ...plausible]).join(', ')} not set` };
}

/** Campaign visits per source from the configured tool. */
export function visitorsFigures(
  a: Exclude<AnalyticsSettings, { tool: 'none' }>,
  campaign: string,
  days: [string, string],
  http: HttpSettings,
): Promise<Visits> {
  return a.tool === 'matomo' ? matomoVisits(a, campaign, days, http) : plausibleVisits(a, campaign, days, http);
}
