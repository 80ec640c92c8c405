import { rm } from 'node:fs/promises';
import path from 'node:path';
import { buildSite, ROOT, SMALL_DIST } from './build.ts';

// One real build of the small fixture, shared by the integration and browser tests.
export default async function setup(): Promise<void> {
  await rm(SMALL_DIST, { recursive: true, force: true });
  const r = await buildSite(path.join(ROOT, 'tests/fixtures/small'), SMALL_DIST);
  if (r.code !== 0) throw new Error(`Building tests/fixtures/small failed:\n${r.output}`);
}
