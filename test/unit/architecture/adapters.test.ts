// Issue #13 item 4, for the VS Code adapters: "every adapter registers the same way" (each adapter
// module exports `register: Register`, (context, services) => Disposable[], src/services.ts;
// extension.ts calls each of them and registers nothing with VS Code itself), and "adapters take
// problems from the diagnostics publisher, never read back from VS Code". Read from the sources
// (the adapters import vscode, which plain Node cannot load).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildImportGraph, ROOT, sourceFiles } from './importGraph';

const EXTENSION = 'src/extension.ts';
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const adapterFiles = sourceFiles('src').filter((file) => !file.startsWith('src/core/') && !file.startsWith('src/protocol/'));
const exportsRegister = (file: string) => /^export const register: Register = /m.test(read(file));
/**
 * Provider registrations: the calls that make a module an adapter. The language features are the
 * language client's (issue #12); what the extension registers itself is the baseline documents'
 * content provider and the panel's serializer.
 */
const PROVIDER_REGISTRATION = /\bvscode\.(languages|workspace|window)\.register\w+(Provider|Serializer)\(/;

describe('the VS Code adapters', () => {
  it('take our findings from the diagnostics publisher and never read diagnostics back from VS Code', () => {
    const readingBack = adapterFiles.filter((file) => /\bvscode\.languages\.(getDiagnostics|onDidChangeDiagnostics)\b/.test(read(file)));
    assert.deepEqual(readingBack, []);
    // The publisher is the language server's: hover and the panel's problems read it there.
    assert.match(read('src/server/handlers.ts'), /onHover[\s\S]*publisher\.findingsOf\(/);
    assert.match(read('src/server/panel.ts'), /\.findingsOf\(/);
  });

  it('lets extension.ts register nothing with VS Code itself', () => {
    assert.doesNotMatch(read(EXTENSION), /\bvscode\.(languages|commands|window)\.register\w*\(/);
  });

  it('has every module that registers a provider export register(context, services)', () => {
    const providers = adapterFiles.filter((file) => PROVIDER_REGISTRATION.test(read(file)));
    assert.ok(providers.length >= 2, `only ${providers.length} provider modules found`);
    assert.deepEqual(providers.filter((file) => !exportsRegister(file)), []);
  });

  it('has extension.ts import and call every module that exports register', () => {
    const registering = adapterFiles.filter(exportsRegister);
    const imported = new Set(buildImportGraph([EXTENSION, ...registering]).get(EXTENSION)!.map((edge) => edge.to));
    assert.deepEqual(registering.filter((file) => !imported.has(file)), []);
    const listed = /const ADAPTERS[^=]*= \[([^\]]*)\]/.exec(read(EXTENSION))?.[1].split(',').map((name) => name.trim());
    assert.equal(listed?.length, registering.length, `ADAPTERS lists ${listed?.join(', ')}`);
  });
});
