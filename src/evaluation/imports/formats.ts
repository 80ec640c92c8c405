import { PLATFORMS } from '../../platforms/index.ts';
import { countCell } from './cells.ts';
import type { ImportFormat, ImportRow } from './rows.ts';

export type { ImportFormat, ImportRow } from './rows.ts';

/** The exports the collector reads from `content/evaluation/imports/`: each platform's (src/platforms/), then the analytics tools'. */
export const IMPORT_FORMATS: ImportFormat[] = [
  ...PLATFORMS.flatMap((p) => p.exports),
  {
    // Matomo: Acquisition → Campaigns (Source - Medium), exported as CSV (or the API with format=CSV).
    name: 'Matomo campaign export',
    platform: 'matomo',
    headings: ['label', 'nb_visits'],
    row: (c) => visits(c, 'label', 'nb_visits', (l) => l.split(' - ')[0] ?? l),
  },
  {
    // Plausible: dashboard export (filtered on the campaign), file utm_sources.csv.
    name: 'Plausible sources export',
    platform: 'plausible',
    headings: ['name', 'visitors'],
    row: (c) => visits(c, 'name', c.has('visits') ? 'visits' : 'visitors', (l) => l),
  },
];

function visits(c: Map<string, string>, label: string, column: string, source: (l: string) => string): ImportRow | Error {
  const n = countCell(c.get(column));
  if (n instanceof Error) return new Error(`column "${column}": ${n.message}`);
  return { type: 'visits', source: source(c.get(label)?.trim() ?? ''), visits: n ?? 0 };
}
