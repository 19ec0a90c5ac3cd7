import { renameSync } from 'node:fs';
import { defineConfig, mergeConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import base from './vite.config';

const FAVICON_DATA_URL =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 36 36"><circle cx="18" cy="18" r="16" fill="#fff" stroke="#0072B2" stroke-width="2.5"/><polygon points="18,10 25,14 25,22 18,26 11,22 11,14" fill="#334155"/></svg>',
  );

/**
 * The offline build: one HTML file that works from file:// with no network (a classroom with bad Wi-Fi).
 * public/ files are not inlined by the plugin, so the favicon becomes a data: URL here only — the normal
 * build keeps a favicon file because a data: image would break a strict `default-src 'self'` CSP.
 */
function singleFileTweaks(): Plugin {
  return {
    name: 'podscope-single-file',
    transformIndexHtml: (html) => html.replace('href="./favicon.svg"', `href="${FAVICON_DATA_URL}"`),
    closeBundle() {
      renameSync('dist-single/index.html', 'dist-single/podscope.html');
    },
  };
}

// One file has no chunks to arrange: drop the normal build's chunking (rolldown refuses it here).
const { rollupOptions: _chunking, ...baseBuild } = base.build ?? {};

export default mergeConfig(
  { ...base, build: baseBuild },
  defineConfig({
    plugins: [viteSingleFile(), singleFileTweaks()],
    publicDir: false,
    build: { outDir: 'dist-single', emptyOutDir: true },
  }),
);
