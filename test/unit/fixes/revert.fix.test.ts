// "Revert to the committed value" (rules/edit/revert.ts), the update rules' fix: applied to the
// edited manifest, it gives the field its baseline value back, so a check against the same baseline
// finds nothing any more — for a changed, an added and a removed field, StatefulSets and Services.
import * as assert from 'node:assert/strict';
import { BaselineIndex } from '../../../src/core/change/baselineIndex';
import { checkFiles } from '../../../src/core/check';
import { fixesFor } from '../../../src/core/fixes';
import { setLocale } from '../../../src/core/l10n/messages';
import { parseFile } from '../../../src/core/parse/parseFile';
import { resourcesOf, service, web } from '../change/fixtures';
import { applyEdits } from '../helpers';

const URI = 'file:///web.yaml';
const UPDATE_RULES = ['sts-update-forbidden', 'svc-update-cluster-ip-immutable', 'svc-update-forbidden'];

function updateFindings(edited: string, baseline: string) {
  const working = [{ uri: URI, parsed: parseFile(edited) }];
  const index = new BaselineIndex(resourcesOf(baseline, 'git:HEAD:web.yaml'));
  const diagnostics = checkFiles(working, { baseline: index }).get(URI)!.filter((d) => UPDATE_RULES.includes(d.ruleId));
  return { working, diagnostics };
}

/** The text after applying the revert fix of the first update finding; asserts there is one. */
function reverted(edited: string, baseline: string): string {
  const { working, diagnostics } = updateFindings(edited, baseline);
  assert.ok(diagnostics.length > 0, 'no update finding to revert');
  const fixes = fixesFor(diagnostics[0], working);
  assert.deepEqual(fixes.map((f) => [f.title, f.isPreferred]), [['Revert to the committed value', true]]);
  return applyEdits(edited, fixes[0].edits);
}

describe('Revert to the committed value (the update rules\' fix)', () => {
  afterEach(() => setLocale('en'));

  it('puts a changed serviceName, storage request and selector label back as the baseline wrote them', () => {
    assert.equal(reverted(web({ serviceName: 'nginx-headless' }), web()), web());
    assert.equal(reverted(web({ storage: '2Gi' }), web()), web());
    const selector = web().replace('matchLabels: {app: nginx}', 'matchLabels: {app: web}');
    assert.equal(reverted(selector, web()), web());
  });

  it('removes a field the baseline does not write (podManagementPolicy: Parallel, where the baseline defaults to OrderedReady)', () => {
    assert.equal(reverted(web({ extra: '  podManagementPolicy: Parallel\n' }), web()), web());
  });

  it('writes a removed field back into its map, and a list of another length back whole, so the check finds nothing', () => {
    const removed = reverted(web().replace('  serviceName: nginx\n', ''), web());
    assert.match(removed, /\n {2}serviceName: nginx\n/);
    assert.deepEqual(updateFindings(removed, web()).diagnostics, []);
    const added = web().replace('  - metadata: {name: www}', '  - metadata: {name: logs}\n    spec: {accessModes: [ReadWriteOnce]}\n  - metadata: {name: www}');
    const back = reverted(added, web());
    assert.doesNotMatch(back, /logs/);
    assert.match(back, /\n {2}volumeClaimTemplates:\n {2}- metadata:\n {6}name: www\n/); // block style, at the document's indentation
    assert.deepEqual(updateFindings(back, web()).diagnostics, []);
  });

  it('reverts a Service made headless in place by removing clusterIP: None (the live, allocated IP is kept) and a changed loadBalancerClass', () => {
    const allocated = service('  selector: {app: nginx}\n  ports: [{port: 80}]\n');
    assert.equal(reverted(service('  clusterIP: None\n  selector: {app: nginx}\n  ports: [{port: 80}]\n'), allocated), allocated);
    const lb = (cls: string) => service(`  type: LoadBalancer\n  loadBalancerClass: ${cls}\n  selector: {app: nginx}\n  ports: [{port: 80}]\n`);
    assert.equal(reverted(lb('example.com/b'), lb('example.com/a')), lb('example.com/a'));
  });

  it('offers no revert where the edit writes clusterIPs (which entry was meant is not knowable)', () => {
    const edited = service('  clusterIP: 10.0.0.2\n  clusterIPs: [10.0.0.2]\n  selector: {app: nginx}\n  ports: [{port: 80}]\n');
    const { working, diagnostics } = updateFindings(edited, service('  clusterIP: 10.0.0.1\n  selector: {app: nginx}\n  ports: [{port: 80}]\n'));
    assert.equal(diagnostics.length, 1);
    assert.deepEqual(fixesFor(diagnostics[0], working), []);
  });

  it('titles the fix in Simplified Chinese', () => {
    setLocale('zh-CN');
    const { working, diagnostics } = updateFindings(web({ serviceName: 'other' }), web());
    assert.equal(fixesFor(diagnostics[0], working)[0].title, '恢复为已提交的值');
  });
});
