import { describe, expect, it } from 'vitest';
import { memoryLog } from '../../src/output/memory.ts';
import { parseBuildLog } from '../../scripts/bench-build/build-log.ts';

describe("the build's memory line", () => {
  it('puts the peak down to the stage it fell in, with the part outside the V8 heap, and the benchmark reads it', async () => {
    const lines: string[] = [];
    const logger = { info: (m: string) => lines.push(m) };
    const hooks = memoryLog().hooks as Record<string, (p: unknown) => unknown>;
    // Its Vite plugin marks the end of the bundling: pages are generated once the bundles are written.
    let bundled = () => {};
    await hooks['astro:config:setup']?.({
      command: 'build',
      updateConfig: (c: { vite: { plugins: { writeBundle: () => void }[] } }) => {
        bundled = () => c.vite.plugins[0]?.writeBundle();
      },
    });
    await hooks['astro:config:done']?.({});
    await hooks['astro:build:start']?.({ logger });
    bundled();
    // 300 MB of buffers, outside V8's heap, held while the pages render and let go before the end.
    const held = Buffer.alloc(300 * 1024 * 1024, 1);
    // And about 100 MB of objects the pages made and left behind: garbage by the time they are written.
    const render = () =>
      Array.from({ length: 100 }, (_, i) => Array.from({ length: 10_000 }, (_, j) => ({ n: j, s: `page ${i} object ${j} ${'x'.repeat(40)}` }))).length;
    expect(render()).toBe(100);
    const heapBefore = process.memoryUsage().heapUsed;
    await hooks['astro:build:generated']?.({ logger });
    // Collected at the end of the pages, not whenever JavaScript next allocates enough.
    expect(heapBefore - process.memoryUsage().heapUsed).toBeGreaterThan(60 * 1024 * 1024);
    // Freed now, not at the next collection (as src/cards/render.ts frees a card's pixels).
    held.buffer.transfer(0);
    expect(held.length).toBe(0);
    await hooks['astro:build:done']?.({ logger });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^memory: peak [\d,]+ MB during pages \(main thread's V8 heap [\d,]+ MB in use of [\d,]+ MB, buffers [\d,]+ MB, the rest -?[\d,]+ MB\); after the pages, a collection freed [\d,]+ MB of the heap in \d+ ms$/,
    );
    const memory = parseBuildLog(`12:00:00 [ipex-hub:memory] ${lines[0]}`).memory;
    expect(memory?.stage).toBe('pages');
    expect(memory?.buffers).toBeGreaterThanOrEqual(300);
  });
});
