import { SNAPSHOT_KINDS } from '../model/vocabulary.ts';
import type { ChangeReport, KindReport } from './types.ts';

/** Detail lines shown per list before "… and N more". */
const DETAIL_MAX = 20;

function details<T>(label: string, list: T[], line: (x: T) => string): string[] {
  const shown = list.slice(0, DETAIL_MAX).map((x) => `    ${line(x)}`);
  return list.length > DETAIL_MAX ? [...shown, `    … and ${list.length - DETAIL_MAX} more ${label}`] : shown;
}

/** One kind's line and its details. */
function kindLines(kind: string, r: KindReport): string[] {
  const counts = `${r.total} items (${r.added.length} added, ${r.updated.length} updated, ${r.withdrawn.length} withdrawn, ${r.skipped.length} skipped)`;
  return [
    `${kind.padEnd(6)} ${r.status.padEnd(13)} ${counts}`,
    ...(r.reason ? [`    reason: ${r.reason}`] : []),
    ...(r.replacedSample ? ['    the sample data was replaced by IPEX data'] : []),
    ...(r.light ? ['    light run: paged until documents unchanged since the last run; the next full run checks the rest'] : []),
    ...details('added', r.added, (id) => `${id} added`),
    ...details('updated', r.updated, (u) => `${u.id} updated: ${u.fields.join(', ')}`),
    ...details('withdrawn', r.withdrawn, (id) => `${id} withdrawn`),
    ...details('skipped', r.skipped, (p) => `skipped: ${kind} ${p.id} field "${p.field}": ${p.reason}`),
    ...details('warnings', r.warnings, (p) => `warning: ${kind} ${p.id} field "${p.field}": ${p.reason}`),
  ];
}

/** The printed summary of a run: one line per kind, then what changed, what was skipped and why data was kept. */
export function summaryLines(report: ChangeReport): string[] {
  return SNAPSHOT_KINDS.flatMap((k) => {
    const r = report.types[k];
    return r ? kindLines(k, r) : [];
  });
}

/** The text of `changes.json`. */
export function serializeReport(report: ChangeReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
