// Finds a Chromium for the browser tests and benchmarks: $CHROMIUM_PATH, then Debian's package,
// then a browser Playwright installed itself. Never silently skips: no browser is a hard failure.
import { existsSync } from 'node:fs';

export const INSTALL_HINT =
  'No Chromium found for the browser tests: install one with `apt-get install chromium` (Debian/Ubuntu) or `npx playwright install chromium` (elsewhere), or set CHROMIUM_PATH.';

/** @returns {Promise<string>} an executable path */
export async function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist. ${INSTALL_HINT}`);
  }
  // Debian's /usr/bin/chromium is a wrapper script that prints a harmless warning; the real binary is quieter.
  for (const candidate of ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(candidate)) return candidate;
  }
  try {
    const { chromium } = await import('@playwright/test');
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // Playwright has no browser of its own here: fall through to the hint.
  }
  throw new Error(INSTALL_HINT);
}

/** Flags that keep headless Chromium quiet on a machine without network or GPU. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
