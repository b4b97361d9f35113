// The hostile catalogue: the reproductions of issue #15, each at a scale that proves its bound yet
// runs in well under a second, and the inputs that were fine before and must stay fine. Every case
// goes through check, the JSON/SARIF/text reports, hover, completion, navigation, the quick fixes
// and the simulator (operations.ts); `expect` adds what the bounded, clear outcome is for it.
import * as assert from 'node:assert/strict';
import { rulesOfPlainText, type Outcome } from './operations';
import { billionLaughs, headlessService, keyLines, statefulSet, utf16, webManifest } from './manifests';

export interface HostileCase {
  readonly name: string;
  /** The item of issue #15 it reproduces; 0: what was fine must stay fine. */
  readonly item: number;
  /** The file as text, or as the bytes on disk (decoded as kubectl reads a file). */
  readonly input: () => string | Uint8Array;
  readonly maxFileSize?: number;
  readonly expect?: (outcome: Outcome) => void;
}

const HOSTILE_KEYS = ['__proto__', 'constructor', 'toString', 'valueOf'];
const DIGITS = '1'.repeat(100_000);
const ESCAPES = '"web\\e]0;owned\\a\\e[31m\\nfake.yaml:1:1: error forged\\r"';
const MARKDOWN = '"w``e`b\\n# heading\\n[link](command:workbench.action.quit) <img src=x onerror=alert(1)>"';

const rules = (outcome: Outcome) => outcome.diagnostics.map((d) => d.ruleId);
const hasRule = (id: string) => (outcome: Outcome) => assert.ok(rules(outcome).includes(id), `expected ${id} among ${[...new Set(rules(outcome))].join(', ')}`);
const refused = (pattern: RegExp) => (outcome: Outcome) => {
  assert.ok(outcome.simulations.length > 0, 'a StatefulSet to simulate');
  for (const sim of outcome.simulations) assert.match(sim.refused ?? '', pattern);
};
const sameRulesAs = (text: string) => (outcome: Outcome) => assert.deepEqual(rules(outcome), rulesOfPlainText(text));
const BROKEN = webManifest({ replicas: '-1', serviceName: 'missing' });

export const CATALOGUE: readonly HostileCase[] = [
  { name: 'prototype keys at every level', item: 1, input: () => statefulSet({
    metadata: keyLines(4, 2, (i) => `${HOSTILE_KEYS[i]}: 1`), container: keyLines(4, 8, (i) => `${HOSTILE_KEYS[i]}: {x: 1}`),
  }), expect: (o) => assert.ok(o.diagnostics.filter((d) => d.ruleId === 'k8s-schema').length >= 8) },
  { name: 'prototype names as kind, names, labels and serviceName', item: 1, input: () =>
    `kind: constructor\napiVersion: __proto__\n---\n${webManifest({ name: 'toString', serviceName: 'constructor', label: '__proto__' })}` },
  { name: 'quantity of 100k digits ending in x', item: 2, input: () => statefulSet({
    container: `        resources: {requests: {cpu: "${DIGITS}x"}}\n`, storage: `${DIGITS}x`,
  }), expect: hasRule('k8s-schema') },
  { name: '40k keys in one map', item: 3, input: () => statefulSet({ metadata: `  annotations:\n${keyLines(40_000, 4, (i) => `k${i}: v`)}` }) },
  { name: '10k duplicated keys', item: 3, input: () => `kind: ConfigMap\napiVersion: v1\ndata:\n${keyLines(20_000, 2, (i) => `k${i >> 1}: v`)}`,
    expect: (o) => assert.equal(o.diagnostics.filter((d) => d.ruleId === 'DUPLICATE_KEY').length, 10_000) },
  { name: '60 under-indented quoted values', item: 3, input: () => statefulSet({
    metadata: `  annotations:\n${keyLines(60, 4, (i) => `a${i}: 'first\n    second'`)}`,
  }), expect: (o) => assert.equal(o.diagnostics.filter((d) => d.ruleId === 'yaml-lenient-indent').length, 60) },
  { name: 'replicas 1e9', item: 5, input: () => webManifest({ replicas: '1000000000' }), expect: refused(/at most 10000/) },
  { name: 'replicas past int32', item: 5, input: () => webManifest({ replicas: '2147483648' }), expect: hasRule('k8s-schema') },
  { name: 'replicas at the cap, Parallel', item: 5, input: () => webManifest({ replicas: '10000\n  podManagementPolicy: Parallel' }),
    expect: (o) => assert.match(o.simulations[0]?.panelTruncated ?? '', /50000 events/) },
  { name: 'extreme numbers', item: 5, input: () => ['.inf', '-.inf', '.nan', '1e309', '0x7fffffff', '99999999999999999999999', '-0', '0o777']
    .map((replicas, i) => statefulSet({ name: `s${i}`, replicas })).join('---\n') },
  { name: 'billion laughs', item: 6, input: () => statefulSet({ metadata: `  annotations:\n${billionLaughs()}` }),
    expect: refused(/too many alias expansions/) },
  { name: 'merge-key bomb', item: 6, input: () => `${keyLines(1, 0, () => 'x: &x0 {a: 1, b: 2}')}${keyLines(14, 0, (i) =>
    `x${i + 1}: &x${i + 1} {<<: [*x${i}], k${i}: {<<: *x${i}}, j${i}: {<<: *x${i}}}`)}---\n${statefulSet()}` },
  { name: '200 StatefulSets naming missing Services beside near names', item: 7, input: () => Array.from({ length: 200 }, (_, i) =>
    `${headlessService(`svc-${i}`, `a${i}`)}---\n${statefulSet({ name: `s${i}`, serviceName: `svx-${i}`, label: `a${i}` })}`).join('---\n'),
  expect: (o) => assert.equal(o.diagnostics.filter((d) => d.ruleId === 'sts-service-not-found').length, 200) },
  { name: 'file over the size limit', item: 8, input: () => `a: ${'x'.repeat(5 * 1024 * 1024)}\n`, expect: hasRule('file-too-large') },
  { name: '1 MB name in 300 findings', item: 9, input: () => statefulSet({
    name: 'a'.repeat(1024 * 1024), containers: keyLines(300, 6, (i) => `- name: c${i}`),
  }), expect: (o) => {
    assert.ok(o.json.length < 300 * 4096, `${o.json.length} bytes of JSON`);
    refused(/^metadata\.name: a name of 1048576 characters is longer than Kubernetes allows/)(o);
  } },
  { name: 'terminal escapes and forged lines in names, keys, labels and values', item: 10, input: () => webManifest({
    name: ESCAPES, serviceName: ESCAPES, label: ESCAPES, metadata: `  labels: {${ESCAPES}: ${ESCAPES}}\n`,
  }) },
  { name: 'UTF-16 LE with a BOM', item: 11, input: () => utf16(BROKEN, 'le'), expect: sameRulesAs(BROKEN) },
  { name: 'UTF-16 BE with a BOM', item: 11, input: () => utf16(BROKEN, 'be'), expect: sameRulesAs(BROKEN) },
  { name: 'lone CR line endings', item: 11, input: () => BROKEN.replace(/\n/g, '\r'), expect: sameRulesAs(BROKEN) },
  { name: 'unknown anchor and an alias into another document', item: 11, input: () => `a: &a 1\n---\n${statefulSet({ replicas: '*a', label: '*nope' })}`,
    expect: (o) => assert.ok(o.diagnostics.filter((d) => d.severity === 'error' && /unknown anchor/.test(d.message)).length >= 2) },
  { name: 'NUL in kind', item: 11, input: () => statefulSet().replace('kind: StatefulSet', 'kind: State\u0000fulSet'),
    expect: (o) => assert.ok(o.diagnostics.some((d) => d.severity === 'error')) },
  { name: '!!int "2" and other explicit tags', item: 11, input: () => statefulSet({
    replicas: '!!int "2"', metadata: '  annotations: {a: !!binary aGk=, b: !custom x, c: !!str {x: 1}, d: !!map y, e: !!float "x"}\n',
  }) },
  { name: 'control characters, lone surrogates, a BOM inside', item: 11, input: () => statefulSet({
    name: '"we\\x7fb\\x85\\ud800"', metadata: '  annotations: {a: "\u007f\u0085\ufeff\ud800x"}\n',
  }) + '\ufeffkind: x\u0007\n' },
  { name: 'markdown injection in names', item: 12, input: () => webManifest({ name: MARKDOWN, serviceName: MARKDOWN, label: MARKDOWN }) },
  { name: 'deep flow nesting 10k', item: 0, input: () => `${'['.repeat(10_000)}${']'.repeat(10_000)}\n` },
  { name: 'deep block nesting 3k', item: 0, input: () => Array.from({ length: 3_000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n') + ' 1\n' },
  { name: '100k documents', item: 0, input: () => '---\na: 1\n'.repeat(100_000), expect: (o) => assert.equal(o.documents, 100_000) },
  { name: 'Helm template lines', item: 0, input: () => `{{- if .Values.enabled }}\n${statefulSet({ replicas: '{{ .Values.replicas }}' })}{{- end }}\n`,
    expect: (o) => assert.deepEqual(rules(o), ['helm-template-skipped']) },
  { name: 'unterminated quotes', item: 0, input: () => statefulSet({ name: '"web', serviceName: "'nginx" }) },
  { name: 'tab indentation', item: 0, input: () => statefulSet().replace(/\n {2}/g, '\n\t') },
  { name: 'flow sequence of 50k items', item: 0, input: () => statefulSet({ container: `        args: [${Array(50_000).fill('x').join(', ')}]\n` }) },
  { name: 'one line of 1 MB', item: 0, input: () => statefulSet({ container: `        command: [${'a'.repeat(1024 * 1024)}]\n` }) },
  { name: 'empty streams, markers and directives', item: 0, input: () => '%YAML 1.1\n%TAG ! tag:x,2000:\n---\n...\n---\n# only a comment\n---\n\n...\n' },
  { name: '2,000 findings with fixes', item: 0, input: () => statefulSet({ containers: keyLines(1_000, 6, (i) => `- {name: c${i}, volumeMounts: [{name: m${i}, mountPath: /m}]}`) }) },
  { name: '10,000 suppression comments', item: 0, input: () => `${keyLines(10_000, 0, () => '# statefulset-studio-disable-next-line a, b, c')}${BROKEN}` },
];
