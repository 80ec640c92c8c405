import type { Card, DocumentState, Tally } from '../model/subsidiarity.ts';
import { utcDay } from '../model/time.ts';
import { dateFormat } from './locale.ts';
import { count, fill, ui } from './ui.ts';

/** A calendar day `YYYY-MM-DD` in the language: "12 October 2026". */
export function formatDay(day: string, lang: string, style: 'long' | 'medium' = 'long'): string {
  return dateFormat(lang, { dateStyle: style, timeZone: 'UTC' }).format(utcDay(day));
}

/** When days left were counted, in the language: "as of 7 December". The year goes without saying
 * for a page read within days; the day does not, since pages are rebuilt only when something changes. */
export function asOfDay(day: string, lang: string): string {
  return fill(ui(lang).asOf, { date: dateFormat(lang, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(utcDay(day)) });
}

/** A card's name in the language: "yellow card". */
export function cardName(card: Card, lang: string): string {
  const t = ui(lang);
  return card === 'yellow' ? t.yellowCard : t.orangeCard;
}

/** Why a document has no deadline or tally: "before the Treaty of Lisbon", or "not subject to the check". */
function outsideCheck(status: DocumentState, lang: string): string {
  const t = ui(lang);
  return status.regime === 'pre-lisbon' ? t.preLisbon : t.noCheck;
}

/** Where the check stands in a few words: "12 October 2026 · 9 days left (as of 3 October)", "… · closed", "not subject to the check", or "before the Treaty of Lisbon". */
export function deadlineLine(status: DocumentState, lang: string): string {
  const t = ui(lang);
  const c = status.check;
  if (!c) return outsideCheck(status, lang);
  const left = c.phase === 'closed' ? t.checkClosed : c.daysLeft === 0 ? t.lastDay : count(t.daysLeft, c.daysLeft);
  const asOf = c.phase === 'closed' ? '' : ` (${asOfDay(c.countedOn, lang)})`;
  return `${fill(t.deadlineAt, { date: formatDay(c.deadline, lang) })} · ${left}${asOf}`;
}

/** The deadline without days left, for cards (shared and cached for days): "Subsidiarity deadline: 12 October 2026", "… · closed". */
export function deadlineDay(status: DocumentState, lang: string): string {
  const t = ui(lang);
  const c = status.check;
  if (!c) return outsideCheck(status, lang);
  return `${fill(t.deadlineAt, { date: formatDay(c.deadline, lang) })}${c.phase === 'closed' ? ` · ${t.checkClosed}` : ''}`;
}

/** The thresholds as words: "yellow card at 18, orange card at 28". */
export function thresholdWords(tally: Tally, lang: string): string[] {
  const t = ui(lang);
  const cards: [Card, number | undefined][] = [
    ['yellow', tally.thresholds.yellow],
    ['orange', tally.thresholds.orange],
  ];
  return cards.flatMap(([card, n]) => (n === undefined ? [] : [fill(t.tallyThreshold, { card: cardName(card, lang), n })]));
}

/** "9 of 54 votes · yellow card at 18", or "… · yellow card threshold reached"; empty for a document without a tally. */
export function tallyLine(tally: Tally | undefined, lang: string): string {
  if (!tally) return '';
  const t = ui(lang);
  const reached = tally.reached.at(-1);
  const tail = reached ? fill(t.thresholdReached, { card: cardName(reached, lang) }) : (thresholdWords(tally, lang)[0] ?? '');
  return [fill(t.tallyText, { votes: tally.votes, total: tally.total }), tail].filter(Boolean).join(' · ');
}

/** The tally in one sentence, for the graphic's accessible name and the card's alt text; without a tally, why there is none. */
export function tallySentence(status: DocumentState, lang: string): string {
  const t = ui(lang);
  const tally = status.tally;
  if (!tally) return outsideCheck(status, lang);
  const words = [...tally.reached.map((c) => fill(t.thresholdReached, { card: cardName(c, lang) })), ...thresholdWords(tally, lang)];
  return fill(t.tallyAlt, { votes: tally.votes, total: tally.total, thresholds: words.join(', ') });
}
