// `npm test`: every layer in order, stopping at the first that fails, then one closing line
// "tests: N passed, N failed" summed over the unit and browser runners' JSON reports.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const layers = [
  ['static: typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['static: lint', 'npm', ['run', '--silent', 'lint']],
  ['static: format', 'npm', ['run', '--silent', 'format:check']],
  [
    'unit + component (vitest)',
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit.json'],
  ],
  ['browser (playwright + chromium)', 'node', ['scripts/run-browser-tests.mjs']],
];

rmSync('test-results/unit.json', { force: true });
rmSync('test-results/browser.json', { force: true });
mkdirSync('test-results', { recursive: true });

const started = Date.now();
for (const [name, command, args] of layers) {
  console.log(`\n▶ ${name}`);
  const layerStart = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit' });
  const seconds = ((Date.now() - layerStart) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed after ${seconds}s; later layers were not run.`);
    printSummary(1);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${name} (${seconds}s)`);
}
console.log(`\nAll layers passed in ${((Date.now() - started) / 1000).toFixed(1)}s.`);
printSummary(0);

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

function printSummary(extraFailures) {
  const unit = readJson('test-results/unit.json');
  const browser = readJson('test-results/browser.json');
  const passed = (unit?.numPassedTests ?? 0) + (browser?.stats?.expected ?? 0);
  const failed =
    (unit?.numFailedTests ?? 0) + (browser?.stats?.unexpected ?? 0) + (browser?.stats?.flaky ?? 0);
  const skipped = (unit?.numPendingTests ?? 0) + (unit?.numTodoTests ?? 0) + (browser?.stats?.skipped ?? 0);
  const failures = failed > 0 ? failed : extraFailures;
  console.log(`tests: ${passed} passed, ${failures} failed${skipped ? `, ${skipped} skipped` : ''}`);
}
