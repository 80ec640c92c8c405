// Basics of the sample generator: its fixed dates, seeded randomness, ids and date arithmetic.
import { createHash } from 'node:crypto';
import type { EuLanguage } from '../../src/i18n/locale.ts';

/** When the sample snapshot was "synced". */
export const SYNCED_AT = '2026-11-20T06:00:00Z';
/** The sync time in milliseconds. */
export const SYNC_MS = Date.parse(SYNCED_AT);
/** Nothing is published or first seen after this: a little before the sync. */
export const LATEST_MS = Date.parse('2026-11-19T18:00:00Z');
/** One minute in milliseconds. */
export const MIN = 60_000;
/** One hour in milliseconds. */
export const HOUR = 60 * MIN;
/** One day in milliseconds. */
export const DAY = 24 * HOUR;

/** Text per language. */
export type Text = Record<string, string>;
/** Text in English and French. */
export type L = { en: string; fr: string };
/** Text in every official language of the EU. */
export type EuText = Record<EuLanguage, string>;

/** mulberry32: small, fast, seeded. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(20261120);
/** The value, or an error naming what was missing (for lookups the tables guarantee). */
export function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`make-sample: ${what}`);
  return value;
}
/** A random whole number from lo to hi, both included. */
export const int = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
/** A random element. */
export const pick = <T>(xs: readonly T[]): T => must(xs[Math.floor(rand() * xs.length)], 'pick from an empty list');
/** A shuffled copy. */
export function shuffled<T>(xs: readonly T[]): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [must(a[j], 'shuffle'), must(a[i], 'shuffle')];
  }
  return a;
}
/** True with probability p. */
export const chance = (p: number): boolean => rand() < p;

/** IPEX-like id: 32 lower-case hex characters, a hash of a stable key. */
export function hexId(kind: string, key: string): string {
  return createHash('sha256').update(`ipex-hub-sample:${kind}:${key}`).digest('hex').slice(0, 32);
}

/** An instant as ISO 8601 in UTC, whole seconds, no milliseconds. */
export const isoZ = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
/** The UTC day of an instant. */
export const ymd = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
/** `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm` read as UTC (good enough for ordering and arithmetic). */
export const msOf = (s: string): number => Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s.length === 16 ? `${s}:00Z` : s);
/** A day n days later (or earlier). */
export const addDays = (d: string, n: number): string => ymd(msOf(d) + n * DAY);

/** Unique instants per kind: bumps by a second on collision. */
export function makeClock(): (ms: number) => number {
  const used = new Set<number>();
  return (ms) => {
    let t = Math.floor(ms / 1000) * 1000;
    while (used.has(t)) t += 1000;
    used.add(t);
    return t;
  };
}

/** Base of IPEX links. */
export const IPEX = 'https://ipex.eu/IPEXL-WEB';
/** The European Parliament's relations with national parliaments. */
export const EP_RELNATPARL = 'https://www.europarl.europa.eu/relnatparl/en/home';
/** The IPEX page of a Commission document. */
export const docUrl = (com: string): string => `${IPEX}/document/${com.replace(/^COM\((\d{4})\) (\d+)$/, 'COM-$1-$2')}`;

/** Day of the week, 0 = Sunday. */
export const weekday = (d: string): number => new Date(msOf(d)).getUTCDay(); // 0 = Sunday
