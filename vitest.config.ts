import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The two shared builds; `HUB_TEST_BUILDS=off` skips them for files that build nothing of their own
    // (tests/sync, tests/announce, tests/unit), whose runs then take seconds instead of minutes.
    globalSetup: process.env.HUB_TEST_BUILDS === 'off' ? [] : ['tests/support/global-setup.ts'],
    // Builds and a browser share two cores: keep files in parallel but give them time.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    env: { TZ: 'UTC' },
    reporters: ['default', './tests/support/summary-reporter.ts'],
  },
});
