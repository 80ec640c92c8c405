import { utcDay } from '../model/time.ts';
import type { EvaluationSnapshot } from './schema.ts';

/** One week of the trial: its first and last day. */
export interface Week {
  start: string;
  end: string;
}

const addDays = (day: string, n: number) => utcDay(day, n).toISOString().slice(0, 10);

/** The trial's weeks from its first day, up to the week of `until` (at most to the trial's end). */
export function trialWeeks(trial: { start: string; end: string }, until: string): Week[] {
  const out: Week[] = [];
  for (let start = trial.start; start <= trial.end && start <= until; start = addDays(start, 7)) {
    const end = addDays(start, 6);
    out.push({ start, end: end < trial.end ? end : trial.end });
  }
  return out;
}

/** The latest snapshot taken on or before a day (within the trial), if any. */
export function snapshotAt(history: EvaluationSnapshot[], day: string, trialStart: string): EvaluationSnapshot | undefined {
  return history.filter((h) => h.date >= trialStart && h.date <= day).at(-1);
}
