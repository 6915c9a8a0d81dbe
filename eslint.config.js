// Lint, with the layering of STYLE.md enforced as import boundaries:
//   shared   imports nothing outside shared
//   engine   imports shared only; no DOM, no browser API (it runs in Node)
//   packs    data: imports engine types and shared only
//   sites    DOM only: no browser API
//   platform the only importer of webextension-polyfill
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const browserApiGlobals = ['chrome', 'browser'].map((name) => ({
  name,
  message: 'Talk to the browser through src/platform/, the only gateway.',
}));
const domGlobals = ['window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'indexedDB', 'fetch', 'XMLHttpRequest', 'WebSocket'].map(
  (name) => ({ name, message: 'The engine is pure: no DOM, no browser API, no network.' }),
);
const polyfillBan = {
  name: 'webextension-polyfill',
  message: 'Only src/platform/ imports webextension-polyfill.',
};
const noHtmlInjection = [
  {
    selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]",
    message: 'Never assign HTML: page text must stay text (use textContent or Preact).',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'Never insert HTML: page text must stay text.',
  },
  {
    selector: "CallExpression[callee.property.name='write'][callee.object.name='document']",
    message: 'document.write is never needed here.',
  },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'demo-output/', 'test-output/', 'tests/fixtures/**/*.html'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/platform/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [polyfillBan] }],
      'no-restricted-globals': ['error', ...browserApiGlobals],
      'no-restricted-syntax': ['error', ...noHtmlInjection],
    },
  },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [polyfillBan, 'preact'], patterns: [{ group: ['../*', '!./*'], message: 'src/shared imports nothing outside shared.' }] },
      ],
    },
  },
  {
    files: ['src/engine/**', 'src/packs/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [polyfillBan, 'preact'],
          patterns: [
            {
              group: ['**/platform/**', '**/platform', '**/sites/**', '**/content/**', '**/ui/**', '**/background/**', '**/cli/**'],
              message: 'The engine imports src/shared and its own files only.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...browserApiGlobals, ...domGlobals],
    },
  },
  {
    files: ['src/sites/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [polyfillBan],
          patterns: [
            { group: ['**/platform/**', '**/platform', '**/ui/**', '**/content/**', '**/background/**'], message: 'Site adapters turn DOM into messages and nothing else.' },
          ],
        },
      ],
    },
  },
  {
    // The content script holds no detector: it sends text to the background (src/background/detection.ts)
    // and keeps only the signal tracker. Types from the engine are fine; its code, packs and model are not.
    files: ['src/content/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [polyfillBan, { name: '../engine', allowTypeImports: true, message: 'The content script stays thin: detection runs in the background.' }],
          patterns: [
            {
              group: ['**/engine/index', '**/engine/detector', '**/engine/compile*', '**/engine/match', '**/engine/normalize/**', '**/engine/model/**', '**/packs/**'],
              allowTypeImports: true,
              message: 'The content script stays thin: detection runs in the background (see src/content/engine-client.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/background/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...browserApiGlobals,
        ...['window', 'document', 'localStorage'].map((name) => ({ name, message: 'The service worker has no window or DOM.' })),
      ],
    },
  },
  {
    // Tests poke at loosely typed JSON (manifests, fixtures, settings files).
    files: ['tests/**', 'bench/**', 'scripts/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/cli/**'],
    rules: { 'no-restricted-globals': 'off' },
  },
);
