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

/** What satori asked for beyond the loaded fonts: tests use it to prove no glyph is missing. */
export interface RenderTrace {
  fallbacks: { code: string; segment: string }[];
}

/** Draws a card as PNG: satori lays it out as SVG, sharp rasterises and compresses it. */
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
  // Compression level 6 without a palette: palette quantisation doubled the time per card for
  // half the bytes, and cards at level 6 stay well within the platforms' limits.
  return sharp(Buffer.from(svg)).png({ compressionLevel: 6, adaptiveFiltering: false }).toBuffer();
}
