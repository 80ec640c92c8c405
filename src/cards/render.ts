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

/** zlib level 2: under half the CPU of level 6, for cards still well within the byte budget. */
const PNG_LEVEL = 2;

/** What satori asked for beyond the loaded fonts: tests use it to prove no glyph is missing. */
export interface RenderTrace {
  fallbacks: { code: string; segment: string }[];
}

/** Draws a card as PNG: satori lays it out as SVG, resvg rasterises it, sharp compresses it. */
export async function renderCard(spec: CardSpec, trace?: RenderTrace): Promise<Buffer> {
  const size = CARD_SIZES[spec.format];
  const svg = await satori(cardTree(spec), {
    ...size,
    fonts: loadFonts(),
    loadAdditionalAsset: async (code, segment) => {
      trace?.fallbacks.push({ code, segment });
      // Emoji come from Twemoji; any other missing glyph stays missing, and tests catch it.
      return code === 'emoji' ? (emojiImage(segment) ?? '') : [];
    },
  });
  // resvg draws satori's paths in about half the CPU time of sharp's own SVG input (librsvg).
  // Its pixels are premultiplied RGBA; every card is opaque, so they are plain RGBA as well.
  const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  const pixels = image.pixels;
  const png = await sharp(pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .png({ compressionLevel: PNG_LEVEL, adaptiveFiltering: false })
    .toBuffer();
  release(pixels);
  return png;
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
