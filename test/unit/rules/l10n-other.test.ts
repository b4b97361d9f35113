import * as assert from 'node:assert/strict';
import { hoverAt } from '../../../src/core/docs/hover';
import { setLocale } from '../../../src/core/l10n/messages';
import podVolumeMountNotFound from '../../../src/core/rules/pod-volume-mount-not-found';
import { caretFixture } from '../docs/hoverHelpers';
import { findingsOf, WEB_EXAMPLE } from '../helpers';
import { NGINX_MOUNTING_DATA, webStatefulSet } from './fixtures';

const HAS_CHINESE = /[\u4e00-\u9fff]/;

const STS = webStatefulSet({
  spec: '  replicas: 2\n',
  podSpec: NGINX_MOUNTING_DATA,
  rest: `  volumeClaimTemplates:
  - metadata:
      name: www
    spec:
      accessModes: [ReadWriteOnce]
      resources:
        requests:
          storage: 1Gi
`,
});

describe('Simplified Chinese: pod-*, svc-*, vct-*, k8s-schema and hover', () => {
  beforeEach(() => setLocale('zh-CN'));
  afterEach(() => setLocale('en'));

  it('translates pod-volume-mount-not-found around the field path and `Not found: "…"`', () => {
    const [finding] = findingsOf('pod-volume-mount-not-found', STS);
    assert.ok(finding, 'no finding');
    assert.ok(finding.message.startsWith('spec.template.spec.containers[0].volumeMounts[0].name: Not found: "data"'), finding.message);
    assert.match(finding.message, HAS_CHINESE);
    assert.ok(finding.message.includes('"www"'), finding.message);
    assert.match(podVolumeMountNotFound.docs.summary, HAS_CHINESE);
    assert.ok(podVolumeMountNotFound.docs.summary.includes('`Not found: "data"`'), podVolumeMountNotFound.docs.summary);
  });

  it('translates an unknown-field k8s-schema finding, keeping the path and the suggested field name', () => {
    const text = STS.replace('  replicas: 2\n', '  replicsa: 2\n');
    const [finding] = findingsOf('k8s-schema', text);
    assert.ok(finding, 'no finding');
    assert.ok(finding.message.startsWith('unknown field "spec.replicsa"'), finding.message);
    assert.ok(finding.message.includes('"replicas"'), finding.message);
    assert.match(finding.message, HAS_CHINESE);
  });

  it('answers a hover on replicas in Chinese', () => {
    const at = WEB_EXAMPLE.indexOf('replicas');
    assert.ok(at >= 0);
    const { file, index, caret } = caretFixture(`${WEB_EXAMPLE.slice(0, at)}|${WEB_EXAMPLE.slice(at)}`);
    const found = hoverAt(file, caret, index);
    assert.ok(found, 'no hover');
    const ours = found.markdown.split('\n\n---\n\n')[1];
    assert.equal(ours, '2 个 Pod：`web-0` 和 `web-1`');
    assert.ok(found.markdown.includes('*Kubernetes 1.36 API*'), found.markdown);
  });

  it('is English again after setLocale("en")', () => {
    setLocale('en');
    const [finding] = findingsOf('pod-volume-mount-not-found', STS);
    assert.equal(finding.message, 'spec.template.spec.containers[0].volumeMounts[0].name: Not found: "data"; volumes and claim templates: "www"');
  });
});
