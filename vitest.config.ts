import { defineConfig } from 'vitest/config';
import { TEST_LANGUAGES } from './tests/support/languages.ts';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The two shared builds; `HUB_TEST_BUILDS=off` skips them for files that build nothing of their own
    // (tests/sync, tests/announce, tests/unit), whose runs then take seconds instead of minutes.
    globalSetup: process.env.HUB_TEST_BUILDS === 'off' ? [] : ['tests/support/global-setup.ts'],
    // Builds and a browser share two cores: keep files in parallel but give them time.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Tests and their builds cover English and French unless told otherwise: 24 languages would multiply
    // every build (npm run build still makes them all).
    env: { TZ: 'UTC', HUB_LANGUAGES: process.env.HUB_LANGUAGES ?? TEST_LANGUAGES },
    reporters: ['default', './tests/support/summary-reporter.ts'],
  },
});
