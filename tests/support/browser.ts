import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The system Chromium, if installed (browser downloads are not used). */
export const chromiumPath = CANDIDATES.find((p): p is string => Boolean(p && existsSync(p)));

/** Under CI a missing browser is a failure, not a reason to skip. */
export const mustRunBrowser = process.env.CI === 'true' || process.env.CI === '1';

/** Launches headless Chromium with no background traffic of its own. */
export async function launch(): Promise<Browser> {
  if (!chromiumPath) throw new Error(`No Chromium found (looked for ${CANDIDATES.filter(Boolean).join(', ')}); install Debian's chromium or set CHROMIUM_PATH`);
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
