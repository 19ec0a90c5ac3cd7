import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Two projects: pure TypeScript runs in node (the simulation must never need a DOM),
// React components (*.test.tsx) run in jsdom.
export default defineConfig({
  plugins: [react()],
  test: {
    setupFiles: ['tests/unit/setup.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx', 'tests/unit/**/*.test.tsx'],
        },
      },
    ],
  },
});
