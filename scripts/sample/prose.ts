// Prose helpers for the sample texts: dates in words, lists, paragraphs (English and French).
import { must, type L } from './basics.ts';

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
/** Year, month and day of a day. */
export function parts(d: string): [number, number, number] {
  const [y, m, dd] = d.slice(0, 10).split('-').map(Number);
  return [must(y, `year of ${d}`), must(m, `month of ${d}`), must(dd, `day of ${d}`)];
}
/** A day in English words. */
export function dayEn(d: string): string {
  const [y, m, dd] = parts(d);
  return `${dd} ${MONTHS_EN[m - 1]} ${y}`;
}
/** A day in French words. */
export function dayFr(d: string): string {
  const [y, m, dd] = parts(d);
  return `${dd === 1 ? '1er' : dd} ${MONTHS_FR[m - 1]} ${y}`;
}

/** The text with a capital first letter. */
export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
/** French "de" + article: le → du, les → des. */
export function deFr(ref: string): string {
  if (ref.startsWith('le ')) return `du ${ref.slice(3)}`;
  if (ref.startsWith('les ')) return `des ${ref.slice(4)}`;
  return `de ${ref}`;
}
/** Joins a list in prose: "a, b and c" / "a, b et c". */
export function joinEn(xs: string[]): string {
  return xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}
/** Joins a list in French prose. */
export function joinFr(xs: string[]): string {
  return xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} et ${xs[xs.length - 1]}`;
}

/** A Markdown list. */
export const mdList = (items: string[], ordered: boolean): string => items.map((x, i) => (ordered ? `${i + 1}. ${x}` : `- ${x}`)).join('\n');
/** Paragraphs, the empty ones left out. */
export const paras = (...ps: (string | false | undefined)[]): string => ps.filter((p): p is string => Boolean(p)).join('\n\n');

/** "09:30" → "9 h 30"; "13:00" → "13 h". */
function timeFr(hm: string): string {
  const [h, m] = hm.split(':');
  return `${Number(h)} h${m === '00' ? '' : ` ${m}`}`;
}
/** When an event takes place, in prose. */
export function whenOf(start: string, end: string): L {
  if (start.length === 10) {
    if (start === end) return { en: `on ${dayEn(start)}`, fr: `le ${dayFr(start)}` };
    return { en: `from ${dayEn(start)} to ${dayEn(end)}`, fr: `du ${dayFr(start)} au ${dayFr(end)}` };
  }
  const [sd, st] = start.split('T') as [string, string];
  const [ed, et] = end.split('T') as [string, string];
  if (sd === ed) return { en: `on ${dayEn(sd)} from ${st} to ${et} (local time)`, fr: `le ${dayFr(sd)} de ${timeFr(st)} à ${timeFr(et)} (heure locale)` };
  return {
    en: `from ${dayEn(sd)}, ${st}, to ${dayEn(ed)}, ${et} (local time)`,
    fr: `du ${dayFr(sd)}, ${timeFr(st)}, au ${dayFr(ed)}, ${timeFr(et)} (heure locale)`,
  };
}
