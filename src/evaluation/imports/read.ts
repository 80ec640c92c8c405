import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { PostFigures, Source } from '../schema.ts';
import { IMPORT_FORMATS, type ImportFormat } from './formats.ts';

/** What reading exports needs: the trial days so far, and the ledger's posts by public URL. */
export interface ImportContext {
  days: [string, string];
  /** Ledger posts by URL: an export row with that URL counts for that item and replaces no API figure twice. */
  ledgerByUrl: Map<string, { item: string; remoteId: string }>;
}

// Some exports put a title line or two above the headings.
const HEADER_SEARCH_ROWS = 5;

function detect(rows: string[][]): { format: ImportFormat; header: number } | undefined {
  for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i++) {
    const cells = new Set((rows[i] ?? []).map((c) => c.trim().toLowerCase()));
    const format = IMPORT_FORMATS.find((f) => f.headings.every((h) => cells.has(h)));
    if (format) return { format, header: i };
  }
  return undefined;
}

/** Reads one export file's text into a source; a row it cannot read is listed with its number and reason, the rest still counts. */
export function readImport(name: string, text: string, ctx: ImportContext): Source {
  const id = `import:${name}`;
  let rows: string[][];
  try {
    rows = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true, relax_quotes: true });
  } catch (e) {
    return {
      id,
      type: 'import',
      platform: 'unknown',
      status: 'failed',
      reason: `${name}: not readable as CSV: ${(e as Error).message}`,
      posts: [],
      problems: [],
    };
  }
  const found = detect(rows);
  if (!found) {
    const known = IMPORT_FORMATS.map((f) => f.name).join(', ');
    return {
      id,
      type: 'import',
      platform: 'unknown',
      status: 'failed',
      reason: `${name}: no known export headings in the first ${HEADER_SEARCH_ROWS} rows (known: ${known})`,
      posts: [],
      problems: [],
    };
  }
  const { format, header } = found;
  const headings = (rows[header] ?? []).map((h) => h.trim().toLowerCase());
  const posts: PostFigures[] = [];
  const problems: string[] = [];
  const visits: Record<string, number> = {};
  let gained: number | undefined;
  const [start, end] = ctx.days;
  rows.slice(header + 1).forEach((cells, i) => {
    const rowNo = header + i + 2; // 1-based, counting the heading row
    // LinkedIn puts a description row under the headings; a row with no number at all is not data.
    if (cells.every((c) => !/\d/.test(c))) return;
    const r = format.row(new Map(headings.map((h, k) => [h, cells[k] ?? ''])));
    if (r instanceof Error) {
      problems.push(`${name}: row ${rowNo}: ${r.message}`);
      return;
    }
    if (r.type === 'visits') {
      visits[r.source.toLowerCase()] = (visits[r.source.toLowerCase()] ?? 0) + r.visits;
    } else if (r.day >= start && r.day <= end) {
      if (r.type === 'followers') gained = (gained ?? 0) + r.gained;
      else {
        const known = r.url ? ctx.ledgerByUrl.get(r.url) : undefined;
        posts.push({
          platform: r.platform,
          remoteId: known?.remoteId ?? r.remoteId,
          ...(known ? { item: known.item } : {}),
          likes: r.likes,
          reposts: r.reposts,
          replies: r.replies,
          quotes: r.quotes,
          ...(r.paid !== undefined ? { paid: r.paid } : {}),
        });
      }
    }
  });
  return {
    id,
    type: 'import',
    platform: format.platform,
    status: 'ok',
    reason: format.name,
    posts,
    problems,
    ...(gained !== undefined ? { followersGained: gained } : {}),
    ...(format.headings.includes('nb_visits') || format.platform === 'plausible' ? { visits } : {}),
  };
}

/** Reads every `.csv` file in the imports folder, by name; a missing folder is no imports. */
export async function readImports(dir: string, ctx: ImportContext): Promise<Source[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.toLowerCase().endsWith('.csv')).sort();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  const out: Source[] = [];
  for (const name of names) out.push(readImport(name, await readFile(path.join(dir, name), 'utf8'), ctx));
  return out;
}
