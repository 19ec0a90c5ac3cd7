// Gzipped weight of what the first page load fetches (scripts, modulepreloads and stylesheets
// referenced by dist/index.html), and of every other (lazy) chunk.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;

export function measureSize(distDir = 'dist') {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const firstLoad = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const assets = readdirSync(join(distDir, 'assets')).filter((f) => /\.(js|css)$/.test(f));
  const rows = assets.map((file) => ({
    file: `assets/${file}`,
    gzipBytes: gz(join(distDir, 'assets', file)),
    firstLoad: firstLoad.includes(`assets/${file}`),
  }));
  const sum = (filter) => rows.filter(filter).reduce((total, row) => total + row.gzipBytes, 0);
  return {
    firstLoadJs: sum((r) => r.firstLoad && r.file.endsWith('.js')),
    firstLoadCss: sum((r) => r.firstLoad && r.file.endsWith('.css')),
    html: gz(join(distDir, 'index.html')),
    lazy: rows.filter((r) => !r.firstLoad),
  };
}
