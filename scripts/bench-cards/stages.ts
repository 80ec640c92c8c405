// The cost of one card by stage, as the build draws it (src/cards/render.ts): the element tree
// (the template, with its title fitting), satori's layout to SVG, resvg's rasterising, and
// sharp's PNG encoding. Each stage runs on the previous one's output, card after card, in this thread.
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import { loadFonts } from '../../src/cards/fonts.ts';
import { CARD_SIZES, type CardSpec } from '../../src/cards/spec.ts';
import { cardTree } from '../../src/cards/templates/index.ts';

/** Median wall and CPU milliseconds per card, by stage. */
export interface StageRow {
  stage: string;
  wallMs: number;
  cpuMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Times each stage of drawing `specs`, `rounds` times over; the first card is drawn once before, out of the figures. */
export async function cardStages(specs: CardSpec[], rounds: number): Promise<{ rows: StageRow[]; svgBytes: number }> {
  const times = new Map<string, { wall: number[]; cpu: number[] }>();
  const timed = async <T>(stage: string, run: () => T | Promise<T>): Promise<T> => {
    const [t, c] = [performance.now(), cpuNow()];
    const out = await run();
    const row = times.get(stage) ?? { wall: [], cpu: [] };
    row.wall.push(performance.now() - t);
    row.cpu.push(cpuNow() - c);
    times.set(stage, row);
    return out;
  };
  const svgSizes: number[] = [];
  const draw = async (spec: CardSpec, record: boolean) => {
    const time = record ? timed : <T>(_: string, run: () => T | Promise<T>) => run();
    const tree = await time('element tree (template, title fitting)', () => cardTree(spec));
    const svg = await time('layout to SVG (satori)', () => satori(tree, { ...CARD_SIZES[spec.format], fonts: loadFonts() }));
    const image = await time('rasterise (resvg)', () => new Resvg(svg, { font: { loadSystemFonts: false } }).render());
    await time('encode PNG (sharp, zlib 2, RGB)', () =>
      sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
        .removeAlpha()
        .png({ compressionLevel: 2, adaptiveFiltering: false })
        .toBuffer(),
    );
    if (record) svgSizes.push(svg.length);
  };
  if (specs[0]) await draw(specs[0], false);
  for (let r = 0; r < rounds; r++) for (const spec of specs) await draw(spec, true);
  return { rows: [...times].map(([stage, t]) => ({ stage, wallMs: median(t.wall), cpuMs: median(t.cpu) })), svgBytes: median(svgSizes) };
}
