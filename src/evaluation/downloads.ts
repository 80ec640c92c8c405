import stringify from 'safe-stable-stringify';
import { CRITERIA } from './figures.ts';
import type { Scorecard } from './scorecard.ts';

const cell = (v: string | number | boolean | null) => {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** Weekly figures as CSV (RFC 4180): one row per criterion, channel and week; an empty value is missing, not zero. */
export function scorecardCsv(card: Scorecard): string {
  const lines = [['criterion', 'channel', 'platform', 'owner', 'week_start', 'week_end', 'value', 'sample'].join(',')];
  for (const criterion of CRITERIA) {
    for (const row of card.criteria[criterion]) {
      card.weeks.forEach((w, i) => {
        lines.push(
          [criterion, row.channel.id, row.channel.platform, row.channel.owner, w.start, w.end, row.weekly[i] ?? null, card.sample].map(cell).join(','),
        );
      });
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The whole scorecard as JSON, keys sorted. */
export function scorecardJson(card: Scorecard): string {
  return `${stringify(card, null, 2)}\n`;
}
