// The budget model the pdb-* rules and the simulator share: getExpectedPodCount's arithmetic.
import * as assert from 'node:assert/strict';
import { collectResources } from '../../../src/core/check';
import { budgetSelects, desiredHealthy, disruptionsAllowed, toDisruptionBudget, type DisruptionBudget } from '../../../src/core/index';
import { parseFile } from '../../../src/core/parse/parseFile';

function budgetOf(spec: string, apiVersion = 'policy/v1'): DisruptionBudget | undefined {
  const text = `apiVersion: ${apiVersion}\nkind: PodDisruptionBudget\nmetadata:\n  name: db\n  namespace: prod\nspec:\n${spec}`;
  const [resource] = collectResources([{ uri: 'file:///pdb.yaml', parsed: parseFile(text) }]);
  return toDisruptionBudget(resource);
}

const SELECTOR = '  selector:\n    matchLabels:\n      app: db\n';

describe('the PodDisruptionBudget model (getExpectedPodCount)', () => {
  it('rounds percentages up, for minAvailable and for maxUnavailable', () => {
    assert.equal(desiredHealthy(budgetOf(`  minAvailable: 50%\n${SELECTOR}`)!, 3), 2);
    assert.equal(desiredHealthy(budgetOf(`  maxUnavailable: 50%\n${SELECTOR}`)!, 3), 1);
    assert.equal(desiredHealthy(budgetOf(`  maxUnavailable: 5\n${SELECTOR}`)!, 3), 0);
    assert.equal(desiredHealthy(budgetOf(SELECTOR)!, 3), 0);
  });

  it('allows as many disruptions as healthy pods exceed the desired ones, never fewer than 0', () => {
    const budget = budgetOf(`  minAvailable: 2\n${SELECTOR}`)!;
    assert.deepEqual([3, 2, 1].map((healthy) => disruptionsAllowed(budget, healthy, 3)), [1, 0, 0]);
  });

  it('guards the pods of its namespace that its selector selects; none without a selector', () => {
    const budget = budgetOf(`  minAvailable: 1\n${SELECTOR}`)!;
    const labels = new Map([['app', 'db'], ['tier', 'data']]);
    assert.equal(budgetSelects(budget, 'prod', labels), true);
    assert.equal(budgetSelects(budget, 'default', labels), false);
    assert.equal(budgetSelects(budget, 'prod', new Map([['app', 'web']])), false);
    assert.equal(budgetSelects(budgetOf('  minAvailable: 1\n')!, 'prod', labels), false);
  });

  it('reads policy/v1 only, and leaves out amounts that validation refuses', () => {
    assert.equal(budgetOf(SELECTOR, 'policy/v1beta1'), undefined);
    assert.equal(budgetOf(`  minAvailable: "2"\n${SELECTOR}`)!.minAvailable, undefined);
    const max = budgetOf(`  maxUnavailable: 25%\n${SELECTOR}`)!.maxUnavailable!;
    assert.deepEqual([max.value, max.percent], [25, true]);
  });
});
