// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Imports that would tie the simulation core to a UI, a store or the DOM. */
export const simRestrictedImports = {
  patterns: [
    {
      group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*'],
      message: 'src/sim is pure TypeScript: no React or zustand (DESIGN.md §3).',
    },
    {
      group: ['d3-selection', 'd3-transition', 'd3-zoom', 'd3'],
      message: 'src/sim must not touch the DOM: d3-selection/transition/zoom belong to the view.',
    },
    {
      group: ['../view/*', '../store/*', '../embed/*', '../lessons/*', '../i18n/*'],
      message: 'Dependencies point one way: view → store → sim.',
    },
  ],
};

/** DOM and wall-clock globals the simulation must not read: time is virtual and passed in. */
export const simRestrictedGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'requestAnimationFrame',
  'setTimeout',
  'setInterval',
  'performance',
].map((name) => ({ name, message: `src/sim is pure: no ${name} (time is virtual and passed in).` }));

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'test-results',
      // Local scratch scripts (git-ignored too).
      'scripts/.*.tmp.*',
      'playwright-report',
      'bench-results',
      'tests/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'No innerHTML: render text with React.',
        },
        {
          selector: "MemberExpression[property.name='outerHTML']",
          message: 'No outerHTML: render text with React.',
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No dangerouslySetInnerHTML.',
        },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function().' },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['src/sim/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', simRestrictedImports],
      'no-restricted-globals': ['error', ...simRestrictedGlobals],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'src/sim: time is virtual; take it from the clock.' },
        { object: 'Math', property: 'random', message: 'src/sim: use the seeded random generator.' },
      ],
    },
  },
);
