// The `statefulsetStudio.kubernetesVersion` setting offers exactly the versions the core models
// (KUBERNETES_VERSIONS, the one list) and defaults to the newest.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_KUBERNETES_VERSION, KUBERNETES_VERSIONS } from '../../src/core/model/kubernetesVersion';

const ROOT = path.resolve(__dirname, '..', '..', '..');

describe('the statefulsetStudio.kubernetesVersion setting', () => {
  it('lists KUBERNETES_VERSIONS as its enum, with the newest as default, described in both languages', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const settings = Object.assign({}, ...manifest.contributes.configuration.map((c: { properties: object }) => c.properties));
    const setting = settings['statefulsetStudio.kubernetesVersion'];
    assert.deepEqual(setting.enum, [...KUBERNETES_VERSIONS]);
    assert.equal(setting.default, DEFAULT_KUBERNETES_VERSION);
    for (const nls of ['package.nls.json', 'package.nls.zh-cn.json']) {
      const strings = JSON.parse(readFileSync(path.join(ROOT, nls), 'utf8'));
      assert.ok(strings['configuration.kubernetesVersion.markdownDescription'], nls);
    }
  });
});
