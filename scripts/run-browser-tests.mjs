// Browser tests: builds the production bundle, picks a free port and a Chromium once (Playwright
// workers re-read the config, so both are passed down as environment variables), then runs Playwright.
import { spawnSync } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';
import { freePort } from './free-port.mjs';

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { stdio: 'inherit', env, shell: false });
  return result.status ?? 1;
}

let chromiumPath;
try {
  chromiumPath = await findChromium();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

if (!process.env.PODSCOPE_SKIP_BUILD) {
  const built = run('npx', ['vite', 'build', '--logLevel', 'warn']);
  if (built !== 0) process.exit(built);
  // The offline single-file build is tested from file:// too.
  const single = run('npx', ['vite', 'build', '--config', 'vite.single.config.ts', '--logLevel', 'warn']);
  if (single !== 0) process.exit(single);
}

const port = String(await freePort());
const env = { ...process.env, PODSCOPE_PORT: port, CHROMIUM_PATH: chromiumPath };
process.exit(run('npx', ['playwright', 'test', ...process.argv.slice(2)], env));
