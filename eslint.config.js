// ESLint flat config, run by `npm run check` after `astro check`: src/, tests/ and the config files.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

// The few globals the plain .js/.mjs/.cjs files use. TypeScript files need none: the compiler
// checks names there, so typescript-eslint turns no-undef off for them.
const nodeGlobals = {
  process: 'readonly',
  console: 'readonly',
  Buffer: 'readonly',
  URL: 'readonly',
  setTimeout: 'readonly',
  clearTimeout: 'readonly',
};
const browserGlobals = {
  window: 'readonly',
  document: 'readonly',
  localStorage: 'readonly',
  location: 'readonly',
  history: 'readonly',
  matchMedia: 'readonly',
  fetch: 'readonly',
  navigator: 'readonly',
  console: 'readonly',
  URL: 'readonly',
  URLSearchParams: 'readonly',
  setTimeout: 'readonly',
  clearTimeout: 'readonly',
  requestAnimationFrame: 'readonly',
  HTMLElement: 'readonly',
  Element: 'readonly',
  Event: 'readonly',
  KeyboardEvent: 'readonly',
  CustomEvent: 'readonly',
  // Replaced at build time by src/lib/inline-scripts.ts.
  __SEARCH_WASM__: 'readonly',
};

export default defineConfig(
  {
    ignores: ['dist*/', 'node_modules/', '.astro/', 'test-results/', 'playwright-report/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs['flat/recommended'],
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: nodeGlobals },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...nodeGlobals, module: 'writable', require: 'readonly' } },
  },
  {
    // Inline scripts that run in the reader's browser.
    files: ['src/scripts/**/*.js'],
    languageOptions: { sourceType: 'script', globals: browserGlobals },
  },
  {
    rules: {
      // `try { localStorage… } catch {}`: storage may be blocked, and then there is nothing to do.
      'no-empty': ['error', { allowEmptyCatch: true }],
      // `_name` marks a value left out on purpose, as in `const { [field]: _omitted, ...rest } = value`.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
);
