import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

export default defineConfig({
  plugins: [react(), tailwindcss()],
  // Relative asset URLs so the build works from any sub-path (docs sites, GitHub Pages).
  base: './',
  build: {
    target: 'es2022',
    // Inline nothing as data: URLs: a strict CSP (default-src 'self') would refuse them.
    assetsInlineLimit: 0,
  },
  server: { strictPort: false },
});
