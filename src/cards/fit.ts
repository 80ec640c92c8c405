import { create, type Font } from 'fontkit';
import { remember } from '../model/memo.ts';
import { loadFonts } from './fonts.ts';

let bold: Font | undefined;
/** Advance widths in font units by text: titles share most of their words, and shaping is slow. */
const widths = new Map<string, number>();
const MAX_WIDTHS = 100_000;

/** The bold face titles are set in, for measuring. */
function titleFont(): Font {
  if (!bold) {
    const data = loadFonts().find((f) => f.weight === 700)?.data;
    const font = data ? create(data) : undefined;
    if (!font || !('layout' in font)) throw new Error('card title font missing');
    bold = font;
  }
  return bold;
}

/** Lines a text takes at a font size and width, wrapping at spaces like the renderer does. */
export function countLines(text: string, fontSize: number, width: number): number {
  const font = titleFont();
  const scale = fontSize / font.unitsPerEm;
  const measure = (s: string) => {
    if (widths.size >= MAX_WIDTHS && !widths.has(s)) widths.clear();
    return remember(widths, s, () => font.layout(s).advanceWidth) * scale;
  };
  const space = measure(' ');
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    const w = measure(word);
    if (used > 0 && used + space + w <= width) {
      used += space + w;
    } else if (used === 0 || w > width) {
      // A word wider than the line breaks across lines.
      lines += used > 0 ? 1 : 0;
      lines += Math.max(0, Math.ceil(w / width) - 1);
      used = w % width || width;
    } else {
      lines += 1;
      used = w;
    }
  }
  return lines;
}

/** Where a title must fit: its width, at most so many lines and so much height, and the sizes to try. */
export interface FitBox {
  width: number;
  maxLines: number;
  maxHeight: number;
  lineHeight: number;
  sizes: number[];
}

/** The largest size at which the title fits the box, and the lines to clamp it to (with an ellipsis). */
export function fitTitle(text: string, box: FitBox): { size: number; lines: number } {
  const linesAt = (size: number) => Math.max(1, Math.min(box.maxLines, Math.floor(box.maxHeight / (size * box.lineHeight))));
  for (const size of box.sizes) if (countLines(text, size, box.width) <= linesAt(size)) return { size, lines: linesAt(size) };
  const smallest = box.sizes[box.sizes.length - 1] ?? 32;
  return { size: smallest, lines: linesAt(smallest) };
}
