// Bundles scripts/bench/memory.ts for node with Vite's own builder, then runs it in a fresh
// `node --expose-gc` process (so the heap it measures is its own, and it can force GC).
import { build } from 'vite';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

export async function runMemoryBench() {
  const outDir = resolve('bench-results/memory');
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: resolve('scripts/bench/memory.ts'),
      outDir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'memory.mjs' } },
    },
    ssr: { noExternal: true },
  });
  const entry = pathToFileURL(`${outDir}/memory.mjs`).href;
  // V8 compiles hot code concurrently, so the heap varies by ±5 % between identical runs: the median of 3,
  // in a cold process and in one where a throwaway session ran first (see benchMemory).
  const median = (warm) => {
    const runs = [0, 1, 2].map(() => runOnce(entry, warm));
    runs.sort((a, b) => a.growth - b.growth);
    return { ...runs[1], runs: runs.map((r) => r.growth) };
  };
  return { warm: median(true), cold: median(false) };
}

function runOnce(entry, warm) {
  const script = `const { benchMemory } = await import(${JSON.stringify(entry)});
process.stdout.write(JSON.stringify(benchMemory(${warm})));`;
  const result = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`memory bench exited with ${result.status}`);
  return JSON.parse(result.stdout);
}
