// The core/adapter boundary is enforced here, not left to review: src/core and src/protocol are
// plain TypeScript over (text, offsets) and never import vscode, d3 or touch the DOM; everything
// outside src/core reaches the core through its façade, src/core/index.ts, and nothing deeper.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NO_VSCODE = { name: 'vscode', message: 'src/core and src/protocol must not depend on VS Code: put this in an adapter under src/.' };
const NO_DOM = { group: ['d3', 'd3-*', '@vscode-elements/*'], message: 'src/core must not depend on the webview or the DOM.' };
/** The adapters (src/*.ts, src/panel, src/cli, src/util) take the core from its façade only. */
const CORE_THROUGH_FACADE = {
  regex: '(^|/)core/(?!index$)',
  message: 'Import the core from src/core/index.ts (the façade), not from its modules: add what you need to the façade.',
};
/**
 * The webview is a browser bundle and the protocol is shared with it: both take only the panel's
 * strings and the simulator's plan and types, never the façade (it would pull the whole core into
 * the bundle).
 */
const CORE_FOR_THE_PANEL = {
  regex: '(^|/)core/(?!(l10n/panelMessages|simulate/(types|planRollout|timeline|formatWatch|why)|learn/volumeData)$)',
  message: 'The webview and the protocol use only the panel strings, the simulator plan and types, and the learner\'s volume contents of src/core.',
};

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
      'no-restricted-imports': ['error', { paths: [NO_VSCODE], patterns: [NO_DOM] }],
      'no-restricted-globals': ['error', 'document', 'window', 'navigator', 'HTMLElement'],
    },
  },
  {
    files: ['src/protocol/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [NO_VSCODE], patterns: [NO_DOM, CORE_FOR_THE_PANEL] }] },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/core/**', 'src/protocol/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [CORE_THROUGH_FACADE] }] },
  },
  {
    files: ['webview/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [CORE_FOR_THE_PANEL] }] },
  },
);
