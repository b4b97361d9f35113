// Issue #12 item 1, "the extension host as glue only": dist/extension.js holds the language
// client, the panel host and the walkthrough glue; the engine (rules, schema, simulator, script
// parsing, the YAML parser) is the language server's. Read from the metafile esbuild.mjs writes
// beside the bundle (`npm run build` runs before these tests).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './importGraph';

/** What the extension host may take from the core: its own strings and the walkthrough's experiment table. */
const GLUE_CORE = new Set([
  'src/core/index.ts',
  'src/core/l10n/uiMessages.ts',
  'src/core/l10n/stringTable.ts',
  'src/core/l10n/locale.ts',
  'src/core/l10n/en/ui.ts',
  'src/core/l10n/zh-cn/ui.ts',
  'src/core/learn/experiments.ts',
  'src/core/learn/volumeData.ts',
  'src/core/simulate/types.ts', // the node step kinds the panel's messages are checked against
]);

interface Metafile {
  readonly outputs: Record<string, { readonly bytes: number; readonly inputs: Record<string, { readonly bytesInOutput: number }> }>;
}

function bundled(): { inputs: string[] } {
  const meta = JSON.parse(fs.readFileSync(path.join(ROOT, 'dist', 'extension.meta.json'), 'utf8')) as Metafile;
  const output = meta.outputs['dist/extension.js'];
  assert.ok(output, `dist/extension.js is not among ${Object.keys(meta.outputs).join(', ')}`);
  const inputs = Object.entries(output.inputs).filter(([, input]) => input.bytesInOutput > 0).map(([file]) => file);
  return { inputs };
}

describe('the extension bundle (dist/extension.js)', () => {
  it('takes from the core only its UI strings and the walkthrough\'s experiments', () => {
    const { inputs } = bundled();
    const core = inputs.filter((file) => file.startsWith('src/core/'));
    assert.ok(core.includes('src/core/l10n/en/ui.ts'), `the metafile lists ${inputs.length} inputs: is it read right?`);
    assert.deepEqual(core.filter((file) => !GLUE_CORE.has(file)), []);
  });

  it('holds no YAML parser and no language server package: the engine runs in the server', () => {
    const { inputs } = bundled();
    const packageOf = (file: string) => /node_modules\/((@[^/]+\/)?[^/]+)\//.exec(file)?.[1];
    const packages = new Set(inputs.map(packageOf).filter((name) => name !== undefined));
    assert.ok(packages.has('vscode-languageclient'), [...packages].join(', '));
    for (const engine of ['yaml', 'vscode-languageserver', 'tinyglobby']) assert.equal(packages.has(engine), false, engine);
  });
});
