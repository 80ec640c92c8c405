// Side-by-side figures for the rasteriser and encoder candidates: every candidate draws the same
// cards in this thread, one after another and interleaved (card 1 by every candidate, then card 2…),
// so that a busy machine slows them alike.
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { cardSvg } from '../../src/cards/render.ts';
import type { CardSpec } from '../../src/cards/spec.ts';
import { CANDIDATES, referencePixels } from './candidates.ts';

/** One candidate's figures: medians per card of wall and CPU time, PNG bytes, and checks. */
export interface CandidateRow {
  name: string;
  wallMs: number;
  cpuMs: number;
  bytes: number;
  maxBytes: number;
  /** Whether drawing a card twice gave the same bytes, for every card. */
  deterministic: boolean;
  /** The largest share of pixels that differ from resvg's (pixelmatch, threshold 0.1, as the golden test). */
  maxDiff: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Draws each spec `rounds` times with every candidate; returns satori's layout time and a row per candidate. */
export async function compareCandidates(
  specs: CardSpec[],
  rounds: number,
  only = '',
): Promise<{ layoutMs: number; layoutCpuMs: number; rows: CandidateRow[] }> {
  const layoutWall: number[] = [];
  const layoutCpu: number[] = [];
  const svgs: string[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const [i, spec] of specs.entries()) {
      const [t, c] = [performance.now(), cpuNow()];
      svgs[i] = await cardSvg(spec);
      layoutWall.push(performance.now() - t);
      layoutCpu.push(cpuNow() - c);
    }
  }
  const candidates = Object.entries(CANDIDATES).filter(([name]) => name.includes(only));
  const rows = new Map(
    candidates.map(([name]) => [name, { name, wall: [] as number[], cpu: [] as number[], bytes: [] as number[], deterministic: true, maxDiff: 0 }]),
  );
  for (const [, draw] of candidates) await draw(svgs[0] ?? ''); // first-call set-up out of the figures
  for (let r = 0; r < rounds; r++) {
    for (const svg of svgs) {
      const reference = r === 0 ? referencePixels(svg) : undefined;
      for (const [name, draw] of candidates) {
        const row = rows.get(name);
        if (!row) continue;
        const [t, c] = [performance.now(), cpuNow()];
        const png = await draw(svg);
        row.wall.push(performance.now() - t);
        row.cpu.push(cpuNow() - c);
        row.bytes.push(png.length);
        if (reference) {
          row.deterministic &&= png.equals(await draw(svg));
          const got = PNG.sync.read(png);
          const differing = pixelmatch(reference, got.data, null, got.width, got.height, { threshold: 0.1 });
          row.maxDiff = Math.max(row.maxDiff, differing / (got.width * got.height));
        }
      }
    }
  }
  return {
    layoutMs: median(layoutWall),
    layoutCpuMs: median(layoutCpu),
    rows: [...rows.values()].map((r) => ({
      name: r.name,
      wallMs: median(r.wall),
      cpuMs: median(r.cpu),
      bytes: median(r.bytes),
      maxBytes: Math.max(...r.bytes),
      deterministic: r.deterministic,
      maxDiff: r.maxDiff,
    })),
  };
}
