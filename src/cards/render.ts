import satori from 'satori';
import sharp from 'sharp';
import { emojiImage } from './emoji.ts';
import { loadFonts } from './fonts.ts';
import { CARD_SIZES, type CardSpec } from './spec.ts';
import { cardTree } from './templates/index.ts';

// One libvips thread per call: the worker pool already spreads cards over the cores. No
// operation cache: every card is new to libvips, and the cache only holds memory.
sharp.concurrency(1);
sharp.cache(false);

/** zlib level 2: a few ms less than level 6 per card, for cards still well within the byte budget; level 1 saves less than it adds in bytes. */
const PNG_LEVEL = 2;

/** What satori asked for beyond the loaded fonts: tests use it to prove no glyph is missing. */
export interface RenderTrace {
  fallbacks: { code: string; segment: string }[];
}

/** Lays a card out as SVG with satori: text becomes glyph paths, emoji Twemoji images. */
export async function cardSvg(spec: CardSpec, trace?: RenderTrace): Promise<string> {
  return satori(cardTree(spec), {
    ...CARD_SIZES[spec.format],
    fonts: loadFonts(),
    loadAdditionalAsset: async (code, segment) => {
      trace?.fallbacks.push({ code, segment });
      // Emoji come from Twemoji; any other missing glyph stays missing, and tests catch it.
      return code === 'emoji' ? (emojiImage(segment) ?? '') : [];
    },
  });
}

/**
 * Rasterises satori's SVG and encodes it as PNG, both in sharp: libvips draws it with librsvg.
 * On these cards librsvg takes well under half the CPU time of resvg (`npm run bench:cards`
 * compares them), and the pixels never reach JavaScript, so no 3 MB buffer per card for the
 * garbage collector.
 */
export function svgToPng(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg)).png({ compressionLevel: PNG_LEVEL, adaptiveFiltering: false }).toBuffer();
}

/** Draws a card as PNG: satori lays it out as SVG, sharp rasterises and compresses it. */
export async function renderCard(spec: CardSpec, trace?: RenderTrace): Promise<Buffer> {
  return svgToPng(await cardSvg(spec, trace));
}
