// The core/adapter boundary is enforced here, not left to review: src/core and src/protocol are
// plain TypeScript over (text, offsets) and never import vscode, d3 or touch the DOM.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'out-*/**', 'node_modules/**', 'src/core/schema/generated/**', '.vscode-test/**', 'test-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Callbacks handed to page.waitForFunction run in the browser.
    files: ['test/e2e/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // The "Simulate rollout" webview runs in the browser; its tests and bench drive it from Node
    // (jsdom, or Chromium through page.evaluate callbacks that run in the page).
    files: ['webview/**/*.ts', 'test/webview/**/*.mjs', 'bench/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['src/core/**/*.ts', 'src/protocol/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'src/core and src/protocol must not depend on VS Code: put this in an adapter under src/.' }],
          patterns: [{ group: ['d3', 'd3-*', '@vscode-elements/*'], message: 'src/core must not depend on the webview or the DOM.' }],
        },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'navigator', 'HTMLElement'],
    },
  },
);
