import { checkStrings, stringsProblems } from './schema.ts';
import { reference } from './strings/index.ts';
import { resolveStrings } from './ui.ts';

/** How much of the interface one language has in its own words. */
export interface Coverage {
  lang: string;
  /** Whether src/i18n/strings/<lang>.json exists. */
  file: boolean;
  /** Entries (strings, paragraph lists, count strings) the language gives. */
  translated: number;
  /** Entries English gives. */
  total: number;
  /** Paths of the entries shown in English. */
  missing: string[];
  /** Schema errors: a language with any fails the build. */
  problems: string[];
}

/** The coverage of one language's strings file (`undefined`: it has none). */
export function coverage(lang: string, file: unknown): Coverage {
  const none = resolveStrings(lang, undefined).missing;
  const problems = file === undefined ? [] : stringsProblems(reference, lang, file);
  const missing = file === undefined || problems.length ? none : resolveStrings(lang, checkStrings(reference, lang, file)).missing;
  return { lang, file: file !== undefined, translated: none.length - missing.length, total: none.length, missing, problems };
}

/** The coverage table `npm run i18n:report` prints: one row per language. */
export function coverageTable(rows: Coverage[]): string {
  const head = ['language', 'file', 'translated', 'coverage', 'in English (first keys)'];
  const body = rows.map((r) => [
    r.lang,
    r.file ? 'yes' : 'no',
    `${r.translated}/${r.total}`,
    `${Math.floor((100 * r.translated) / r.total)}%`,
    r.problems.length
      ? `INVALID: see the errors below`
      : r.missing.length === r.total
        ? 'all'
        : r.missing.slice(0, 3).join(', ') + (r.missing.length > 3 ? ` +${r.missing.length - 3}` : ''),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]?.length ?? 0)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
