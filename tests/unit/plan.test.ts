import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/build.ts';

// dependency-cruiser (`npm run deps`, in `npm test`) checks the TypeScript modules; it cannot read
// .astro files, so their imports are checked here against the same plan: pages, layouts and
// components take what they show from the route-data module and never reach the sync, the clients
// or the tests.
const FORBIDDEN = ['sync', 'ipex', 'announce', 'http'];

async function astroFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir, { recursive: true });
  return names.filter((n) => n.endsWith('.astro')).map((n) => path.join(dir, n));
}

describe('the house plan in .astro files', () => {
  it('imports nothing from the sync, the clients or tests/', async () => {
    const wrong: string[] = [];
    const files = await astroFiles(path.join(ROOT, 'src'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const text = await readFile(file, 'utf8');
      for (const [, spec] of text.matchAll(/\bimport\b[^'"]*['"](\.{1,2}\/[^'"]+)['"]/g)) {
        const target = path.relative(ROOT, path.resolve(path.dirname(file), spec ?? ''));
        const top = target.split(path.sep);
        if (top[0] === 'tests' || (top[0] === 'src' && FORBIDDEN.includes(top[1] ?? ''))) wrong.push(`${path.relative(ROOT, file)} → ${target}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
