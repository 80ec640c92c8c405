import type { LanguageHits } from './fetch-kind.ts';
import type { ItemProblem } from './problems.ts';

/** One item as all language responses describe it together. */
export interface MergedHit {
  id: string;
  /** `fields.link.value` (from the primary language's response when it has the item). */
  link: string;
  /** `sourceAsMap` of all languages merged: per-language messages united, other values from the first response. */
  source: Record<string, unknown>;
}

/** IPEX's legacy page suffix (`…/COM20260538.do`): the same item as without it, so never part of an id. */
const LEGACY_SUFFIX = /\.do$/i;

/** The id of an item: the last path segment of its link without a legacy `.do`, or undefined. */
export function idOfLink(link: string): string | undefined {
  let path: string;
  try {
    path = new URL(link, 'https://ipex.invalid/').pathname;
  } catch {
    return undefined;
  }
  const last = path.split('/').filter(Boolean).at(-1);
  if (last === undefined) return undefined;
  let id = last;
  try {
    id = decodeURIComponent(last);
  } catch {
    // Not valid percent-encoding: the segment as it is.
  }
  return id.replace(LEGACY_SUFFIX, '') || undefined;
}

type Tagged = { lang: string; value: unknown };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isMessage(value: unknown): value is { language: string; message: unknown } {
  return isRecord(value) && typeof value.language === 'string' && 'message' in value;
}

/** One message per language; a language's own response wins over others' copies. */
function mergeMessages(values: { lang: string; value: unknown[] }[]): unknown[] {
  const chosen = new Map<string, { fromOwn: boolean; entry: unknown }>();
  for (const { lang, value } of values) {
    for (const entry of value) {
      if (!isMessage(entry)) continue;
      const code = entry.language.toLowerCase();
      const fromOwn = code === lang;
      const had = chosen.get(code);
      if (!had || (fromOwn && !had.fromOwn)) chosen.set(code, { fromOwn, entry });
    }
  }
  return [...chosen.values()].map((c) => c.entry);
}

function mergeValues(values: Tagged[]): unknown {
  const present = values.filter((v) => v.value !== undefined && v.value !== null);
  const first = present[0];
  if (!first) return undefined;
  const arrays = present.flatMap((v) => (Array.isArray(v.value) ? [{ lang: v.lang, value: v.value }] : []));
  if (arrays.length === present.length) {
    if (arrays.every((a) => a.value.every(isMessage))) return mergeMessages(arrays);
    const length = Math.max(...arrays.map((a) => a.value.length));
    return Array.from({ length }, (_, i) => mergeValues(arrays.map((a) => ({ lang: a.lang, value: a.value[i] }))));
  }
  const records = present.flatMap((v) => (isRecord(v.value) ? [{ lang: v.lang, value: v.value }] : []));
  if (records.length === present.length) {
    const keys = [...new Set(records.flatMap((r) => Object.keys(r.value)))];
    return Object.fromEntries(keys.map((k) => [k, mergeValues(records.map((r) => ({ lang: r.lang, value: r.value[k] })))]));
  }
  return first.value;
}

/** Merges one item's `sourceAsMap` from several language responses, primary language first. */
export function mergeSources(sources: { lang: string; source: Record<string, unknown> }[]): Record<string, unknown> {
  const merged = mergeValues(sources.map((s) => ({ lang: s.lang, value: s.source })));
  return isRecord(merged) ? merged : {};
}

/** Groups the hits of all languages by item id: one merged hit per item, problems reported. */
export function groupHits(languages: LanguageHits[]): { hits: MergedHit[]; skipped: ItemProblem[]; warnings: ItemProblem[] } {
  const byId = new Map<string, { link: string; sources: { lang: string; source: Record<string, unknown> }[] }>();
  const skipped: ItemProblem[] = [];
  const warnings: ItemProblem[] = [];
  for (const { lang, hits } of languages) {
    const seen = new Map<string, number>();
    hits.forEach((hit, i) => {
      const where = `${lang.toUpperCase()} page ${hit.page} hit ${i + 1}`;
      const id = hit.link === undefined ? undefined : idOfLink(hit.link);
      if (hit.link === undefined || id === undefined) {
        skipped.push({
          id: where,
          field: 'fields.link.value',
          reason: hit.link === undefined ? 'missing: the hit has no link, so no id' : `no id in link "${hit.link}"`,
        });
        return;
      }
      const page = seen.get(id);
      if (page !== undefined) {
        warnings.push({ id, field: 'fields.link.value', reason: `listed twice in ${lang.toUpperCase()} (pages ${page} and ${hit.page}); the first is kept` });
        return;
      }
      seen.set(id, hit.page);
      const entry = byId.get(id);
      if (entry) entry.sources.push({ lang, source: hit.source });
      else byId.set(id, { link: hit.link, sources: [{ lang, source: hit.source }] });
    });
  }
  const hits = [...byId].map(([id, e]) => ({ id, link: e.link, source: mergeSources(e.sources) }));
  return { hits, skipped, warnings };
}
