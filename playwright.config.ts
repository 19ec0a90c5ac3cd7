import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './scripts/find-chromium.mjs';

// scripts/run-browser-tests.mjs chooses the port and the browser once and passes them down.
const port = Number(process.env.PODSCOPE_PORT ?? 4319);
const executablePath = process.env.CHROMIUM_PATH;
if (!executablePath) {
  throw new Error('Run the browser tests with `npm run test:browser` (it finds Chromium and a free port).');
}

export default defineConfig({
  testDir: 'tests/browser',
  outputDir: 'test-results/output',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/browser.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: 'chromium',
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
  },
});
