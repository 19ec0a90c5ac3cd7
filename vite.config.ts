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

export default defineConfig({
  plugins: [react(), tailwindcss()],
  // Relative asset URLs so the build works from any sub-path (docs sites, GitHub Pages).
  base: './',
  build: {
    target: 'es2022',
    // Inline nothing as data: URLs: a strict CSP (default-src 'self') would refuse them.
    assetsInlineLimit: 0,
  },
  preview: { headers: SERVE_HEADERS },
});
