import { create, type Font } from 'fontkit';
import { loadFonts } from './fonts.ts';

let bold: Font | undefined;

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
  const measure = (s: string) => font.layout(s).advanceWidth * scale;
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

/** The largest size at which the title fits the lines; the smallest otherwise (then clamped with an ellipsis). */
export function fitTitle(text: string, opts: { width: number; maxLines: number; sizes: number[] }): number {
  for (const size of opts.sizes) if (countLines(text, size, opts.width) <= opts.maxLines) return size;
  return opts.sizes[opts.sizes.length - 1] ?? 32;
}
