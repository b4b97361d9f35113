import * as assert from 'node:assert/strict';
import {
  atLeast,
  DEFAULT_KUBERNETES_VERSION,
  KUBERNETES_VERSIONS,
  parseKubernetesVersion,
} from '../../../src/core/model/kubernetesVersion';

describe('kubernetesVersion', () => {
  it('accepts a minor with or without v and a patch', () => {
    assert.equal(parseKubernetesVersion('1.33'), '1.33');
    assert.equal(parseKubernetesVersion('v1.33'), '1.33');
    assert.equal(parseKubernetesVersion('1.33.7'), '1.33');
    assert.equal(parseKubernetesVersion(' 1.30 '), '1.30');
  });

  it('refuses versions it does not model and non-versions', () => {
    for (const text of ['1.29', '1.99', '2.0', 'latest', '', '1', '1.3x', undefined, null, {}]) {
      assert.equal(parseKubernetesVersion(text), undefined, String(text));
    }
  });

  it('reads a YAML number like 1.30 as its text would have been written', () => {
    assert.equal(parseKubernetesVersion(1.31), '1.31');
  });

  it('compares minors numerically, not as strings', () => {
    assert.equal(atLeast('1.35', '1.34'), true);
    assert.equal(atLeast('1.34', '1.34'), true);
    assert.equal(atLeast('1.33', '1.34'), false);
  });

  it('defaults to the newest version', () => {
    assert.equal(DEFAULT_KUBERNETES_VERSION, KUBERNETES_VERSIONS.at(-1));
  });
});
