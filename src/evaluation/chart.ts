import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';

/** A line chart's data: labels along the x axis and one series per line; null is a gap, not zero. */
export interface LineChart {
  /** Unique in the page: ids of the title and description derive from it. */
  id: string;
  /** The accessible name (SVG `<title>`). */
  title: string;
  /** A sentence that says what the chart shows (SVG `<desc>`). */
  description: string;
  xLabels: string[];
  /** BCP 47 locale of the axis numbers (`fr-FR` writes 1 000). */
  locale: string;
  series: { name: string; values: (number | null)[] }[];
}

// Small enough that its 15-unit text stays readable when a phone scales the chart to 330 px.
const W = 480;
const H = 260;
const M = { top: 14, right: 14, bottom: 36, left: 50 };
const FONT = 15;
const PER_ROW = 2;
// Colour and dash pattern both tell lines apart (colour alone is not enough, WCAG 1.4.1).
const STYLES: [string, string][] = [
  ['#0b2a4a', ''],
  ['#b8860b', '6 3'],
  ['#2e7d32', '2 3'],
  ['#8e24aa', '10 3 2 3'],
  ['#c62828', '4 4'],
  ['#00838f', '1 2'],
];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Draws a line chart as a static SVG string with d3-scale and d3-shape (no DOM): axes with ticks,
 * one styled line with point markers per series, a legend; `role="img"` named by its `<title>` and `<desc>`.
 */
export function lineChartSvg(c: LineChart): string {
  const values = c.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const y = scaleLinear()
    .domain([0, Math.max(1, ...values)])
    .nice()
    .range([H - M.bottom, M.top]);
  const x = scalePoint<string>()
    .domain(c.xLabels.map((_, i) => String(i)))
    .range([M.left, W - M.right])
    .padding(0.5);
  const px = (i: number) => x(String(i)) ?? M.left;
  const path = line<number | null>()
    .defined((v) => v !== null)
    .x((_, i) => px(i))
    .y((v) => y(v ?? 0));
  const legendRows = Math.ceil(c.series.length / PER_ROW);
  const height = H + legendRows * 24 + 8;
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${height}" role="img" aria-labelledby="${c.id}-title ${c.id}-desc" class="chart">`);
  parts.push(`<title id="${c.id}-title">${esc(c.title)}</title><desc id="${c.id}-desc">${esc(c.description)}</desc>`);
  for (const t of y.ticks(5)) {
    parts.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${y(t)}" y2="${y(t)}" stroke="#d0d7de" stroke-width="1"/>`);
    parts.push(`<text x="${M.left - 6}" y="${y(t) + 4}" text-anchor="end" font-size="${FONT}" fill="#333">${esc(t.toLocaleString(c.locale))}</text>`);
  }
  const step = Math.max(1, Math.ceil(c.xLabels.length / 5));
  c.xLabels.forEach((label, i) => {
    if (i % step === 0) parts.push(`<text x="${px(i)}" y="${H - M.bottom + 20}" text-anchor="middle" font-size="${FONT}" fill="#333">${esc(label)}</text>`);
  });
  parts.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${H - M.bottom}" y2="${H - M.bottom}" stroke="#333" stroke-width="1"/>`);
  c.series.forEach((s, k) => {
    const [colour, dash] = STYLES[k % STYLES.length] ?? ['#000', ''];
    const d = path(s.values);
    if (d) parts.push(`<path d="${d}" fill="none" stroke="${colour}" stroke-width="2.5"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`);
    s.values.forEach((v, i) => {
      if (v !== null) parts.push(`<circle cx="${px(i)}" cy="${y(v)}" r="3.5" fill="${colour}"/>`);
    });
    const lx = 8 + (k % PER_ROW) * 236;
    const ly = H + Math.floor(k / PER_ROW) * 24 + 4;
    parts.push(`<line x1="${lx}" x2="${lx + 28}" y1="${ly}" y2="${ly}" stroke="${colour}" stroke-width="2.5"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`);
    parts.push(`<text x="${lx + 34}" y="${ly + 4}" font-size="${FONT}" fill="#333">${esc(s.name)}</text>`);
  });
  parts.push('</svg>');
  return parts.join('');
}
