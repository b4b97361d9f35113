// The budget model the pdb-* rules and the simulator share: getExpectedPodCount's arithmetic.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkFiles, collectResources } from '../../../src/core/check';
import { budgetSelects, desiredHealthy, disruptionsAllowed, toDisruptionBudget, type DisruptionBudget } from '../../../src/core/index';
import { LineIndex } from '../../../src/core/parse/lineIndex';
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

describe('PodDisruptionBudgets in whole manifests', () => {
  const FIXTURES = path.resolve(__dirname, '..', '..', '..', '..', 'test', 'fixtures');
  const read = (...parts: string[]) => fs.readFileSync(path.join(FIXTURES, ...parts), 'utf8');

  it('warns about the budget of the ZooKeeper fixture that keeps all three members, and not about the quorum-keeping one', () => {
    const text = read('budgets', 'zookeeper-budget.yaml');
    const lines = new LineIndex(text);
    const serious = checkFiles([{ uri: 'zk.yaml', parsed: parseFile(text) }]).get('zk.yaml')!.filter((d) => d.severity === 'error' || d.severity === 'warning');
    assert.deepEqual(serious.map((d) => `${lines.positionAt(d.range.start).line + 1} ${d.ruleId} ${d.name}`), ['27 pdb-blocks-eviction zk-pdb']);
  });

  it('reads the real budgets of the corpus as the disruption controller does: each lets one of its pods go', () => {
    const corpus = (name: string) => collectResources([{ uri: name, parsed: parseFile(read('corpus', 'plain', name)) }]);
    const zookeeper = corpus('k8s-website__zookeeper.yaml');
    const [zkBudget] = zookeeper.map(toDisruptionBudget).filter((b) => b !== undefined);
    assert.equal(disruptionsAllowed(zkBudget!, 3, 3), 1);
    const thanos = corpus('kube-thanos__all-manifests-concatenated.yaml').map(toDisruptionBudget).filter((b) => b !== undefined);
    assert.deepEqual(thanos.map((b) => desiredHealthy(b!, 3)), [2, 2]);
    // The CockroachDB example still says policy/v1beta1, which no targeted cluster serves: not read.
    assert.deepEqual(corpus('k8s-examples__cockroachdb-statefulset.yaml').map(toDisruptionBudget).filter((b) => b !== undefined), []);
  });
});
