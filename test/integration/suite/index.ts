// The @vscode/test-electron entry point: VS Code loads this module in the extension host (through
// extensionTestsPath) and calls run(); a rejection tells it that tests failed.
import * as fs from 'fs';
import * as path from 'path';
import type MochaType from 'mocha';

export async function run(): Promise<void> {
  const Mocha = await loadMocha();
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, forbidOnly: true, forbidPending: true });
  const files = fs.readdirSync(__dirname).filter((file) => file.endsWith('.test.js')).sort();
  for (const file of files) mocha.addFile(path.join(__dirname, file));
  const failures = await new Promise<number>((resolve, reject) => {
    try {
      mocha.run(resolve);
    } catch (error) {
      reject(error);
    }
  });
  if (failures > 0) throw new Error(`${failures} integration test(s) failed.`);
}

/**
 * mocha 12 is an ES module. Node >= 20.19 (and the extension hosts built on it) can require() it;
 * older extension hosts cannot, and get it through import() instead.
 */
async function loadMocha(): Promise<typeof MochaType> {
  try {
    const mod: typeof MochaType | { default: typeof MochaType } = require('mocha');
    return typeof mod === 'function' ? mod : mod.default; // a CommonJS mocha, or the namespace of the ES module
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_REQUIRE_ESM') throw error;
  }
  // A real import(): tsc would turn a literal one into require() in this CommonJS output.
  const importModule = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<{ default: typeof MochaType }>;
  return (await importModule('mocha')).default;
}
