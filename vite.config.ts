import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { prerenderFirstFrame } from './scripts/prerenderFirstFrame.ts';

/**
 * The headers PodScope is designed to be served with (README "Serving"): a strict Content-Security-Policy,
 * and CORS on assets so `<iframe sandbox="allow-scripts">` (an opaque origin) can load the module scripts.
 * `vite preview` sends them, so every browser test runs under the same policy as production. `img-src blob:`
 * is for the PNG export (exportPicture.ts), which rasterises the SVG through an image loaded from a blob: URL.
 */
export const SERVE_HEADERS = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob:; object-src 'none'; base-uri 'none'",
  'Access-Control-Allow-Origin': '*',
};

/**
 * The engine, stores and first-page messages in one chunk, with the view modules the lazy panels share
 * (the stores' React context, the shortcut list, the namespace styles and explanations the presenter strip
 * shares, React's JSX runtime). Left alone, the bundler splits every
 * module shared with a lazy chunk into its own file: 17 first-load files whose per-file overhead cost 2.8 KB
 * gzip. The Chinese messages, the YAML parser, the narration's logic and the lazy areas' catalogues stay out
 * (they load on demand).
 */
const APP_CHUNK_MODULES = [
  /\/src\/(sim|store|i18n)\//,
  /\/src\/lessons\/presets/,
  /\/src\/embed\/scenarios/,
  /\/src\/view\/(stores\.tsx|shell\/shortcuts\.ts|canvas\/namespaceStyle\.ts|controls\/explanations\.ts)$/,
  /\/zustand\//,
  /\/react\/(jsx-runtime|cjs\/react-jsx-runtime)/,
];
const inAppChunk = (id: string) =>
  !/zh-CN|lessons\.|freeplay\.|\/i18n\/(launch|sharedState|actions|panel|dialogs|explain)\.|\/sim\/(yaml|logs|files|applyDiff|replicaSet|registry|nginx)\.ts|\/store\/narration\.ts|node_modules\/yaml\//.test(
    id,
  ) && APP_CHUNK_MODULES.some((pattern) => pattern.test(id));

/**
 * What the startup script (src/boot.ts) shares with the app (and Vite's helper that preloads a dynamic
 * import's chunks). Its own chunk, taken before the app chunk
 * (which would otherwise pull it in as a dependency): the startup script must run without the app chunk.
 */
const BOOT_SHARED =
  /\/src\/(i18n\/(lang|boot)|store\/(initialPreferences|safeStorage)|view\/canvas\/frameGuess|view\/shell\/documentPreferences)\.ts$|vite\/preload-helper/;

export default defineConfig({
  plugins: [react(), tailwindcss(), prerenderFirstFrame()],
  // Relative asset URLs so the build works from any sub-path (docs sites, GitHub Pages).
  base: './',
  build: {
    target: 'es2022',
    // Inline nothing as data: URLs: a strict CSP (default-src 'self') would refuse them.
    assetsInlineLimit: 0,
    // dist/.vite/manifest.json: which chunks the first visit loads (`npm run bench` weighs them).
    manifest: true,
    // Every browser PodScope supports has <link rel="modulepreload">: no polyfill in the startup script.
    modulePreload: { polyfill: false },
    rollupOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'boot', test: BOOT_SHARED, priority: 2 },
            { name: 'app', test: inAppChunk, priority: 1 },
          ],
        },
      },
    },
  },
  preview: { headers: SERVE_HEADERS },
});
