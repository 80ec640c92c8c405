import { countCell, dayCell } from './cells.ts';

/** What one row of an export says. */
export type ImportRow =
  | { type: 'post'; day: string; platform: string; remoteId: string; url?: string; likes: number | null; reposts: number | null; replies: number | null; quotes: number | null; paid?: boolean }
  | { type: 'followers'; day: string; gained: number }
  | { type: 'visits'; source: string; visits: number };

/** A platform export, known by its column headings. */
export interface ImportFormat {
  /** The export's name, for reports. */
  name: string;
  /** `linkedin`, `x`, `facebook` or the analytics tool. */
  platform: string;
  /** Headings that must all be present for a file to be this export (compared case-insensitively). */
  headings: string[];
  /** Reads one row (cells by lower-case heading); an Error names the column and the value. */
  row(cells: Map<string, string>): ImportRow | Error;
}

function counts(cells: Map<string, string>, columns: Record<'likes' | 'reposts' | 'replies' | 'quotes', string | undefined>) {
  const out: Record<string, number | null> = {};
  for (const [key, heading] of Object.entries(columns)) {
    if (heading === undefined) {
      out[key] = null;
      continue;
    }
    const n = countCell(cells.get(heading));
    if (n instanceof Error) return new Error(`column "${heading}": ${n.message}`);
    out[key] = n;
  }
  return { likes: out.likes ?? null, reposts: out.reposts ?? null, replies: out.replies ?? null, quotes: out.quotes ?? null };
}

function day(cells: Map<string, string>, heading: string): string | Error {
  const d = dayCell(cells.get(heading));
  return d instanceof Error ? new Error(`column "${heading}": ${d.message}`) : d;
}

function post(platform: string, cells: Map<string, string>, c: { day: string; id: string; url?: string | undefined; paid?: (cells: Map<string, string>) => boolean | undefined } & Record<'likes' | 'reposts' | 'replies' | 'quotes', string | undefined>): ImportRow | Error {
  const d = day(cells, c.day);
  if (d instanceof Error) return d;
  const id = cells.get(c.id)?.trim();
  if (!id) return new Error(`column "${c.id}": empty`);
  const n = counts(cells, { likes: c.likes, reposts: c.reposts, replies: c.replies, quotes: c.quotes });
  if (n instanceof Error) return n;
  const url = c.url ? cells.get(c.url)?.trim() : undefined;
  const paid = c.paid?.(cells);
  return { type: 'post', day: d, platform, remoteId: id, ...(url ? { url } : {}), ...n, ...(paid !== undefined ? { paid } : {}) };
}

/** The exports the collector reads from `content/evaluation/imports/`. */
export const IMPORT_FORMATS: ImportFormat[] = [
  {
    // LinkedIn page analytics → Content → Export, sheet "All posts".
    name: 'LinkedIn page content export',
    platform: 'linkedin',
    headings: ['post link', 'created date', 'likes', 'comments', 'reposts'],
    row: (c) => post('linkedin', c, { day: 'created date', id: 'post link', url: 'post link', likes: 'likes', reposts: 'reposts', replies: 'comments', quotes: undefined, paid: (x) => (x.has('post type') ? /sponsored/i.test(x.get('post type') ?? '') : undefined) }),
  },
  {
    // LinkedIn page analytics → Followers → Export, sheet "New followers".
    name: 'LinkedIn page followers export',
    platform: 'linkedin',
    headings: ['date', 'organic followers', 'total followers'],
    row: (c) => {
      const d = day(c, 'date');
      if (d instanceof Error) return d;
      const n = countCell(c.get('total followers'));
      if (n instanceof Error) return new Error(`column "total followers": ${n.message}`);
      return { type: 'followers', day: d, gained: n ?? 0 };
    },
  },
  {
    // X (Twitter) analytics → Tweets → Export data ("tweet activity").
    name: 'X tweet activity export',
    platform: 'x',
    headings: ['tweet id', 'tweet permalink', 'time', 'retweets', 'replies', 'likes'],
    row: (c) => post('x', c, { day: 'time', id: 'tweet id', url: 'tweet permalink', likes: 'likes', reposts: 'retweets', replies: 'replies', quotes: undefined, paid: (x) => (x.has('promoted impressions') ? (Number(x.get('promoted impressions')) || 0) > 0 : undefined) }),
  },
  {
    // X account analytics → Content → Export (newer format).
    name: 'X post analytics export',
    platform: 'x',
    headings: ['post id', 'date', 'likes', 'reposts', 'replies'],
    row: (c) => post('x', c, { day: 'date', id: 'post id', url: c.has('post link') ? 'post link' : undefined, likes: 'likes', reposts: 'reposts', replies: 'replies', quotes: undefined }),
  },
  {
    // Meta Business Suite → Insights → Content → Export (Facebook Page posts).
    name: 'Facebook Page posts export',
    platform: 'facebook',
    headings: ['post id', 'permalink', 'publish time', 'reactions', 'comments', 'shares'],
    row: (c) => post('facebook', c, { day: 'publish time', id: 'post id', url: 'permalink', likes: 'reactions', reposts: 'shares', replies: 'comments', quotes: undefined, paid: (x) => (x.has('funded content status') ? /paid|boost/i.test(x.get('funded content status') ?? '') : undefined) }),
  },
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
