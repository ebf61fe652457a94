// The linter the Astro ecosystem uses: ESLint with typescript-eslint and eslint-plugin-astro,
// their recommended rules only. Run by `npm run lint` and by `npm test`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default [
  {
    ignores: [
      'dist/',
      'dist-*/',
      'dist-cms/',
      'dist.staging/',
      'dist.previous/',
      'bench-out/',
      'node_modules/',
      '**/.astro/',
      '.cache/',
      'test-results/',
      'playwright-report/',
      'public/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: {
        // Node (scripts, build, tests) and the browser (src/scripts) alike.
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        URLSearchParams: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        document: 'readonly',
        window: 'readonly',
        navigator: 'readonly',
        fetch: 'readonly',
        Response: 'readonly',
        Request: 'readonly',
        Headers: 'readonly',
        caches: 'readonly',
        self: 'readonly',
        location: 'readonly',
        history: 'readonly',
        performance: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        structuredClone: 'readonly',
        AbortController: 'readonly',
        HTMLElement: 'readonly',
      },
    },
    rules: {
      // The code strips control characters on purpose: terminal colours from logs, characters XML
      // forbids from the feed, and characters hidden in a link's scheme.
      'no-control-regex': 'off',
      // One import statement per module, type imports included (`import { a, type B }`).
      'no-duplicate-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The service worker is a classic script on Workbox's loader.
    files: ['src/service-worker/*.js'],
    languageOptions: { globals: { importScripts: 'readonly', AbortSignal: 'readonly' } },
  },
];
