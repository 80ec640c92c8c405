import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILD_ENV } from '../../scripts/build-env.ts';

describe('the environment of a build', () => {
  it('`npm run build` sets what the deploy script and the benchmark set (scripts/build-env.ts)', () => {
    const build = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts.build ?? '';
    const set = Object.fromEntries([...build.matchAll(/(?:^|\s)([A-Z_]+)=(\S+)/g)].map(([, k, v]) => [k, v]));
    expect(set).toEqual(BUILD_ENV);
    expect(build).toMatch(/ astro build$/);
  });
});
