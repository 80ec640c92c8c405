import { SNAPSHOT_KINDS, type SnapshotKind } from '../model/vocabulary.ts';
import { createClient } from '../ipex/client.ts';
import { IpexFetchError } from '../ipex/errors.ts';
import { inventoryLines, inventoryOf, type KindInventory } from '../ipex/inventory.ts';
import { ENDPOINTS } from '../ipex/mapping.ts';
import { hitsOf, searchBody, searchUrl, type RawHit } from '../ipex/search.ts';
import type { SyncOptions } from './run.ts';

/** What `--probe` found for one kind: its first pages' inventory and one hit, or why it could not ask. */
export type ProbedKind = { ok: true; inventory: KindInventory; hit: unknown } | { ok: false; reason: string };

/** Longest string shown of a probed hit, in characters. */
const TEXT_MAX = 120;
/** Entries shown of a list in a probed hit. */
const LIST_MAX = 3;

/** A hit made fit to print: control characters dropped, long texts and lists cut, deep nesting elided. */
export function sanitisedHit(hit: RawHit): unknown {
  const clean = (value: unknown, depth: number): unknown => {
    if (typeof value === 'string') {
      // Untrusted text on an operator's terminal: no escape sequences, no walls of HTML.
      const text = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
      return text.length > TEXT_MAX ? `${text.slice(0, TEXT_MAX)}… (${value.length} characters)` : text;
    }
    if (typeof value !== 'object' || value === null) return value;
    if (depth > 4) return '…';
    if (Array.isArray(value)) {
      const shown = value.slice(0, LIST_MAX).map((v) => clean(v, depth + 1));
      return value.length > LIST_MAX ? [...shown, `… ${value.length - LIST_MAX} more`] : shown;
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [clean(k, depth), clean(v, depth + 1)]));
  };
  return { fields: { link: { value: clean(hit.link, 0) } }, sourceAsMap: clean(hit.source, 0) };
}

/** Asks IPEX for the first page of every kind in every language and inventories it; writes nothing. */
export async function runProbe(
  options: Pick<SyncOptions, 'base' | 'languages' | 'kinds' | 'userAgent' | 'timeoutMs' | 'retry' | 'concurrency' | 'range' | 'sleep' | 'random'>,
): Promise<Partial<Record<SnapshotKind, ProbedKind>>> {
  const client = createClient({ ...options, concurrency: options.concurrency ?? 2 });
  const probed = await Promise.all(
    options.kinds.map(async (kind): Promise<[SnapshotKind, ProbedKind]> => {
      const endpoint = ENDPOINTS[kind];
      try {
        const languages = await Promise.all(
          options.languages.map(async (lang) => {
            const url = searchUrl(options.base, endpoint, lang);
            const hits = hitsOf(await client.postJson(url, searchBody(endpoint, 1, options.range)), `POST ${url} page 1`);
            return { lang, hits: hits.map((h) => ({ ...h, page: 1 })) };
          }),
        );
        const first = languages[0]?.hits[0];
        return [kind, { ok: true, inventory: inventoryOf(kind, languages), hit: first && sanitisedHit(first) }];
      } catch (e) {
        const reason = e instanceof Error ? e.message : String(e);
        return [kind, { ok: false, reason: e instanceof IpexFetchError && e.status === 404 ? `not served: ${reason}` : `no answer: ${reason}` }];
      }
    }),
  );
  return Object.fromEntries(probed);
}

/** The probe's printout: per kind, the inventory, whether a sync would fail it, and one sanitised hit. */
export function probeLines(probed: Partial<Record<SnapshotKind, ProbedKind>>): string[] {
  return SNAPSHOT_KINDS.flatMap((k) => {
    const p = probed[k];
    if (!p) return [];
    if (!p.ok) return [`${k}: ${p.reason}`, ''];
    const hit =
      p.hit === undefined
        ? ['    (no hit on page 1)']
        : JSON.stringify(p.hit, null, 2)
            .split('\n')
            .map((l) => `    ${l}`);
    return [
      ...inventoryLines(k, p.inventory),
      p.inventory.failure ? `  a sync would keep the previous ${k}: ${p.inventory.failure}` : `  ${k}: usable`,
      `  one hit:`,
      ...hit,
      '',
    ];
  });
}
