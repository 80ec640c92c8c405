// The build benchmark's closing table: one column per build, one row per figure.
import type { BuildLogFigures, Phase } from './build-log.ts';
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
const secs = (x: number | undefined) => (x === undefined ? '?' : `${x.toFixed(1)} s`);

/** Where a build's time goes, as Astro and the integrations report it. */
const PHASES: [Phase, string][] = [
  ['types', '  content sync + types'],
  ['buildInfo', '  build info (from the start)'],
  ['entryPoints', '  entry points (Vite)'],
  ['routes', '  generating routes'],
  ['cards', '  cards'],
  ['search', '  search index'],
];

/** The stages src/output/memory.ts names, short enough for a column. */
const STAGES: Record<string, string> = { 'the content sync': 'content', bundling: 'bundling', pages: 'pages', 'cards, search and sitemap': 'after pages' };

/** Prints the figures of the builds side by side. */
export function printTable(rows: BuildRow[]): void {
  const lines: [string, (r: BuildRow) => string][] = [
    ['wall time', (r) => `${(r.measured.ms / 1000).toFixed(1)} s`],
    ['peak RSS, process tree', (r) => mb(r.measured.peakTreeRssKb)],
    ['peak RSS, largest process', (r) => mb(r.measured.peakProcessHwmKb)],
    ['  its peak fell in', (r) => STAGES[r.log.memory?.stage ?? ''] ?? '?'],
    ["  main thread's heap in use then", (r) => (r.log.memory ? `${n(r.log.memory.heap)} MB` : '?')],
    ['  buffers then', (r) => (r.log.memory ? `${n(r.log.memory.buffers)} MB` : '?')],
    ['pages in site', (r) => n(r.log.pages)],
    ['files rendered (pages, feeds…)', (r) => n(r.log.generated - r.log.reused)],
    ['files reused (incremental)', (r) => n(r.log.reused)],
    ['cards drawn', (r) => n(r.log.cardsDrawn)],
    ['cards reused (cache)', (r) => n(r.log.cardsCached)],
    ['pages indexed (search)', (r) => n(r.log.indexed)],
    ['files written', (r) => `${n(r.files.written)} (${mb(r.files.writtenBytes / 1024)})`],
    ['files in output', (r) => n(r.files.total)],
    ...PHASES.map(([phase, name]): [string, (r: BuildRow) => string] => [name, (r) => secs(r.log.phases[phase])]),
  ];
  const table = [['', ...rows.map((r) => r.label)], ...lines.map(([name, cell]) => [name, ...rows.map(cell)])];
  const widths = table[0]?.map((_, c) => Math.max(...table.map((row) => row[c]?.length ?? 0))) ?? [];
  for (const row of table)
    console.log(
      row
        .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
        .join('   ')
        .trimEnd(),
    );
  console.log('\nPeak RSS: /proc sampled every 100 ms, VmRSS summed over the build process and its descendants; largest process: its own VmHWM.');
  console.log(
    "Its peak: the build process's own, sampled inside it (src/output/memory.ts): the stage it fell in (content sync; bundling; pages; cards, search and sitemap) and what its main thread's V8 heap (in use) and buffers held then; the rest is native: card workers, the bundler, compiled code.",
  );
  console.log('Files written: files new, or with another inode, time or size, than before the build (cards hard-linked from the cache count as reused).');
}

/** The median of some figures (0 for none). */
export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

/** Median wall time and peak RSS per kind of build (cold, warm, hourly), and their ratios to cold. */
export function printMedians(rows: BuildRow[]): void {
  const kinds = new Map<string, BuildRow[]>();
  for (const r of rows) {
    const kind = r.label.split(' ')[0] ?? r.label;
    kinds.set(kind, [...(kinds.get(kind) ?? []), r]);
  }
  const cold = median((kinds.get('cold') ?? []).map((r) => r.measured.ms));
  console.log('\nMedians (runs): wall time, peak RSS of the process tree, wall time against the cold build');
  for (const [kind, rs] of kinds) {
    const ms = median(rs.map((r) => r.measured.ms));
    const rss = median(rs.map((r) => r.measured.peakTreeRssKb));
    console.log(
      `  ${kind.padEnd(7)} (${rs.length})  ${(ms / 1000).toFixed(1).padStart(6)} s  ${mb(rss).padStart(9)}  ${cold ? `${((ms / cold) * 100).toFixed(0)} %` : ''}`,
    );
  }
}
