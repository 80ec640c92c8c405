// Reading rows of platform exports: the pieces each platform's formats (src/platforms/) are made of.
import { countCell, dayCell } from './cells.ts';

export { countCell } from './cells.ts';

/** What one row of an export says. */
export type ImportRow =
  | {
      type: 'post';
      day: string;
      platform: string;
      remoteId: string;
      url?: string;
      likes: number | null;
      reposts: number | null;
      replies: number | null;
      quotes: number | null;
      paid?: boolean;
    }
  | { type: 'followers'; day: string; gained: number }
  | { type: 'visits'; source: string; visits: number };

/** A platform export, known by its column headings. */
export interface ImportFormat {
  /** The export's name, for reports. */
  name: string;
  /** A platform's id (src/platforms/) or the analytics tool's. */
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

/** The day in a column, or an Error naming it. */
export function day(cells: Map<string, string>, heading: string): string | Error {
  const d = dayCell(cells.get(heading));
  return d instanceof Error ? new Error(`column "${heading}": ${d.message}`) : d;
}

/** One post's row of an export: day, id, link and counts from the given columns; an Error names the column. */
export function post(
  platform: string,
  cells: Map<string, string>,
  c: { day: string; id: string; url?: string | undefined; paid?: (cells: Map<string, string>) => boolean | undefined } & Record<
    'likes' | 'reposts' | 'replies' | 'quotes',
    string | undefined
  >,
): ImportRow | Error {
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
