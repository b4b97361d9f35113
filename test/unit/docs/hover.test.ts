import * as assert from 'node:assert/strict';
import { hoverAt, ruleDocsMarkdown, type Hover } from '../../../src/core/docs/hover';
import type { KubernetesVersion } from '../../../src/core/model/kubernetesVersion';
import { WEB_EXAMPLE } from '../helpers';
import { caretFixture, HEADLESS_NGINX, renderMarkdown, STS_HEAD } from './hoverHelpers';

/** The hover at the `|` of `source`, with `others` as more workspace files. */
function hover(source: string, others: Record<string, string> = {}): Hover | undefined {
  const { file, index, caret } = caretFixture(source, others);
  return hoverAt(file, caret, index);
}

/** The hover's sections: the field docs first, then what we add. */
function sections(source: string, others: Record<string, string> = {}): string[] {
  const found = hover(source, others);
  assert.ok(found, 'no hover');
  return found.markdown.split('\n\n---\n\n');
}

/** WEB_EXAMPLE with the caret put just before the first occurrence of `needle`. */
function inWeb(needle: string, text = WEB_EXAMPLE): string {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, needle);
  return `${text.slice(0, at)}|${text.slice(at)}`;
}

const POD_TEMPLATE = '  template:\n    metadata:\n      labels:\n        app: nginx\n    spec:\n      containers:\n      - name: nginx\n        image: nginx\n';

describe('hoverAt', () => {
  it('shows type, description and API version of a plain field, and nothing of ours', () => {
    const found = hover(inWeb('terminationGracePeriodSeconds'))!;
    const [head, description, footer, ...rest] = found.markdown.split('\n\n');
    assert.equal(head, '**terminationGracePeriodSeconds** `integer`');
    assert.match(description, /^Optional duration in seconds the pod needs to terminate gracefully\./);
    assert.equal(footer, '*Kubernetes 1.36 API* · `spec.template.spec.terminationGracePeriodSeconds`');
    assert.deepEqual(rest, []);
    const start = WEB_EXAMPLE.indexOf('terminationGracePeriodSeconds');
    assert.deepEqual(found.range, { start: start + '#caret\n'.length, end: start + '#caret\n'.length + 'terminationGracePeriodSeconds'.length });
  });

  it('describes a key inside containers[0] with its indexed path and enum values', () => {
    const text = `${STS_HEAD}${POD_TEMPLATE}        imagePull|Policy: IfNotPresent\n`;
    const [field] = sections(text);
    assert.match(field, /^\*\*imagePullPolicy\*\* `string`\n\nImage pull policy\./);
    assert.ok(field.includes('Values: `Always` · `IfNotPresent` · `Never`'), field);
    assert.ok(field.endsWith('*Kubernetes 1.36 API* · `spec.template.spec.containers[0].imagePullPolicy`'), field);
  });

  it('describes a label key with a dotted name by its map', () => {
    const [field] = sections(`${STS_HEAD}  template:\n    metadata:\n      labels:\n        app.kubernetes.io/na|me: web\n`);
    // The key is user text, escaped: it renders as written.
    assert.ok(renderMarkdown(field).startsWith('<p><strong>app.kubernetes.io/name</strong> <code>string</code></p>\n<p>Map of string keys and values'), field);
    assert.ok(field.endsWith('`spec.template.metadata.labels.app.kubernetes.io/name`'), field);
  });

  it('marks required fields', () => {
    const [field] = sections(`${STS_HEAD}${POD_TEMPLATE}      - na|me: sidecar\n`);
    assert.ok(field.startsWith('**name** `string` · required'), field);
    assert.ok(field.endsWith('`spec.template.spec.containers[1].name`'), field);
  });

  it('resolves serviceName to the headless Service and lists the pod DNS names', () => {
    const [, service, dns] = sections(inWeb('serviceName'));
    assert.equal(service, 'Governing Service: `nginx` in namespace `default` (this file): headless, and its selector selects the pod template labels.');
    assert.equal(
      dns,
      [
        'Pod DNS names, under `nginx.default.svc.cluster.local` (`cluster.local` is the default cluster domain):',
        '',
        '- `web-0.nginx.default.svc.cluster.local`',
        '- `web-1.nginx.default.svc.cluster.local`',
        '',
        "A pod's name resolves once the pod is Ready, unless the Service sets `publishNotReadyAddresses: true`.",
      ].join('\n'),
    );
  });

  it('gives the same serviceName hover on the value, over the value', () => {
    const { file, index, caret, text } = caretFixture(inWeb('nginx"\n  replicas'));
    const found = hoverAt(file, caret, index)!;
    assert.ok(found.markdown.includes('Governing Service: `nginx`'));
    assert.equal(text.slice(found.range.start, found.range.end), '"nginx"');
  });

  it('elides the DNS names of a large StatefulSet after four, keeping the last', () => {
    const text = `${STS_HEAD}  service|Name: nginx\n  replicas: 300\n${POD_TEMPLATE}`;
    const dns = sections(text, { 'file:///work/svc.yaml': HEADLESS_NGINX })[2].split('\n').filter((l) => l.startsWith('- '));
    assert.deepEqual(dns, [
      '- `web-0.nginx.default.svc.cluster.local`',
      '- `web-1.nginx.default.svc.cluster.local`',
      '- `web-2.nginx.default.svc.cluster.local`',
      '- `web-3.nginx.default.svc.cluster.local`',
      '- …',
      '- `web-299.nginx.default.svc.cluster.local`',
    ]);
  });

  it('says why a Service in another file does not qualify', () => {
    const svc = HEADLESS_NGINX.replace('  clusterIP: None\n', '').replace('app: nginx', 'app: other');
    const [, service, dns] = sections(`${STS_HEAD}  serviceName: ng|inx\n${POD_TEMPLATE}`, { 'file:///work/svc.yaml': svc });
    assert.equal(
      service,
      [
        'Service `nginx` in namespace `default` (`svc.yaml`) does not qualify as the governing Service:',
        '- it is not headless: it needs `clusterIP: None` (a live Service has to be re-created for that).',
        '- its selector `app=other` does not select the pod template labels `app=nginx`.',
      ].join('\n'),
    );
    assert.ok(dns.startsWith('Pod DNS names once a qualifying Service exists, under `nginx.default.svc.cluster.local`'), dns);
  });

  it('says when the Service is missing, or only in another namespace', () => {
    const text = `${STS_HEAD}  |serviceName: nginx\n${POD_TEMPLATE}`;
    assert.equal(sections(text)[1], 'No Service `nginx` in namespace `default` among the YAML files of the workspace.');
    const elsewhere = HEADLESS_NGINX.replace('  name: nginx\n', '  name: nginx\n  namespace: db\n');
    assert.equal(
      sections(text, { 'file:///work/svc.yaml': elsewhere })[1],
      "No Service `nginx` in namespace `default`; there is one in `db`, but the governing Service must be in the StatefulSet's namespace.",
    );
  });

  it('lists the pod names on replicas and on ordinals.start', () => {
    assert.equal(sections(inWeb('replicas'))[1], '2 pods: `web-0` and `web-1`');
    const text = `${STS_HEAD}  replicas: 3\n  ordinals:\n    sta|rt: 5\n`;
    assert.equal(sections(text)[1], '3 pods: `web-5`, `web-6` and `web-7`');
    assert.equal(sections(`${STS_HEAD}  replicas|: 0\n`)[1], 'No pods (replicas 0).');
  });

  it('lists the PVC names on a claim template name and on its list item', () => {
    const expected = 'Claim template `www` gives each pod its own PVC, created before the pod and kept when the pod is recreated: `www-web-0` and `www-web-1`';
    assert.equal(sections(inWeb('www\n    spec'))[1], expected);
    assert.equal(sections(inWeb('- metadata:\n      name: www'))[1], expected);
  });

  it('says which pods a partition updates and which it keeps', () => {
    const text = `${STS_HEAD}  replicas: 5\n  updateStrategy:\n    rollingUpdate:\n      parti|tion: 2\n`;
    assert.equal(
      sections(text)[1],
      '`web-2`, `web-3` and `web-4` are updated; `web-0` and `web-1` stay at the current revision, and are recreated at it if deleted.',
    );
    const one = `${STS_HEAD}  replicas: 2\n  ordinals:\n    start: 1\n  updateStrategy:\n    rollingUpdate:\n      parti|tion: 1\n`;
    assert.equal(
      sections(one)[1],
      '`web-2` is updated; `web-1` stays at the current revision, and is recreated at it if deleted. The partition counts pod indices from `ordinals.start` (1), not ordinals: the lowest pod updated is `web-2`.',
    );
    const none = `${STS_HEAD}  replicas: 3\n  updateStrategy:\n    rollingUpdate:\n      partition: |3\n`;
    assert.equal(sections(none)[1], 'Partition 3 ≥ replicas 3: no pod is updated; every pod stays at the current revision (allowed, e.g. to stage an update).');
  });

  it('explains maxUnavailable with its rounding and feature gate', () => {
    const text = `${STS_HEAD}  replicas: 5\n  updateStrategy:\n    rollingUpdate:\n      maxUnavail|able: 50%\n`;
    const [, budget, gate] = sections(text);
    assert.ok(budget.includes('so that at most 2 pods are unavailable at once'), budget);
    assert.ok(budget.includes('`50%` of 5 replicas is 2: the controller rounds a percentage down'), budget);
    assert.ok(gate.startsWith('Needs the `MaxUnavailableStatefulSet` feature gate'), gate);
  });

  it('explains the pod management policy, update strategy and minReadySeconds for their values', () => {
    assert.ok(sections(`${STS_HEAD}  podManagementPolicy: Para|llel\n`)[1].startsWith('`Parallel`: all missing pods are created at once'));
    const ordered = sections(`${STS_HEAD}  minReadySeconds: 10\n  podManagementPolicy: |OrderedReady\n`)[1];
    assert.ok(ordered.includes('(`web-0` first), each only once every lower pod is Running, Ready and available (Ready for 10 s, `minReadySeconds`).'), ordered);
    assert.ok(sections(`${STS_HEAD}  updateStrategy:\n    ty|pe: OnDelete\n`)[1].startsWith('`OnDelete`: the controller never deletes pods'));
    assert.ok(sections(`${STS_HEAD}  minReady|Seconds: 30\n`)[1].startsWith('A pod counts as available 30 s after it became Ready.'));
  });

  it('explains the PVC retention policy with the claim names', () => {
    const claims = '  volumeClaimTemplates:\n  - metadata:\n      name: data\n';
    const text = `${STS_HEAD}  replicas: 2\n  persistentVolumeClaimRetentionPolicy:\n    whenScal|ed: Delete\n${claims}`;
    assert.equal(
      sections(text)[1],
      '`whenScaled: Delete` — claims of pods removed by scale-down are deleted after the pod. Pods deleted for any other reason (update, eviction, manual delete) keep their claims. Scaling back up before an old claim is gone waits for it, then creates a new, empty one. PVCs of this StatefulSet: `data-web-0` and `data-web-1`.',
    );
    const both = sections(`${STS_HEAD}  persistentVolumeClaim|RetentionPolicy:\n    whenDeleted: Delete\n`);
    assert.equal(both.length, 3);
    assert.ok(both[1].startsWith('`whenDeleted: Delete` — when the StatefulSet is deleted, the garbage collector deletes its PVCs'));
    assert.ok(both[2].endsWith('This StatefulSet has no claim templates, so the policy has nothing to act on.'));
  });

  it('names the StatefulSets a Service governs on its name', () => {
    const sts = `${STS_HEAD}  serviceName: nginx\n${POD_TEMPLATE}`;
    const text = HEADLESS_NGINX.replace('name: nginx', 'name: ngi|nx');
    assert.equal(sections(text, { 'file:///work/sts.yaml': sts })[1], 'Governing Service of StatefulSet `web` (`sts.yaml`).');
  });

  it('gives no hover for unknown fields, other kinds and places without a field', () => {
    assert.equal(hover(`${STS_HEAD}  replicaz|: 2\n`), undefined);
    assert.equal(hover('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  na|me: x\n'), undefined);
    assert.equal(hover(`${STS_HEAD}  replicas: 2\n |\n`), undefined);
  });
});

describe('ruleDocsMarkdown', () => {
  it("shows a rule's summary, fix and links", () => {
    const text = ruleDocsMarkdown('sts-service-not-headless', 'https://example.test/README.md#sts-service-not-headless')!;
    const [head, fix, links] = text.split('\n\n');
    assert.ok(head.startsWith('**`sts-service-not-headless`** — '), head);
    assert.ok(fix.startsWith('**Fix:** '), fix);
    assert.ok(links.startsWith('[Rule documentation](https://example.test/README.md#sts-service-not-headless)'), links);
  });

  it('returns undefined for a code that is not a rule', () => {
    assert.equal(ruleDocsMarkdown('BAD_INDENT', 'x'), undefined);
  });
});

describe('hoverAt: the targeted Kubernetes version', () => {
  const HOST = `${STS_HEAD}  template:\n    spec:\n      hostNetwork: true\n      hostnameOverride: db\n      containers:\n      - {name: a, image: a}\n`;
  const at = (needle: string, version?: KubernetesVersion): string => {
    const { file, index, caret } = caretFixture(HOST.replace(needle, `|${needle}`));
    const found = hoverAt(file, caret, index, version);
    assert.ok(found, `no hover on ${needle} at ${version}`);
    return found.markdown;
  };

  it("describes a field in the targeted API's words, not the newest's", () => {
    const old = at('hostNetwork', '1.30');
    const newest = at('hostNetwork', '1.36');
    assert.ok(old.includes('If this option is set, the ports that will be used must be specified.'), old);
    assert.ok(!old.includes('When using HostNetwork you should specify ports'), old);
    assert.ok(newest.includes('When using HostNetwork you should specify ports'), newest);
    assert.ok(old.includes('*Kubernetes 1.27 API, the nearest the checker has to the targeted 1.30*'), old);
  });

  it('says that the targeted API has no such field, with the newest description, and names the API that has it', () => {
    const missing = at('hostnameOverride', '1.33');
    assert.ok(missing.startsWith('**hostnameOverride** `string`\n\n**Not in the Kubernetes 1.33 API; the Kubernetes 1.36 API has this field**\n\nHostnameOverride specifies'), missing);
    assert.ok(!missing.includes('*Kubernetes 1.36 API*'), missing);
    assert.ok(at('hostnameOverride', '1.35').includes('**Not in the Kubernetes 1.33 API, the nearest the checker has to the targeted 1.35; the Kubernetes 1.36 API has this field**'));
    assert.ok(!at('hostnameOverride', '1.36').includes('Not in the'));
  });

  it('still has no hover for a field that no API has', () => {
    const { file, index, caret } = caretFixture(HOST.replace('hostNetwork', '|hostNetworks'));
    assert.equal(hoverAt(file, caret, index, '1.33'), undefined);
  });
});
