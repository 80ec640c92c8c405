/** First-seen times for the new items of one run. */
export interface FirstSeenTimes {
  /** ISO instants, ascending, all distinct. */
  times: string[];
  /** True when the clock is behind the snapshot, so the times had to go past `now`. */
  pastNow: boolean;
}

/**
 * `count` distinct first-seen times, ascending, all ≤ `nowMs` and all later than `afterMs` (the
 * latest first-seen time already in the snapshot): whole seconds counting back from now when they
 * fit (feeds show seconds), else milliseconds spread evenly. Only if the clock is behind the
 * snapshot do they go past now, a second apart: automation needs strictly later dates more.
 */
export function firstSeenTimes(count: number, nowMs: number, afterMs: number | undefined): FirstSeenTimes {
  const iso = (ms: number[]) => ms.map((t) => new Date(t).toISOString());
  if (count === 0) return { times: [], pastNow: false };
  const after = afterMs ?? Number.NEGATIVE_INFINITY;
  const back = (step: number) => Array.from({ length: count }, (_, i) => nowMs - (count - 1 - i) * step);
  if (nowMs - (count - 1) * 1000 > after) return { times: iso(back(1000)), pastNow: false };
  const room = nowMs - after;
  if (room >= count) return { times: iso(back(Math.floor(room / count))), pastNow: false };
  return { times: iso(Array.from({ length: count }, (_, i) => after + (i + 1) * 1000)), pastNow: true };
}
