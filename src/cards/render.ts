import { Resvg } from '@resvg/resvg-js';
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

/** zlib level 2: less CPU than level 6 per card, for cards still well within the byte budget; level 1 saves less than it adds in bytes. */
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
 * Rasterises satori's SVG and encodes it as PNG: resvg draws it, sharp compresses it. Measured
 * side by side (`npm run bench:cards`), sharp's own SVG input (librsvg) took as much CPU for
 * PNGs a third larger, and resvg's own encoder a little more CPU for about the same bytes.
 */
export async function svgToPng(svg: string): Promise<Buffer> {
  // resvg's pixels are premultiplied RGBA; every card is opaque, so they are plain RGBA as well,
  // and the alpha channel can go: three channels to compress instead of four.
  const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  const pixels = image.pixels;
  const png = await sharp(pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .removeAlpha()
    .png({ compressionLevel: PNG_LEVEL, adaptiveFiltering: false })
    .toBuffer();
  release(pixels);
  return png;
}

/** Draws a card as PNG: satori lays it out as SVG, then `svgToPng`. */
export async function renderCard(spec: CardSpec, trace?: RenderTrace): Promise<Buffer> {
  return svgToPng(await cardSvg(spec, trace));
}

/**
 * Frees a buffer's memory now rather than at the next garbage collection: V8 counts each card's
 * 3 MB of pixels as external memory and ran a full collection every few cards to reclaim it.
 * Only a buffer that owns its whole ArrayBuffer is freed; a pooled one shares it with others.
 */
export function release(buffer: Buffer): void {
  const whole = buffer.buffer;
  if (whole instanceof ArrayBuffer && buffer.byteOffset === 0 && buffer.byteLength === whole.byteLength) whole.transfer(0);
}
