import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/build.ts';

// dependency-cruiser (`npm run deps`, in `npm test`) checks the TypeScript modules; it cannot read
// .astro files, so their imports are checked here against the same rules, read from its
// configuration: pages, layouts and components take what they show from the route-data module and
// never reach the sync, the clients or the tests.
interface Rule {
  name: string;
  from: { path?: string };
  to: { path?: string };
}
const { forbidden } = createRequire(import.meta.url)('../../.dependency-cruiser.cjs') as { forbidden: Rule[] };

/** The folder rule of a file under src/ (`src/pages/x.astro` → the `pages-layer` rule). */
function layerRule(file: string): Rule | undefined {
  const layer = path.relative(path.join(ROOT, 'src'), file).split(path.sep)[0];
  return forbidden.find((r) => r.name === `${layer}-layer`);
}

async function astroFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir, { recursive: true });
  return names.filter((n) => n.endsWith('.astro')).map((n) => path.join(dir, n));
}

describe('the house plan in .astro files', () => {
  it('every .astro folder has a rule, and it forbids the sync and the clients', () => {
    for (const layer of ['pages', 'layouts', 'components']) {
      const rule = forbidden.find((r) => r.name === `${layer}-layer`);
      for (const folder of ['sync', 'ipex', 'announce', 'http'])
        expect(new RegExp(rule?.to.path ?? '^$').test(`src/${folder}/x.ts`), `${layer} → ${folder}`).toBe(true);
    }
  });

  it('imports only what its folder may, and nothing from tests/', async () => {
    const wrong: string[] = [];
    const files = await astroFiles(path.join(ROOT, 'src'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const text = await readFile(file, 'utf8');
      const rule = layerRule(file);
      if (!rule?.to.path) wrong.push(`${path.relative(ROOT, file)}: its folder has no rule in .dependency-cruiser.cjs`);
      const banned = new RegExp(rule?.to.path ?? '^$');
      for (const [, spec] of text.matchAll(/\bimport\b[^'"]*['"](\.{1,2}\/[^'"]+)['"]/g)) {
        const target = path.relative(ROOT, path.resolve(path.dirname(file), spec ?? ''));
        if (target.startsWith(`tests${path.sep}`) || banned.test(target.split(path.sep).join('/'))) wrong.push(`${path.relative(ROOT, file)} → ${target}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
