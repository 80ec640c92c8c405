// The rasteriser and encoder combinations `npm run bench:cards` compares, each from satori's SVG to
// PNG bytes. The one the build uses is src/cards/render.ts's `svgToPng`; the others are here only
// to be measured against it.
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { svgToPng } from '../../src/cards/render.ts';

const resvg = (svg: string) => new Resvg(svg, { font: { loadSystemFonts: false } }).render();
/** resvg's pixels handed to sharp as raw RGBA. */
const raw = (svg: string) => {
  const image = resvg(svg);
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } });
};

/** sharp reading the SVG itself: libvips rasterises it with librsvg. */
const librsvg = (svg: string) => sharp(Buffer.from(svg));

/** Name → SVG to PNG. */
export const CANDIDATES: Record<string, (svg: string) => Promise<Buffer>> = {
  'resvg → sharp PNG RGB z2 (build, render.ts) ★': svgToPng,
  'resvg → resvg PNG ★': async (svg) => resvg(svg).asPng(),
  'resvg → sharp PNG z2 (before) ★': (svg) => raw(svg).png({ compressionLevel: 2, adaptiveFiltering: false }).toBuffer(),
  'resvg → sharp PNG z1': (svg) => raw(svg).png({ compressionLevel: 1, adaptiveFiltering: false }).toBuffer(),
  'resvg → sharp PNG z6': (svg) => raw(svg).png({ compressionLevel: 6, adaptiveFiltering: false }).toBuffer(),
  'resvg → sharp PNG z2 filtered': (svg) => raw(svg).png({ compressionLevel: 2, adaptiveFiltering: true }).toBuffer(),
  'resvg → sharp palette e1 z2': (svg) => raw(svg).png({ palette: true, effort: 1, compressionLevel: 2 }).toBuffer(),
  'resvg → sharp palette e1 z6': (svg) => raw(svg).png({ palette: true, effort: 1, compressionLevel: 6 }).toBuffer(),
  'sharp SVG (librsvg) → PNG z1 ★': (svg) => librsvg(svg).png({ compressionLevel: 1, adaptiveFiltering: false }).toBuffer(),
  'sharp SVG (librsvg) → PNG z2 ★': (svg) => librsvg(svg).png({ compressionLevel: 2, adaptiveFiltering: false }).toBuffer(),
  'sharp SVG (librsvg) → PNG z6': (svg) => librsvg(svg).png({ compressionLevel: 6, adaptiveFiltering: false }).toBuffer(),
  'sharp SVG (librsvg) → PNG RGB z2': (svg) => librsvg(svg).removeAlpha().png({ compressionLevel: 2, adaptiveFiltering: false }).toBuffer(),
  'sharp SVG (librsvg) → palette e1 z6': (svg) => librsvg(svg).png({ palette: true, effort: 1, compressionLevel: 6 }).toBuffer(),
};

/** The reference pixels candidates are compared with: resvg's, as the golden images are drawn. */
export function referencePixels(svg: string): Uint8Array {
  return resvg(svg).pixels;
}
