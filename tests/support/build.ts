import path from 'node:path';
import { TEST_LANGUAGES } from './languages.ts';
import { runNode, type RunResult } from './run.ts';

/** Project root. */
export const ROOT = path.resolve(import.meta.dirname, '../..');
/** The fixed "now" of test builds: upcoming and past events do not drift with the calendar. */
export const TEST_NOW = '2026-11-25T12:00:00Z';
/** The site origin of test builds. */
export const TEST_SITE = 'https://hub.example.eu';
/** Where the global setup builds tests/fixtures/small. */
export const SMALL_DIST = path.join(ROOT, '.test-dist', 'small');
/** Where the global setup builds the committed sample snapshot in content/. */
export const SAMPLE_DIST = path.join(ROOT, '.test-dist', 'sample');

/** Result of an `astro build` run in a child process. */
export type BuildResult = RunResult;

/** Runs the real `astro build` on a content folder into an output folder. */
export function buildSite(contentDir: string, outDir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  return runNode([path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      HUB_CONTENT_DIR: contentDir,
      HUB_OUT_DIR: outDir,
      HUB_NOW: TEST_NOW,
      SITE_URL: TEST_SITE,
      HUB_LANGUAGES: process.env.HUB_LANGUAGES ?? TEST_LANGUAGES,
      NO_COLOR: '1',
      ...env,
    },
  });
}
