// `npm run bench`: prints measured numbers (never asserts them), with the targets beside them.
import { spawnSync } from 'node:child_process';
import { runBrowserBench } from './bench/browser.mjs';
import { runEngineBench } from './bench/engineRun.mjs';
import { measureSize } from './bench/size.mjs';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${value.toFixed(1)} ms`;

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

console.log('▶ production build');
run('npx', ['vite', 'build', '--logLevel', 'warn']);

const size = measureSize('dist');
console.log('\n== First load (gzip, level 9) ==');
console.log(`JS   ${kb(size.firstLoadJs)}`);
console.log(`CSS  ${kb(size.firstLoadCss)}`);
console.log(`HTML ${kb(size.html)}`);
console.log(`JS + CSS ${kb(size.firstLoadJs + size.firstLoadCss)}   (target ≤ 120 KB)`);
if (size.lazy.length) {
  console.log('\n== Lazy chunks (gzip) ==');
  for (const row of size.lazy) console.log(`${row.file}  ${kb(row.gzipBytes)}`);
}

console.log('\n== Engine: 500 Pods × 3 containers, 1 virtual hour, a kill every 0.5 s ==');
const engine = await runEngineBench();
console.log(`wall ${engine.wallSeconds.toFixed(2)} s   (target < 2 s)`);
console.log(`syncs ${engine.syncs}  →  ${Math.round(engine.syncsPerSecond)} kubelet syncs/s`);
console.log(`heap after ${engine.heapMB.toFixed(0)} MB, events kept ${engine.events}`);

console.log('\n== Browser (headless Chromium, production build) ==');
const browser = await runBrowserBench();
console.log(
  `first Pod drawn ${ms(browser.firstRenderMs)} after navigation start (median of 5; target ≤ 500 ms)`,
);
console.log(
  `60 Pods × 4 containers animating, sandbox kills every 250 ms: frame p50 ${ms(browser.frameP50)}, p95 ${ms(browser.frameP95)} over ${browser.frames} frames (target p95 ≤ 16.7 ms)`,
);
