import * as assert from 'node:assert/strict';
import { findRule } from '../../../src/core/rules/index';
import { baselineText, checkAgainst } from '../change/againstBaseline';
import { service } from '../change/fixtures';

const rule = findRule('svc-update-cluster-ip-immutable')!;
const spec = (lines: string) => service(`${lines}  selector: {app: nginx}\n  ports: [{port: 80}]\n`);
const HEADLESS = spec('  clusterIP: None\n');
const ALLOCATED = spec('');

function summary(edited: string, baseline: string) {
  const { diagnostics, ranges } = checkAgainst(rule, edited, baseline);
  return { ranges, diagnostics, found: diagnostics.map((d) => ({ path: d.path, range: d.range, message: d.message })) };
}

describe('svc-update-cluster-ip-immutable (ValidateServiceUpdate, validateUpgradeDowngradeClusterIPs)', () => {
  it('reports nothing when the cluster IP stays, or is left out and kept by patchAllocatedValues', () => {
    for (const [edited, baseline] of [[HEADLESS, HEADLESS], [spec('  clusterIP: "None" # headless\n'), HEADLESS], [ALLOCATED, ALLOCATED], [ALLOCATED, spec('  clusterIP: 10.0.0.7\n')], [spec('  clusterIP: 10.0.0.7\n'), ALLOCATED]]) {
      assert.deepEqual(summary(edited, baseline).found, [], edited);
    }
  });

  it('reports making a Service headless in place, on clusterIP, with the apiserver message', () => {
    const { found, ranges, diagnostics } = summary(spec('  clusterIP: «None»\n'), ALLOCATED);
    assert.deepEqual(found, [{ path: 'spec.clusterIPs[0]', range: ranges[0], message: 'spec.clusterIPs[0]: Invalid value: ["None"]: may not change once set (the baseline has (allocated))' }]);
    assert.deepEqual(diagnostics[0].related, []);
  });

  it('reports a headless Service given an IP, with the baseline value as related information', () => {
    const { found, ranges, diagnostics } = summary(spec('  clusterIP: «10.96.0.20»\n'), HEADLESS);
    assert.deepEqual(found, [{ path: 'spec.clusterIPs[0]', range: ranges[0], message: 'spec.clusterIPs[0]: Invalid value: ["10.96.0.20"]: may not change once set (the baseline has ["None"])' }]);
    assert.equal(baselineText(HEADLESS, diagnostics[0].related[0].range), 'None');
  });

  it('reports a headless Service turned NodePort while clusterIP is left out (patchAllocatedValues keeps None)', () => {
    const { found, ranges } = summary(spec('  type: «NodePort»\n'), HEADLESS);
    assert.deepEqual(found.map((f) => [f.path, f.range]), [['spec.type', ranges[0]]]);
    assert.match(found[0].message, /^spec\.clusterIPs\[0\]: Invalid value: "None": may not be set to 'None' for NodePort services/);
  });

  it('reports nothing when either side is ExternalName (validateUpgradeDowngradeClusterIPs bails out)', () => {
    assert.deepEqual(summary(spec('  type: ExternalName\n  externalName: db.example.com\n'), HEADLESS).found, []);
  });
});
