/** A count cell of an export: `1234`, `1,234`, `1 234`, `17.0`; empty is missing (null); anything else is a problem. */
export function countCell(value: string | undefined): number | null | Error {
  const v = (value ?? '').trim().replace(/[,\s\u00a0\u202f]/g, '');
  if (v === '' || v === '-' || v === '--') return null;
  // X writes counts as decimals ("17.0").
  if (!/^\d+(\.0+)?$/.test(v)) return new Error(`"${value}" is not a count`);
  return Number.parseInt(v, 10);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The UTC day of a date cell as the platforms write them: `2026-11-20 09:15 +0000` and ISO (X, Matomo),
 * `11/20/2026` with an optional time (LinkedIn, Facebook: month first), `Thu, Nov 20, 2026` (X's newer export).
 */
export function dayCell(value: string | undefined): string | Error {
  const v = (value ?? '').trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(v);
  if (m) return `${m[3]}-${pad(Number(m[1]))}-${pad(Number(m[2]))}`;
  m = /^(?:[A-Za-z]{3},\s*)?([A-Za-z]{3})\w*\s+(\d{1,2}),\s*(\d{4})/.exec(v);
  const month = m ? MONTHS.indexOf((m[1] ?? '').toLowerCase()) : -1;
  if (m && month >= 0) return `${m[3]}-${pad(month + 1)}-${pad(Number(m[2]))}`;
  return new Error(`"${value}" is not a date this reader knows`);
}
