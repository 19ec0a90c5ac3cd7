// Gzipped weight of what a first visit fetches, from Vite's build manifest: before the first paint (what
// index.html references: the startup script, the stylesheet) and right after it (the app the startup
// script imports once the prerendered first frame is on screen); and of every other (lazy) chunk.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;

/** The files a manifest entry needs, with its static imports' (transitively). */
function filesOf(manifest, key, files = new Set()) {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return files;
  files.add(chunk.file);
  for (const css of chunk.css ?? []) files.add(css);
  for (const imported of chunk.imports ?? []) filesOf(manifest, imported, files);
  return files;
}

export function measureSize(distDir = 'dist') {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8'));
  const beforePaint = filesOf(manifest, 'index.html');
  const app = Object.keys(manifest).find((key) => manifest[key].src === 'src/main.tsx');
  if (!app) throw new Error('the build manifest has no src/main.tsx chunk');
  const afterPaint = new Set([...filesOf(manifest, app)].filter((file) => !beforePaint.has(file)));
  const assets = readdirSync(join(distDir, 'assets')).filter((f) => /\.(js|css)$/.test(f));
  const rows = assets.map((file) => {
    const path = `assets/${file}`;
    return {
      file: path,
      gzipBytes: gz(join(distDir, 'assets', file)),
      phase: beforePaint.has(path) ? 'beforePaint' : afterPaint.has(path) ? 'afterPaint' : 'lazy',
    };
  });
  const sum = (filter) => rows.filter(filter).reduce((total, row) => total + row.gzipBytes, 0);
  const firstLoad = (row) => row.phase !== 'lazy';
  return {
    firstLoadJs: sum((r) => firstLoad(r) && r.file.endsWith('.js')),
    firstLoadCss: sum((r) => firstLoad(r) && r.file.endsWith('.css')),
    beforePaint: sum((r) => r.phase === 'beforePaint'),
    afterPaint: sum((r) => r.phase === 'afterPaint'),
    html: gz(join(distDir, 'index.html')),
    lazy: rows.filter((r) => r.phase === 'lazy'),
  };
}
