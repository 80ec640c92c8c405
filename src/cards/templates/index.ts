import { fitTitle } from '../fit.ts';
import type { CardSpec } from '../spec.ts';
import { details, frame, label, metrics, title } from './frame.ts';
import { h, type CardNode } from './h.ts';

const TITLE_SIZES = { wide: [68, 60, 54, 48, 43, 38, 34], square: [80, 72, 64, 56, 50, 44, 40] };
const MAX_LINES = { wide: 4, square: 6 };

/** The event's date block: day range large, month and year under it. */
function dateBlock(spec: CardSpec): CardNode | false {
  const d = spec.dateBlock;
  return (
    d !== undefined &&
    h(
      { flexDirection: 'column', alignItems: 'center', justifyContent: 'center', minWidth: 190, padding: '18px 20px', marginRight: 44, backgroundColor: spec.colors.paper, color: spec.colors.ink, borderRadius: 12 },
      h({ fontSize: d.day.length > 5 ? 50 : 72, fontWeight: 700, lineHeight: 1 }, d.day),
      h({ fontSize: 24, fontWeight: 700, marginTop: 10, textTransform: 'uppercase', letterSpacing: 1 }, d.month),
    )
  );
}

/** The card of a spec: the shared frame around the template's parts. */
export function cardTree(spec: CardSpec): CardNode {
  const m = metrics(spec);
  const block = spec.template === 'event' && !m.square ? dateBlock(spec) : false;
  const textWidth = block ? m.inner - 234 : m.inner;
  const lines = MAX_LINES[spec.format] - (spec.template === 'page' ? 1 : 0);
  const size = fitTitle(spec.title, { width: textWidth, maxLines: lines, sizes: TITLE_SIZES[spec.format] });
  const text = h(
    { flexDirection: 'column', width: textWidth },
    label(spec.label, spec.colors.accent),
    title(spec.title, size, lines, textWidth),
    details(spec.details),
  );
  const squareBlock = spec.template === 'event' && m.square ? dateBlock(spec) : false;
  const body = block ? h({ alignItems: 'center' }, block, text) : squareBlock ? h({ flexDirection: 'column' }, h({ marginBottom: 36 }, squareBlock), text) : text;
  return frame(spec, body);
}
