// The build benchmark's closing table: one column per build, one row per figure.
import type { BuildLogFigures } from './build-log.ts';
import type { FilesDiff } from './files.ts';
import type { Measured } from './measure.ts';

/** One measured build. */
export interface BuildRow {
  label: string;
  measured: Measured;
  log: BuildLogFigures;
  files: FilesDiff;
}

const n = (x: number | undefined) => (x === undefined ? '?' : x.toLocaleString('en-GB'));
const mb = (kb: number) => `${n(Math.round(kb / 1024))} MB`;

/** Prints the figures of the builds side by side. */
export function printTable(rows: BuildRow[]): void {
  const lines: [string, (r: BuildRow) => string][] = [
    ['wall time', (r) => `${(r.measured.ms / 1000).toFixed(1)} s`],
    ['peak RSS, process tree', (r) => mb(r.measured.peakTreeRssKb)],
    ['peak RSS, largest process', (r) => mb(r.measured.peakProcessHwmKb)],
    ['pages rendered', (r) => n(r.log.pages)],
    // No incremental build yet (issue 16): Astro renders every page every time.
    ['pages reused', () => '0 (n/a)'],
    ['cards drawn', (r) => n(r.log.cardsDrawn)],
    ['cards reused (cache)', (r) => n(r.log.cardsCached)],
    ['pages indexed (search)', (r) => n(r.log.indexed)],
    ['files written', (r) => `${n(r.files.written)} (${mb(r.files.writtenBytes / 1024)})`],
    ['files in output', (r) => n(r.files.total)],
  ];
  const table = [['', ...rows.map((r) => r.label)], ...lines.map(([name, cell]) => [name, ...rows.map(cell)])];
  const widths = table[0]?.map((_, c) => Math.max(...table.map((row) => row[c]?.length ?? 0))) ?? [];
  for (const row of table) console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('   ').trimEnd());
  console.log('\nPeak RSS: /proc sampled every 100 ms, VmRSS summed over the build process and its descendants; largest process: its own VmHWM.');
  console.log('Files written: files new, or with another inode, time or size, than before the build (cards hard-linked from the cache count as reused).');
}
