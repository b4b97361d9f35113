// Issue #12 "settings edge cases": Red Hat's YAML extension installed or removed while the window
// runs is followed (vscode.extensions.onDidChange), not only looked at on start; the server side
// is in test/unit/server/yamlExtension.test.ts.
import * as assert from 'node:assert/strict';
import { REDHAT_YAML_EXTENSION, YamlExtensionWatch, type Extensions } from '../../../src/client/yamlExtension';

/** vscode.extensions with a list of installed ids and a way to fire onDidChange. */
function fakeExtensions(installed: Set<string>): Extensions & { fire(): void; listeners: number } {
  const listeners = new Set<() => void>();
  return {
    getExtension: (id) => (installed.has(id) ? { id } : undefined),
    onDidChange: (listener: () => void) => {
      listeners.add(listener);
      return { dispose: () => listeners.delete(listener) };
    },
    fire: () => listeners.forEach((listener) => listener()),
    get listeners() {
      return listeners.size;
    },
  } as Extensions & { fire(): void; listeners: number };
}

describe('following Red Hat\'s YAML extension', () => {
  it('tells each change of whether it is installed, once, and nothing when other extensions change', () => {
    const installed = new Set<string>(['ms-python.python']);
    const extensions = fakeExtensions(installed);
    const heard: boolean[] = [];
    const watch = new YamlExtensionWatch(extensions, (now) => heard.push(now));
    assert.equal(watch.installed, false);
    extensions.fire(); // another extension changed
    installed.add(REDHAT_YAML_EXTENSION);
    extensions.fire();
    extensions.fire();
    assert.equal(watch.installed, true);
    installed.delete(REDHAT_YAML_EXTENSION);
    extensions.fire();
    assert.deepEqual(heard, [true, false]);
    watch.dispose();
    assert.equal(extensions.listeners, 0);
  });

  it('starts from what is installed', () => {
    assert.equal(new YamlExtensionWatch(fakeExtensions(new Set([REDHAT_YAML_EXTENSION])), () => undefined).installed, true);
  });
});
