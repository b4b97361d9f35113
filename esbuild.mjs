// Bundles the extension and the CLI for Node, and the "Simulate rollout" webview for the browser.
//   node esbuild.mjs [--production] [--watch]
import { writeFileSync } from 'node:fs';
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Prints errors in the form VS Code's esbuild problem matcher reads. */
const problemMatcher = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      console.log('[watch] build finished');
    });
  },
};

/**
 * The extension host is UI glue (the engine runs in the language server): it takes a few strings and
 * helpers from the core's façade, whose other modules hold only declarations (rules, the simulator,
 * the schema). Saying so lets esbuild leave every module the extension does not use out of
 * dist/extension.js, as package.json `sideEffects: false` does for a package.
 */
const coreWithoutSideEffects = {
  name: 'core-without-side-effects',
  setup(build) {
    build.onResolve({ filter: /^\./ }, async (args) => {
      if (args.pluginData?.resolving) return undefined;
      const resolved = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: { resolving: true } });
      const inCore = resolved.errors.length === 0 && /[\\/]src[\\/]core[\\/].*\.ts$/.test(resolved.path);
      return inCore ? { path: resolved.path, sideEffects: false } : undefined;
    });
  },
};

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
  // Bundled ESM dependencies (fdir, behind tinyglobby) read import.meta.url, which a CJS bundle
  // does not have: give them this file's URL.
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  plugins: watch ? [problemMatcher] : [],
};

const targets = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], plugins: [...common.plugins, coreWithoutSideEffects], metafile: true },
  // The language server (issue #12): the extension starts it; `statefulset-studio lsp --stdio` runs the same code from cli.js.
  { ...common, entryPoints: ['src/server/bin.ts'], outfile: 'dist/server.js' },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: `#!/usr/bin/env node\n${common.banner.js}` } },
  // The webview: one script and one stylesheet (main.ts imports styles.css, so esbuild writes main.css
  // beside main.js). The panel serves both from dist/webview with a nonce'd script tag and a strict CSP.
  {
    entryPoints: ['webview/main.ts'],
    outfile: 'dist/webview/main.js',
    bundle: true,
    minify: production,
    sourcemap: !production,
    sourcesContent: false,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    logLevel: 'warning',
    plugins: watch ? [problemMatcher] : [],
  },
];

const contexts = await Promise.all(targets.map((options) => esbuild.context(options)));
if (watch) {
  await Promise.all(contexts.map((ctx) => ctx.watch()));
} else {
  const [extension] = await Promise.all(contexts.map((ctx) => ctx.rebuild()));
  await Promise.all(contexts.map((ctx) => ctx.dispose()));
  // What dist/extension.js is made of (test/unit/architecture/extensionBundle.test.ts reads it; not in the VSIX).
  writeFileSync('dist/extension.meta.json', JSON.stringify(extension.metafile));
}
