import { z } from 'zod';
import { fetchJson, parseResponse, type HttpSettings } from './http.ts';
import { visitsBySource, type Visits } from './matomo.ts';

/** Where and what to ask Plausible: its URL, an API key, the site id (its domain). */
export interface PlausibleSettings {
  url: string;
  token: string;
  siteId: string;
}

const resultSchema = z.object({
  results: z.array(z.object({ dimensions: z.tuple([z.string().nullable()]), metrics: z.tuple([z.number().int().nonnegative()]) })),
});

/** Plausible Stats API v2: `POST /api/v2/query`, visits by `visit:utm_source`, filtered on the campaign. */
export async function plausibleVisits(p: PlausibleSettings, campaign: string, days: [string, string], http: HttpSettings): Promise<Visits> {
  const url = `${p.url.replace(/\/+$/, '')}/api/v2/query`;
  const body = JSON.stringify({
    site_id: p.siteId,
    metrics: ['visits'],
    date_range: days,
    dimensions: ['visit:utm_source'],
    filters: [['is', 'visit:utm_campaign', [campaign]]],
  });
  const label = `POST ${url} (site ${p.siteId})`;
  const json = await fetchJson(url, { method: 'POST', body, headers: { Authorization: `Bearer ${p.token}`, 'Content-Type': 'application/json' } }, label, http);
  const { results } = parseResponse(resultSchema, json, label);
  return visitsBySource(results.map((r) => ({ source: r.dimensions[0] ?? '(none)', visits: r.metrics[0] })));
}
