import type { Endpoint } from './mapping.ts';
import { IpexParseError } from './errors.ts';

/** A day range `[from, to]`, both `YYYY-MM-DD`, inclusive. */
export type DayRange = readonly [string, string];

/** One search hit as IPEX sends it, before mapping: its link and its `sourceAsMap`. */
export interface RawHit {
  /** `fields.link.value`: a path whose last segment is the item id; undefined when missing. */
  link: string | undefined;
  /** `sourceAsMap`, untouched (untrusted). */
  source: Record<string, unknown>;
}

/** The search URL of an endpoint in one language (`appLng=EN`). */
export function searchUrl(base: string, endpoint: Endpoint, lang: string): string {
  return `${base}${endpoint.path}?appLng=${encodeURIComponent(lang.toUpperCase())}`;
}

/** The POST body asking for one page in the endpoint's order (newest first by default), optionally within a day range. */
export function searchBody(endpoint: Endpoint, page: number, range?: DayRange): Record<string, unknown> {
  const filters: Record<string, unknown> = { type: [endpoint.type] };
  if (range && endpoint.range) filters[endpoint.range] = [range[0], range[1]];
  return { pageNumber: page, filters, sort: { [endpoint.sort]: endpoint.order ?? 'DESC' } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The hits of a search response; throws IpexParseError when there is no `hits.hits` array. */
export function hitsOf(json: unknown, place: string): RawHit[] {
  const outer = isRecord(json) ? json.hits : undefined;
  const list = isRecord(outer) ? outer.hits : undefined;
  if (!Array.isArray(list)) throw new IpexParseError(place, 'response has no "hits.hits" array');
  return list.map((hit) => {
    const fields = isRecord(hit) && isRecord(hit.fields) ? hit.fields : {};
    const link = isRecord(fields.link) && typeof fields.link.value === 'string' ? fields.link.value : undefined;
    const source = isRecord(hit) && isRecord(hit.sourceAsMap) ? hit.sourceAsMap : {};
    return { link, source };
  });
}
