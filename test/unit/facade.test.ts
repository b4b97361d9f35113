// The language service of src/core/index.ts answers every question exactly as the module it hands
// to: it is a façade (issue #13 item 4), with no logic, state or conversion of its own. Each test
// asks the service and the module the same question and requires the same, non-empty, answer.
import * as assert from 'node:assert/strict';
import { checkFiles, checkFileWith, collectResources, type SourceFile } from '../../src/core/check';
import { completionsAt } from '../../src/core/complete/completions';
import { childFields, describeField } from '../../src/core/docs/fieldDocs';
import { hoverAt, ruleDocsMarkdown } from '../../src/core/docs/hover';
import { fixesFor } from '../../src/core/fixes';
import { createLanguageService } from '../../src/core/index';
import { ResourceIndex } from '../../src/core/model/resourceIndex';
import { findDefinitions } from '../../src/core/navigate/definitions';
import { findReferences } from '../../src/core/navigate/references';
import { documentSymbols } from '../../src/core/navigate/symbols';
import { parseFile } from '../../src/core/parse/parseFile';
import { rules } from '../../src/core/rules/index';
import stsServiceNotFound from '../../src/core/rules/sts-service-not-found';
import { simulateWatch } from '../../src/core/simulate/formatWatch';
import { findStatefulSets, toSimInput } from '../../src/core/simulate/fromModel';
import { planRollout } from '../../src/core/simulate/planRollout';
import { defaultScript } from '../../src/core/simulate/script';
import { simulate } from '../../src/core/simulate/simulate';
import { DEFAULT_ENVIRONMENT } from '../../src/core/simulate/types';
import { marked } from './helpers';
import { service as serviceYaml, statefulSet, STS_URI, SVC_URI } from './navigate/fixtures';

/** The StatefulSet (caret in its serviceName) and its Service, parsed and indexed as the editor does. */
function workspace(serviceText = marked(serviceYaml()).text) {
  const { text, caret } = marked(statefulSet({ serviceName: '|' }));
  const files: SourceFile[] = [
    { uri: STS_URI, parsed: parseFile(text) },
    { uri: SVC_URI, parsed: parseFile(serviceText) },
  ];
  return { files, sts: files[0], caret: caret!, index: new ResourceIndex(collectResources(files)) };
}

/** The Service renamed: the StatefulSet's serviceName now names nothing (sts-service-not-found, with fixes). */
const orphaned = () => workspace(marked(serviceYaml()).text.replace('name: nginx', 'name: other'));

describe('the language service (src/core/index.ts)', () => {
  const language = createLanguageService();

  it('checks a file, and files together, as check.ts does', () => {
    const { files, sts, index } = orphaned();
    const options = { severities: { 'vct-no-storage-class': 'off' as const } };
    const expected = checkFileWith(sts, index, options);
    assert.ok(expected.some((d) => d.ruleId === 'sts-service-not-found'));
    // The options matter: without them the rule turned off reports.
    assert.ok(checkFileWith(sts, index).some((d) => d.ruleId === 'vct-no-storage-class'));
    assert.deepEqual(language.check(sts, index, options), expected);
    assert.deepEqual(language.check(sts, index), checkFileWith(sts, index));
    assert.deepEqual(language.checkFiles(files, options), checkFiles(files, options));
  });

  it('offers the quick fixes and rule docs of fixes.ts and docs/hover.ts', () => {
    const { files, sts, index } = orphaned();
    const diagnostic = checkFileWith(sts, index).find((d) => d.ruleId === 'sts-service-not-found')!;
    const expected = fixesFor(diagnostic, files, index);
    assert.ok(expected.length > 0);
    assert.deepEqual(language.fixes(diagnostic, files, index), expected);
    assert.deepEqual(language.fixes(diagnostic, files), fixesFor(diagnostic, files));
    const url = 'https://example.test/#sts-service-not-found';
    assert.ok(ruleDocsMarkdown('sts-service-not-found', url));
    assert.equal(language.ruleDocs('sts-service-not-found', url), ruleDocsMarkdown('sts-service-not-found', url));
  });

  it('hovers, completes and navigates at a caret as docs/, complete/ and navigate/ do', () => {
    const { sts, caret, index } = workspace();
    assert.ok(hoverAt(sts, caret, index));
    assert.deepEqual(language.hover(sts, caret, index), hoverAt(sts, caret, index));
    assert.ok(completionsAt(sts, caret, index).length > 0);
    assert.deepEqual(language.complete(sts, caret, index), completionsAt(sts, caret, index));
    assert.ok(findDefinitions(index, STS_URI, caret).length > 0);
    assert.deepEqual(language.definitions(index, STS_URI, caret), findDefinitions(index, STS_URI, caret));
    const options = { includeDeclaration: true };
    assert.ok(findReferences(index, STS_URI, caret, options).length > 1);
    assert.deepEqual(language.references(index, STS_URI, caret, options), findReferences(index, STS_URI, caret, options));
    assert.ok(documentSymbols(STS_URI, sts.parsed).length > 0);
    assert.deepEqual(language.symbols(sts), documentSymbols(STS_URI, sts.parsed));
  });

  it('explains fields as fieldDocs does', () => {
    assert.ok(describeField('StatefulSet', 'spec.serviceName'));
    assert.deepEqual(language.explain('StatefulSet', 'spec.serviceName'), describeField('StatefulSet', 'spec.serviceName'));
    assert.ok(childFields('Service', 'spec').length > 5);
    assert.deepEqual(language.childFields('Service', 'spec'), childFields('Service', 'spec'));
  });

  it('finds, plans and simulates the rollout as simulate/ does', () => {
    const { files, index } = workspace();
    const sets = findStatefulSets(files);
    assert.equal(sets.length, 1);
    assert.deepEqual(language.statefulSets(files), sets);
    const input = toSimInput(sets[0], index);
    assert.deepEqual(language.simulationInput(sets[0], index), input);
    const script = { environment: DEFAULT_ENVIRONMENT, steps: defaultScript().steps };
    const plan = planRollout(input, script, 500);
    assert.ok(!('error' in plan) && plan.frames.length > 1);
    assert.deepEqual(language.planRollout(input, script, 500), plan);
    assert.deepEqual(language.simulate(input, defaultScript()), simulate(input, defaultScript()));
    assert.equal(language.simulateWatch(input, defaultScript(), 2).output, simulateWatch(input, defaultScript(), 2).output);
  });

  it('checks with the whole registry by default, and with the rules it was created with otherwise', () => {
    assert.equal(language.rules, rules);
    const { sts, index } = orphaned();
    const only = createLanguageService({ rules: [stsServiceNotFound] });
    assert.deepEqual(only.rules, [stsServiceNotFound]);
    const ruleIds = new Set(rules.map((rule) => rule.id));
    const found = only.check(sts, index).filter((d) => ruleIds.has(d.ruleId));
    assert.deepEqual([...new Set(found.map((d) => d.ruleId))], ['sts-service-not-found']);
    assert.deepEqual(only.check(sts, index), checkFileWith(sts, index, { rules: [stsServiceNotFound] }));
    // A call that names its own rules runs those.
    assert.deepEqual(only.check(sts, index, { rules }), checkFileWith(sts, index));
  });
});
