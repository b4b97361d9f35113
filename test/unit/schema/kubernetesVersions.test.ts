// The schema per targeted Kubernetes minor (docs/validation.md §11): the newest from kubernetes-models
// 5.1.0, older APIs as diffs from older releases, a target without a release of its own on the
// nearest older one. The fields and enum values used here are real differences between the packages.
import * as assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { createLanguageService } from '../../../src/core/service/languageService';
import { KUBERNETES_VERSIONS, type KubernetesVersion } from '../../../src/core/model/kubernetesVersion';
import { parseFile } from '../../../src/core/parse/parseFile';
import { ResourceIndex } from '../../../src/core/model/resourceIndex';
import { collectResources, type SourceFile } from '../../../src/core/check';
import { loadSchema, schemaApiFor } from '../../../src/core/schema/loadSchema';
import { WEB_EXAMPLE } from '../helpers';
import { findRule } from '../../../src/core/rules/index';
import { SCHEMA_RULE_ID } from '../../../src/core/engineIds';

const URI = 'file:///web.yaml';
/** WEB_EXAMPLE with pod spec `lines` added under `terminationGracePeriodSeconds` (six spaces). */
const withPodSpec = (lines: string) => WEB_EXAMPLE.replace('      terminationGracePeriodSeconds: 10\n', `      terminationGracePeriodSeconds: 10\n${lines}`);
const HOSTNAME_OVERRIDE = withPodSpec('      hostnameOverride: db\n');
const TOLERATION_GT = withPodSpec('      tolerations:\n      - key: gpu-count\n        operator: Gt\n        value: "2"\n        effect: NoSchedule\n');

/** The schema check alone: a dedicated rule (pod-toleration-invalid) would otherwise take over its findings. */
function schemaFindings(text: string, version: KubernetesVersion): { severity: string; message: string }[] {
  const service = createLanguageService({ kubernetesVersion: version, rules: [findRule(SCHEMA_RULE_ID)!] });
  const diagnostics = service.checkFiles([{ uri: URI, parsed: parseFile(text) }]).get(URI)!;
  return diagnostics.filter((d) => d.ruleId === 'k8s-schema').map((d) => ({ severity: d.severity, message: d.message }));
}

const schemaMessages = (text: string, version: KubernetesVersion) => schemaFindings(text, version).map((f) => f.message);

describe('the schema of the targeted Kubernetes version', () => {
  it('checks each target against the newest kubernetes-models API at or below it', () => {
    const apis = Object.fromEntries(KUBERNETES_VERSIONS.map((v) => [v, schemaApiFor(v)]));
    assert.deepEqual(apis, { '1.30': '1.27', '1.31': '1.27', '1.32': '1.27', '1.33': '1.33', '1.34': '1.33', '1.35': '1.33', '1.36': '1.36' });
    assert.equal(loadSchema().kubernetesVersion, '1.36');
    assert.deepEqual(loadSchema('1.34').source, { 'kubernetes-models': '4.5.1', '@kubernetes-models/apimachinery': loadSchema('1.34').source['@kubernetes-models/apimachinery'] });
  });

  it('builds an older API once and shares it between the targets that use it', () => {
    assert.equal(loadSchema('1.34'), loadSchema('1.35'));
    assert.notEqual(loadSchema('1.33'), loadSchema('1.36'));
  });

  it('reports PodSpec.hostnameOverride (added after the 1.33 API) as an unknown field for a 1.33 target, not for 1.36', () => {
    assert.deepEqual(schemaMessages(HOSTNAME_OVERRIDE, '1.33'), ['unknown field "spec.template.spec.hostnameOverride"']);
    assert.deepEqual(schemaMessages(HOSTNAME_OVERRIDE, '1.36'), []);
  });

  it('accepts the toleration operator Gt only in the 1.36 API (enum values differ per minor)', () => {
    assert.deepEqual(schemaMessages(TOLERATION_GT, '1.36'), []);
    assert.deepEqual(schemaMessages(TOLERATION_GT, '1.33'), [
      'spec.template.spec.tolerations[0].operator: Unsupported value: "Gt": supported values: "Equal", "Exists"',
    ]);
  });

  it('warns instead of refusing where a target between two APIs may have what only the newer one has', () => {
    const sidecar = withPodSpec('      initContainers:\n      - name: proxy\n        image: envoy\n        restartPolicy: Always\n');
    assert.deepEqual(schemaFindings(sidecar, '1.30'), [
      {
        severity: 'warning',
        message:
          'field "spec.template.spec.initContainers[0].restartPolicy" is not in the Kubernetes 1.27 API but is in 1.33: the checker has no API of 1.30 itself, so make sure your 1.30 clusters have it',
      },
    ]);
    assert.deepEqual(schemaFindings(sidecar, '1.33'), []);
    assert.deepEqual(schemaFindings(TOLERATION_GT, '1.35'), [
      {
        severity: 'warning',
        message:
          'spec.template.spec.tolerations[0].operator: "Gt" is not a supported value in the Kubernetes 1.33 API but is in 1.36: the checker has no API of 1.35 itself, so make sure your 1.35 clusters accept it',
      },
    ]);
    // A field no API has stays an unknown field (an error) on every target.
    assert.deepEqual(schemaFindings(withPodSpec('      hostnameOverrid: db\n'), '1.31').map((f) => f.severity), ['error']);
  });

  it('ships one diff file per older API and nothing else beside the newest schema', () => {
    const generated = path.join(__dirname, '../../../../src/core/schema/generated');
    const diffs = readdirSync(generated).filter((f) => f.endsWith('.diff.json')).sort();
    assert.deepEqual(diffs, ['schema-1.27.diff.json', 'schema-1.33.diff.json']);
  });
});

describe('LanguageServiceOptions.kubernetesVersion', () => {
  const file: SourceFile = { uri: URI, parsed: parseFile(HOSTNAME_OVERRIDE) };
  const unknownFields = (service: ReturnType<typeof createLanguageService>) =>
    service.check(file, new ResourceIndex(collectResources([file]))).filter((d) => d.ruleId === 'k8s-schema').length;

  it('asks a version function on every call, so a changed setting applies to the same parse without a new service', () => {
    let setting: KubernetesVersion = '1.36';
    const service = createLanguageService({ kubernetesVersion: () => setting });
    assert.equal(unknownFields(service), 0);
    setting = '1.33';
    assert.equal(service.kubernetesVersion, '1.33');
    assert.equal(unknownFields(service), 1);
    setting = '1.36';
    assert.equal(unknownFields(service), 0);
  });

  it('lets a call name its own version over the service one', () => {
    const service = createLanguageService({ kubernetesVersion: '1.36' });
    const diagnostics = service.checkFiles([file], { kubernetesVersion: '1.34' }).get(URI)!;
    assert.deepEqual(diagnostics.filter((d) => d.ruleId === 'k8s-schema').map((d) => d.path), ['spec.template.spec.hostnameOverride']);
  });

  it('shows the target API in hovers and explain, naming the nearest API where the target has none', () => {
    const service = createLanguageService({ kubernetesVersion: '1.35' });
    const index = new ResourceIndex(collectResources([file]));
    const hover = service.hover(file, HOSTNAME_OVERRIDE.indexOf('terminationGracePeriodSeconds') + 2, index);
    assert.ok(hover?.markdown.includes('*Kubernetes 1.33 API, the nearest the checker has to the targeted 1.35*'), hover?.markdown);
    // A field the targeted API lacks: the hover says so rather than describing it as the target's.
    assert.ok(service.hover(file, HOSTNAME_OVERRIDE.indexOf('hostnameOverride') + 2, index)?.markdown.includes('**Not in the Kubernetes 1.33 API, the nearest the checker has to the targeted 1.35; the Kubernetes 1.36 API has this field**'));
    assert.equal(service.explain('StatefulSet', 'spec.template.spec.hostnameOverride'), undefined);
    assert.ok(createLanguageService().explain('StatefulSet', 'spec.template.spec.hostnameOverride'));
    assert.ok(!service.childFields('StatefulSet', 'spec.template.spec').some((f) => f.name === 'hostnameOverride'));
  });

  it("completes only the fields of the target's API", () => {
    const text = withPodSpec('      host\n');
    const typed: SourceFile = { uri: URI, parsed: parseFile(text) };
    const index = new ResourceIndex(collectResources([typed]));
    const offered = (version: KubernetesVersion) =>
      createLanguageService({ kubernetesVersion: version }).complete(typed, text.indexOf('      host\n') + 10, index).map((item) => item.label);
    assert.ok(offered('1.36').includes('hostnameOverride'), offered('1.36').join(' '));
    assert.ok(offered('1.33').includes('hostNetwork') && !offered('1.33').includes('hostnameOverride'), offered('1.33').join(' '));
  });
});
