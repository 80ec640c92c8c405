import { z } from 'zod';
import { fetchJson, parseResponse, SourceError, type HttpSettings } from './http.ts';

/** Where and what to ask Matomo: its URL, a token with view access, the site id. */
export interface MatomoSettings {
  url: string;
  token: string;
  siteId: string;
}

const count = z.coerce.number().int().nonnegative();
const errorSchema = z.object({ result: z.literal('error'), message: z.string() });
const rowsSchema = z.array(z.object({ label: z.string(), nb_visits: count }));

/** Visits of one campaign per `utm_source` over a day range. */
export type Visits = Record<string, number>;

/**
 * Matomo's Reporting API, by POST so that `token_auth` stays out of URLs and logs:
 * `Referrers.getCampaigns` (core) gives the campaign's visits; `MarketingCampaignsReporting.getSourceMedium`
 * with `segment=campaignName==…` splits them by source where that plugin runs (labels `source - medium`).
 * Without the plugin, the total is kept under `(all sources)`.
 */
export async function matomoVisits(m: MatomoSettings, campaign: string, days: [string, string], http: HttpSettings): Promise<Visits> {
  const call = async (method: string, extra: Record<string, string> = {}): Promise<unknown> => {
    const body = new URLSearchParams({
      module: 'API',
      method,
      idSite: m.siteId,
      period: 'range',
      date: `${days[0]},${days[1]}`,
      format: 'JSON',
      filter_limit: '-1',
      ...extra,
      token_auth: m.token,
    });
    // The label names the call without the token: it is what errors show.
    const label = `Matomo ${method} (site ${m.siteId})`;
    const json = await fetchJson(
      `${m.url.replace(/\/+$/, '')}/index.php`,
      { method: 'POST', body, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } },
      label,
      http,
    );
    const err = errorSchema.safeParse(json);
    if (err.success) throw new SourceError(`${label}: Matomo says: ${err.data.message}`);
    return json;
  };
  // Matomo lower-cases campaign names unless configured otherwise.
  const rows = parseResponse(rowsSchema, await call('Referrers.getCampaigns'), `Matomo Referrers.getCampaigns (site ${m.siteId})`);
  const total = rows.filter((r) => r.label.toLowerCase() === campaign.toLowerCase()).reduce((n, r) => n + r.nb_visits, 0);
  let bySource: z.output<typeof rowsSchema>;
  try {
    const json = await call('MarketingCampaignsReporting.getSourceMedium', { segment: `campaignName==${campaign.toLowerCase()}` });
    bySource = parseResponse(rowsSchema, json, `Matomo MarketingCampaignsReporting.getSourceMedium (site ${m.siteId})`);
  } catch (e) {
    if (e instanceof SourceError && /MarketingCampaignsReporting/.test(e.message) && /says/.test(e.message)) return total ? { '(all sources)': total } : {};
    throw e;
  }
  return visitsBySource(bySource.map((r) => ({ source: r.label.split(' - ')[0] ?? r.label, visits: r.nb_visits })));
}

/** Sums visits per source (lower case, trimmed). */
export function visitsBySource(rows: { source: string; visits: number }[]): Visits {
  const out: Visits = {};
  for (const r of rows) {
    const key = r.source.trim().toLowerCase() || '(none)';
    out[key] = (out[key] ?? 0) + r.visits;
  }
  return out;
}
