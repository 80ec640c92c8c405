import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { TEMPLATE_VERSION } from '../../src/cards/key.ts';
import { renderCard } from '../../src/cards/render.ts';
import { ROOT } from '../support/build.ts';
import { goldenCases } from './cases.ts';

// Golden images: one per template and format, and cards in every script the EU writes (cases.ts).
// After a deliberate template change, run `npm run cards:golden`, look at the new PNGs in
// tests/cards/golden/, and commit them.
const GOLDEN = path.join(ROOT, 'tests/cards/golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

describe('card templates match their golden images', () => {
  it.each(Object.entries(goldenCases))('%s', async (name, spec) => {
    const png = await renderCard(spec);
    const file = path.join(GOLDEN, `${name}.png`);
    if (UPDATE || !existsSync(file)) {
      if (!UPDATE) throw new Error(`No golden image ${file}: run npm run cards:golden`);
      await mkdir(GOLDEN, { recursive: true });
      await writeFile(file, png);
    }
    const want = PNG.sync.read(await readFile(file));
    const got = PNG.sync.read(png);
    expect([got.width, got.height]).toEqual([want.width, want.height]);
    const differing = pixelmatch(want.data, got.data, null, want.width, want.height, { threshold: 0.1 });
    // Anti-aliasing may move between library versions; a layout change moves far more.
    expect(differing / (want.width * want.height)).toBeLessThan(0.002);
  });
});

// Cards are cached by TEMPLATE_VERSION: a template edit without a bump would serve stale cards.
describe('template version', () => {
  it('is bumped whenever the code that draws cards changes', async () => {
    const dir = path.join(ROOT, 'src/cards');
    const files = [...(await readdir(path.join(dir, 'templates'))).map((f) => `templates/${f}`), 'fit.ts', 'render.ts', 'specs.ts'].sort();
    const h = createHash('sha256');
    for (const f of files) h.update(`${f}\n`).update(await readFile(path.join(dir, f)));
    const now = { version: TEMPLATE_VERSION, sources: h.digest('hex') };
    const file = path.join(GOLDEN, 'template-version.json');
    const recorded = JSON.parse(await readFile(file, 'utf8'));
    if (recorded.sources !== now.sources) {
      expect(now.version, 'card code changed: bump TEMPLATE_VERSION in src/cards/key.ts, then npm run cards:golden').toBeGreaterThan(recorded.version);
    }
    expect(now.version).toBeGreaterThanOrEqual(recorded.version);
    // Recorded only after the check, so regenerating goldens cannot skip the bump.
    if (UPDATE) await writeFile(file, `${JSON.stringify(now, null, 2)}\n`);
  });
});
