// `npm run bench`: prints measured numbers (never asserts them). Sections are added as the app grows.
import { spawnSync } from 'node:child_process';
import { measureSize } from './bench/size.mjs';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

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
