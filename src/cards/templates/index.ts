import { countLines, fitTitle } from '../fit.ts';
import type { CardSpec } from '../spec.ts';
import { caps, details, frame, label, metrics, title } from './frame.ts';
import { h, type CardNode } from './h.ts';

const TITLE_SIZES = { wide: [68, 60, 54, 48, 43, 38, 34], square: [80, 72, 64, 56, 50, 44, 40] };
const MAX_LINES = { wide: 4, square: 6 };
const LINE_HEIGHT = 1.18;
/** Heights of the fixed parts, from the frame's styles: brand bar, label, detail line, date block. */
const PART = { bar: 48, label: 56, detailsGap: 28, detail: 41, block: 186, blockWidth: 190 };

/** The event's date block: day range large, month and year under it. */
function dateBlock(spec: CardSpec): CardNode | false {
  const d = spec.dateBlock;
  return (
    d !== undefined &&
    h(
      {
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'center',
        width: PART.blockWidth,
        flexShrink: 0,
        padding: '18px 12px',
        marginRight: 44,
        backgroundColor: spec.colors.paper,
        color: spec.colors.ink,
        borderRadius: 12,
      },
      // "3", "18–19", "30–2": the size steps down so the day range stays on one line.
      h({ fontSize: d.day.length <= 2 ? 72 : d.day.length <= 5 ? 54 : 42, fontWeight: 700, lineHeight: 1, whiteSpace: 'nowrap' }, d.day),
      h({ fontSize: 24, fontWeight: 700, marginTop: 10, letterSpacing: 1 }, caps(d.month, spec.lang)),
    )
  );
}

/** Documents: a bar of votes out of the total, with a tick at each threshold (plain boxes, no borders). */
function tallyBar(spec: CardSpec, width: number): CardNode | false {
  const t = spec.tally;
  if (!t || t.total <= 0) return false;
  const x = (n: number) => Math.round((Math.min(n, t.total) / t.total) * width);
  return h(
    { position: 'relative', width, height: PART.bar / 2, marginTop: 24, backgroundColor: spec.colors.paper },
    h({ position: 'absolute', left: 0, top: 0, width: x(t.votes), height: PART.bar / 2, backgroundColor: spec.colors.accent }),
    ...t.marks.map((n) =>
      h({ position: 'absolute', left: Math.max(0, x(n) - 3), top: -8, width: 6, height: PART.bar / 2 + 16, backgroundColor: spec.colors.ink }),
    ),
  );
}

/** The card of a spec: the shared frame around the template's parts. */
export function cardTree(spec: CardSpec): CardNode {
  const m = metrics(spec);
  const block = spec.template === 'event' && !m.square ? dateBlock(spec) : false;
  const textWidth = block ? m.inner - PART.blockWidth - 44 : m.inner;
  // The title gets what the card's height leaves after the other parts.
  const detailLines = spec.details.reduce((n, d) => n + Math.min(2, countLines(d, 30, textWidth)), 0);
  const labelLines = Math.min(2, countLines(caps(spec.label, spec.lang), 29, textWidth));
  const used =
    m.pad * 2 +
    8 +
    PART.bar +
    PART.label * labelLines +
    (detailLines ? PART.detailsGap + PART.detail * detailLines : 0) +
    (m.square && spec.dateBlock ? PART.block : 0) +
    (spec.tally ? PART.bar : 0);
  const fit = fitTitle(spec.title, {
    width: textWidth,
    maxLines: MAX_LINES[spec.format],
    maxHeight: m.height - used,
    lineHeight: LINE_HEIGHT,
    sizes: TITLE_SIZES[spec.format],
  });
  const text = h(
    { flexDirection: 'column', width: textWidth },
    label(spec.label, spec.lang, spec.colors.accent),
    title(spec.title, fit.size, fit.lines, textWidth),
    details(spec.details),
    tallyBar(spec, textWidth),
  );
  const squareBlock = spec.template === 'event' && m.square ? dateBlock(spec) : false;
  const body = block
    ? h({ alignItems: 'center' }, block, text)
    : squareBlock
      ? h({ flexDirection: 'column' }, h({ marginBottom: 36 }, squareBlock), text)
      : text;
  return frame(spec, body);
}
