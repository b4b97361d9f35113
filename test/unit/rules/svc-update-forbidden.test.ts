import * as assert from 'node:assert/strict';
import { findRule } from '../../../src/core/rules/index';
import { baselineText, checkAgainst } from '../change/againstBaseline';
import { service } from '../change/fixtures';

const rule = findRule('svc-update-forbidden')!;
const lb = (lines: string) => service(`  type: LoadBalancer\n${lines}  selector: {app: nginx}\n  ports: [{port: 80}]\n`);

function found(edited: string, baseline: string) {
  const { diagnostics, ranges } = checkAgainst(rule, edited, baseline);
  return { ranges, diagnostics, summary: diagnostics.map((d) => ({ path: d.path, range: d.range, message: d.message })) };
}

describe('svc-update-forbidden (ValidateServiceUpdate: validateLoadBalancerClassField, validateServiceExternalTrafficFieldsUpdate)', () => {
  it('reports nothing for unchanged fields, for a type change, or for a healthCheckNodePort left out (patchAllocatedValues keeps it)', () => {
    const local = '  externalTrafficPolicy: Local\n';
    for (const [edited, baseline] of [
      [lb('  loadBalancerClass: example.com/lb\n'), lb('  loadBalancerClass: "example.com/lb"\n')],
      [service(), lb('  loadBalancerClass: example.com/lb\n')],
      [lb(local), lb(`${local}  healthCheckNodePort: 30100\n`)],
    ]) assert.deepEqual(found(edited, baseline).summary, [], edited);
  });

  it('reports a changed loadBalancerClass on the field, with the baseline value', () => {
    const baseline = lb('  loadBalancerClass: example.com/internal\n');
    const { summary, ranges, diagnostics } = found(lb('  loadBalancerClass: «example.com/public»\n'), baseline);
    assert.deepEqual(summary, [{ path: 'spec.loadBalancerClass', range: ranges[0], message: 'spec.loadBalancerClass: Invalid value: "example.com/public": may not change once set (the baseline has "example.com/internal")' }]);
    assert.equal(baselineText(baseline, diagnostics[0].related[0].range), 'example.com/internal');
  });

  it('reports a removed loadBalancerClass at spec.type', () => {
    const { summary, ranges } = found(service('  type: «LoadBalancer»\n  selector: {app: nginx}\n  ports: [{port: 80}]\n'), lb('  loadBalancerClass: x.io/lb\n'));
    assert.deepEqual(summary.map((s) => [s.range, s.message]), [[ranges[0], 'spec.loadBalancerClass: Invalid value: null: may not change once set (the baseline has "x.io/lb")']]);
  });

  it('reports an explicit healthCheckNodePort changed while externalTrafficPolicy stays Local', () => {
    const { summary, ranges } = found(lb('  externalTrafficPolicy: Local\n  healthCheckNodePort: «30200»\n'), lb('  externalTrafficPolicy: Local\n  healthCheckNodePort: 30100\n'));
    assert.deepEqual(summary, [{ path: 'spec.healthCheckNodePort', range: ranges[0], message: 'spec.healthCheckNodePort: Forbidden: field is immutable (the baseline has 30100, now 30200)' }]);
  });
});
