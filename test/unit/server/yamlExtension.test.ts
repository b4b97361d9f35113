// Issue #12 "settings edge cases": with `yamlSyntaxDiagnostics: auto`, YAML syntax errors are left
// to Red Hat's YAML extension while it is installed; the client tells the server when that changes
// (statefulsetStudio/yamlExtension) and the open files follow without a restart.
import * as assert from 'node:assert/strict';
import { YAML_EXTENSION_NOTIFICATION, type YamlExtensionParams } from '../../../src/protocol/lsp';
import { ScriptedClient } from './scriptedClient';

const URI = 'untitled:broken.yaml';
const BROKEN = 'kind: Service\nmetadata:\n  name: web\n  name: again\n';
const isYamlCode = (code: unknown) => typeof code === 'string' && /^[A-Z][A-Z0-9_]*$/.test(code);

describe('the language server: Red Hat\'s YAML extension installed or removed', function () {
  this.timeout(60_000);

  it('leaves YAML syntax errors to it once it is installed, and reports them again once it is gone', async () => {
    const c = await ScriptedClient.start({ initializationOptions: { yamlExtensionInstalled: false }, settings: { statefulsetStudio: { yamlSyntaxDiagnostics: 'auto' } } });
    const syntaxCodes = () => (c.latest(URI) ?? []).map((d) => d.code).filter(isYamlCode);
    const tell = (installed: boolean) => c.connection.sendNotification(YAML_EXTENSION_NOTIFICATION, { installed } satisfies YamlExtensionParams);
    try {
      await c.open(URI, BROKEN);
      await c.waitFor('the duplicate key', () => syntaxCodes().length > 0 || undefined);
      assert.deepEqual(syntaxCodes(), ['DUPLICATE_KEY']);
      await tell(true);
      await c.waitFor('no syntax error', () => syntaxCodes().length === 0 || undefined);
      await tell(false);
      await c.waitFor('the duplicate key again', () => syntaxCodes().length > 0 || undefined);
    } finally {
      await c.stop();
    }
  });
});
