import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { LanguageHits } from '../ipex/fetch-kind.ts';
import { idOfLink } from '../ipex/hits.ts';
import type { RawHit } from '../ipex/search.ts';

// Documents are many (IPEX holds every proposal since 2006) and change mostly at the top of their
// listing: an hourly run pages only until it meets a page of documents unchanged since the last run,
// and a full run once a day (or as configured) catches the rest and withdraws what vanished.

/** Name of the documents' paging memory, next to the snapshot files: a cache, not data (a missing one means a full run). */
export const LIGHT_STATE_FILE = '.sync-documents.json';

const stateSchema = z.object({
  version: z.literal(1),
  /** When the documents were last fetched in full (ISO 8601). */
  fullAt: z.string(),
  /** Per language, per document id, a digest of its hit as IPEX last sent it. */
  digests: z.record(z.string(), z.record(z.string(), z.string())),
});
/** The documents' paging memory. */
export type LightState = z.output<typeof stateSchema>;

/** Reads the paging memory; missing or unreadable means none (the next run is a full one). */
export async function readLightState(file: string): Promise<LightState | undefined> {
  try {
    const parsed = stateSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** A digest of one hit: its link and its `sourceAsMap` as sent. */
export function hitDigest(hit: RawHit): string {
  return createHash('sha1')
    .update(JSON.stringify([hit.link, hit.source]))
    .digest('base64url');
}

/** Whether this run must fetch every page: no memory, or the last full fetch is `fullEveryHours` old (0: always). */
export function isFullRun(state: LightState | undefined, now: string, fullEveryHours: number): boolean {
  if (!state || fullEveryHours <= 0) return true;
  return Date.parse(now) - Date.parse(state.fullAt) >= fullEveryHours * 3_600_000 - 60_000;
}

/** For a light run: true after a page whose every hit IPEX sent exactly as last time, where paging stops. */
export function unchangedPage(state: LightState): (lang: string, hits: RawHit[]) => boolean {
  return (lang, hits) => {
    const known = state.digests[lang] ?? {};
    return hits.every((h) => {
      const id = h.link === undefined ? undefined : idOfLink(h.link);
      return id !== undefined && known[id] === hitDigest(h);
    });
  };
}

/** The memory after a run: a full run replaces the digests, a light one updates those it saw. */
export function nextLightState(state: LightState | undefined, languages: LanguageHits[], full: boolean, now: string): LightState {
  const digests: LightState['digests'] = full ? {} : structuredClone(state?.digests ?? {});
  for (const { lang, hits } of languages) {
    const own = (digests[lang] ??= {});
    for (const h of hits) {
      const id = h.link === undefined ? undefined : idOfLink(h.link);
      if (id !== undefined) own[id] = hitDigest(h);
    }
  }
  return { version: 1, fullAt: full || !state ? now : state.fullAt, digests };
}

/** The text of the memory file. */
export function serializeLightState(state: LightState): string {
  return `${JSON.stringify(state)}\n`;
}
