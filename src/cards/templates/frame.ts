import { FONT_FAMILY } from '../fonts.ts';
import { CARD_SIZES, type CardSpec } from '../spec.ts';
import { h, type CardNode } from './h.ts';

/** Layout numbers per format, shared by every template. */
export function metrics(spec: CardSpec) {
  const { width, height } = CARD_SIZES[spec.format];
  const pad = spec.format === 'wide' ? 64 : 80;
  return { width, height, pad, inner: width - 2 * pad, square: spec.format === 'square' };
}

/** Height of the accent rule along the bottom edge. */
const RULE = 16;

/**
 * The shared frame: brand bar with language, accent rule, and the template's body in between.
 * Built from plain boxes only: borders, rounded borders and opacity make satori emit clip paths
 * and group opacity, which the rasteriser draws through extra full-size layers.
 */
export function frame(spec: CardSpec, body: CardNode): CardNode {
  const m = metrics(spec);
  const { ink, accent, paper } = spec.colors;
  return h(
    {
      position: 'relative',
      width: m.width,
      height: m.height,
      boxSizing: 'border-box',
      flexDirection: 'column',
      padding: `${m.pad - 8}px ${m.pad}px ${m.pad + RULE}px`,
      backgroundColor: ink,
      color: paper,
      fontFamily: FONT_FAMILY,
    },
    h(
      { justifyContent: 'space-between', alignItems: 'center', fontSize: 30, fontWeight: 700 },
      h({ letterSpacing: 1 }, spec.brand),
      // A 2px paper ring drawn as a paper box around an ink box.
      h(
        { padding: 2, backgroundColor: paper, borderRadius: 6 },
        h({ fontSize: 24, padding: '4px 12px', backgroundColor: ink, borderRadius: 4 }, spec.lang.toUpperCase()),
      ),
    ),
    h({ flexGrow: 1, flexDirection: 'column', justifyContent: 'center' }, body),
    h({ position: 'absolute', left: 0, right: 0, bottom: 0, height: RULE, backgroundColor: accent }),
  );
}

/**
 * A text in capitals as its language writes them: Greek drops its accents in capitals (ΕΙΔΗΣΗ, not
 * ΕΊΔΗΣΗ). Satori's text-transform knows no language but its font locales, so the card does it.
 */
export function caps(text: string, lang: string): string {
  return text.toLocaleUpperCase(lang);
}

/** The small-caps label above a title, in capitals of the card's language. */
export function label(text: string, lang: string, color: string): CardNode {
  return h({ display: 'block', lineClamp: 2, fontSize: 26, fontWeight: 700, letterSpacing: 3, lineHeight: 1.3, color, marginBottom: 20 }, caps(text, lang));
}

/** The title, at a fitted size, clamped to its lines with an ellipsis. */
export function title(text: string, fontSize: number, maxLines: number, width: number): CardNode {
  return h({ display: 'block', width, fontSize, fontWeight: 700, lineHeight: 1.18, lineClamp: maxLines, flexShrink: 0, wordBreak: 'break-word' }, text);
}

/** Lines of detail under the title. */
export function details(lines: string[]): CardNode | false {
  return (
    lines.length > 0 &&
    h({ flexDirection: 'column', marginTop: 28, fontSize: 30, lineHeight: 1.35 }, ...lines.map((l) => h({ display: 'block', lineClamp: 2 }, l)))
  );
}
