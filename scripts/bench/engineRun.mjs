// Bundles scripts/bench/engine.ts for node with Vite's own builder, then runs it in this process.
import { build } from 'vite';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

export async function runEngineBench() {
  const outDir = resolve('bench-results/engine');
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: resolve('scripts/bench/engine.ts'),
      outDir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'engine.mjs' } },
    },
    ssr: { noExternal: true },
  });
  const { benchEngine } = await import(pathToFileURL(`${outDir}/engine.mjs`).href);
  return benchEngine();
}
