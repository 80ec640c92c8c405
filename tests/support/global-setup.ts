import { rm } from 'node:fs/promises';
import path from 'node:path';
import { buildSite, ROOT, SAMPLE_DIST, SMALL_DIST } from './build.ts';
import { SMALL_LANGUAGES, TEST_LANGUAGES } from './languages.ts';

// Real builds of the small fixture and of the sample snapshot, shared by the integration and
// browser tests. Sequential: the machines have two cores.
export default async function setup(): Promise<void> {
  for (const [content, dist, languages] of [
    ['tests/fixtures/small', SMALL_DIST, SMALL_LANGUAGES],
    ['content', SAMPLE_DIST, TEST_LANGUAGES],
  ] as const) {
    await rm(dist, { recursive: true, force: true });
    const r = await buildSite(path.join(ROOT, content), dist, { HUB_LANGUAGES: languages });
    if (r.code !== 0) throw new Error(`Building ${content} failed:\n${r.output}`);
  }
}
