import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

/**
 * The headers PodScope is designed to be served with (README "Serving"): a strict Content-Security-Policy,
 * and CORS on assets so `<iframe sandbox="allow-scripts">` (an opaque origin) can load the module scripts.
 * `vite preview` sends them, so every browser test runs under the same policy as production.
 */
export const SERVE_HEADERS = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'",
  'Access-Control-Allow-Origin': '*',
};

/**
 * The engine, stores and first-page messages in one chunk. Left alone, the bundler splits every module
 * shared with a lazy chunk into its own file: 17 first-load files whose per-file overhead cost 2.8 KB gzip.
 * The Chinese messages, the YAML parser and the lazy areas' catalogues stay out (they load on demand).
 */
function firstLoadChunk(id: string): string | undefined {
  if (/zh-CN|lessons\.|freeplay\.|\/sim\/yaml\.ts|node_modules\/yaml\//.test(id)) return undefined;
  if (/\/src\/(sim|store|i18n)\/|\/src\/lessons\/presets|\/src\/embed\/scenarios|\/zustand\//.test(id))
    return 'app';
  return undefined;
}

export default defineConfig({
  plugins: [react(), tailwindcss()],
  // Relative asset URLs so the build works from any sub-path (docs sites, GitHub Pages).
  base: './',
  build: {
    target: 'es2022',
    // Inline nothing as data: URLs: a strict CSP (default-src 'self') would refuse them.
    assetsInlineLimit: 0,
    rollupOptions: { output: { manualChunks: firstLoadChunk } },
  },
  preview: { headers: SERVE_HEADERS },
});
