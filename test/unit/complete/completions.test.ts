import * as assert from 'node:assert/strict';
import { completionsAt, type CompletionItem } from '../../../src/core/complete/completions';
import { caretFixture, HEADLESS_NGINX, STS_HEAD } from '../docs/hoverHelpers';

interface Result {
  readonly items: CompletionItem[];
  readonly caret: number;
  readonly text: string;
}

function complete(source: string, others: Record<string, string> = {}): Result {
  const { file, index, caret, text } = caretFixture(source, others);
  return { items: completionsAt(file, caret, index), caret, text };
}

function labels(source: string, others: Record<string, string> = {}): string[] {
  return complete(source, others).items.map((item) => item.label);
}

function item(result: Result, label: string): CompletionItem {
  const found = result.items.find((i) => i.label === label);
  assert.ok(found, `no ${label} among ${result.items.map((i) => i.label).join(', ')}`);
  return found;
}

/** Items in the order an editor shows them (sortText, else label). */
function sorted(items: readonly CompletionItem[]): string[] {
  return [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label)).map((i) => i.label);
}

const TEMPLATE = '  template:\n    metadata:\n      labels:\n        app: nginx\n';
const OTHER_HEADLESS = HEADLESS_NGINX.replace('name: nginx', 'name: alpha').replace('app: nginx', 'app: alpha');
const SERVICES = {
  'file:///work/svc.yaml': `${HEADLESS_NGINX}---\n${OTHER_HEADLESS}`,
  'file:///work/other.yaml': [
    HEADLESS_NGINX.replace('name: nginx', 'name: elsewhere').replace('  name: elsewhere\n', '  name: elsewhere\n  namespace: db\n'),
    HEADLESS_NGINX.replace('name: nginx', 'name: clustered').replace('  clusterIP: None\n', ''),
  ].join('---\n'),
};

describe('completionsAt: values', () => {
  it('offers headless Services of the namespace for serviceName, those selecting the pods first', () => {
    const result = complete(`${STS_HEAD}  serviceName: |\n${TEMPLATE}`, SERVICES);
    assert.deepEqual(sorted(result.items), ['nginx', 'alpha']);
    const nginx = item(result, 'nginx');
    assert.deepEqual(
      { insertText: nginx.insertText, detail: nginx.detail, range: nginx.range, preselect: nginx.preselect },
      { insertText: 'nginx', detail: 'headless Service in default, selects the pods', range: { start: result.caret, end: result.caret }, preselect: true },
    );
    assert.equal(item(result, 'alpha').detail, 'headless Service in default, does not select the pods');
  });

  it('adds the space after a bare colon at the end of the file', () => {
    const result = complete(`${STS_HEAD}${TEMPLATE}  serviceName:|`, SERVICES);
    assert.deepEqual(result.items.map((i) => i.insertText), [' nginx', ' alpha']);
  });

  it('replaces a partly typed value', () => {
    const result = complete(`${STS_HEAD}  serviceName: ng|\n${TEMPLATE}`, SERVICES);
    const { range } = item(result, 'nginx');
    assert.equal(result.text.slice(range.start, range.end), 'ng');
  });

  it('offers enum values from the schema', () => {
    assert.deepEqual(labels(`${STS_HEAD}  podManagementPolicy: |\n`), ['OrderedReady', 'Parallel']);
    assert.deepEqual(labels(`${STS_HEAD}  updateStrategy:\n    type: |\n`), ['OnDelete', 'RollingUpdate']);
    assert.deepEqual(labels(`${STS_HEAD}  template:\n    spec:\n      restartPolicy: |\n`), ['Always', 'Never', 'OnFailure']);
    const pod = `${STS_HEAD}  template:\n    spec:\n      containers:\n      - name: a\n`;
    assert.deepEqual(labels(`${pod}        imagePullPolicy: |\n`), ['Always', 'IfNotPresent', 'Never']);
    assert.deepEqual(labels(`${pod}        ports:\n        - containerPort: 80\n          protocol: |\n`), ['SCTP', 'TCP', 'UDP']);
    assert.deepEqual(labels('apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  type: |\n'), ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort']);
  });

  it('offers Retain and Delete for the retention policy, which the schema has no enum for', () => {
    const result = complete(`${STS_HEAD}  persistentVolumeClaimRetentionPolicy:\n    whenScaled: |\n`);
    assert.deepEqual(result.items.map((i) => [i.label, i.detail]), [['Retain', 'keep the PVCs'], ['Delete', 'delete the PVCs']]);
  });

  it('offers access modes in a block list item, an empty one and after a bare dash', () => {
    const claim = `${STS_HEAD}  volumeClaimTemplates:\n  - metadata:\n      name: www\n    spec:\n      accessModes:\n`;
    const modes = ['ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOnce', 'ReadWriteOncePod'];
    assert.deepEqual(labels(`${claim}      - |\n`), modes);
    const bare = complete(`${claim}      -|`);
    assert.deepEqual(bare.items.map((i) => i.insertText), modes.map((m) => ` ${m}`));
    assert.equal(bare.items[0].detail, 'string');
    assert.deepEqual(labels(`${STS_HEAD}  volumeClaimTemplates:\n  - spec:\n      accessModes: [|]\n`), modes);
  });

  it('offers claim templates, then volumes, for a volume mount name', () => {
    const text = [
      `${STS_HEAD}  template:\n    spec:\n      containers:\n      - name: a\n        volumeMounts:\n        - name: |\n`,
      '      volumes:\n      - name: config\n      - name: www\n',
      '  volumeClaimTemplates:\n  - metadata:\n      name: www\n',
    ].join('');
    const result = complete(text);
    assert.deepEqual(sorted(result.items), ['www', 'config']);
    assert.equal(item(result, 'www').detail, 'claim template (PVCs www-web-0, …)');
    assert.equal(item(result, 'config').detail, 'volume of the pod template');
  });

  it('offers the template label values for a selector key', () => {
    assert.deepEqual(labels(`${STS_HEAD}  selector:\n    matchLabels:\n      app: |\n${TEMPLATE}`), ['nginx']);
  });
});

describe('completionsAt: fields', () => {
  it('offers the fields of spec not yet present, required first, on a blank line', () => {
    const result = complete(`${STS_HEAD}  replicas: 1\n  |\n${TEMPLATE}`);
    const names = sorted(result.items);
    assert.deepEqual(names.slice(0, 2), ['selector', 'minReadySeconds']);
    assert.ok(!names.includes('replicas') && !names.includes('template') && !names.includes('status'), names.join(', '));
    assert.ok(names.includes('serviceName') && names.includes('volumeClaimTemplates'));
    const replicas = complete(`${STS_HEAD}  |\n`).items.find((i) => i.label === 'replicas')!;
    assert.deepEqual({ insertText: replicas.insertText, detail: replicas.detail }, { insertText: 'replicas: ', detail: 'integer' });
    assert.match(replicas.documentation ?? '', /^replicas is the desired number of replicas/);
  });

  it('opens objects and lists on the next line, indented from the key', () => {
    const result = complete(`${STS_HEAD}  |\n`);
    assert.equal(item(result, 'updateStrategy').insertText, 'updateStrategy:\n    ');
    assert.equal(item(result, 'volumeClaimTemplates').insertText, 'volumeClaimTemplates:\n  - ');
    assert.equal(item(result, 'selector').detail, 'LabelSelector · required');
  });

  it('replaces a partly typed key, with or without a colon yet', () => {
    const bare = complete(`${STS_HEAD}  repl|\n`);
    const replicas = item(bare, 'replicas');
    assert.equal(bare.text.slice(replicas.range.start, replicas.range.end), 'repl');
    assert.equal(replicas.insertText, 'replicas: ');
    const after = complete(`${STS_HEAD}  replicas: 1\n  serv|\n`);
    assert.equal(item(after, 'serviceName').insertText, 'serviceName: ');
    assert.ok(!after.items.some((i) => i.label === 'replicas'));
    const typed = complete(`${STS_HEAD}  servi|ce: web\n`);
    assert.equal(item(typed, 'serviceName').insertText, 'serviceName');
  });

  it('offers container fields in an empty list item, with nested lines under the item', () => {
    const result = complete(`${STS_HEAD}  template:\n    spec:\n      containers:\n      - |\n`);
    assert.equal(sorted(result.items)[0], 'name');
    assert.equal(item(result, 'name').detail, 'string · required');
    assert.equal(item(result, 'ports').insertText, 'ports:\n        - ');
    assert.equal(item(result, 'resources').insertText, 'resources:\n          ');
  });

  it('offers the remaining fields of containers[0] on the line after its first key', () => {
    const names = labels(`${STS_HEAD}  template:\n    spec:\n      containers:\n      - name: a\n        |\n`);
    assert.ok(names.includes('image') && names.includes('volumeMounts') && !names.includes('name'), names.join(', '));
  });

  it('offers a claim template snippet in an empty claim template item', () => {
    const result = complete(`${STS_HEAD}  volumeClaimTemplates:\n  - |\n`);
    const snippet = item(result, 'claim template');
    assert.equal(snippet.kind, 'snippet');
    assert.equal(
      snippet.insertText,
      'metadata:\n      name: ${1:data}\n    spec:\n      accessModes: [ "${2:ReadWriteOnce}" ]\n      resources:\n        requests:\n          storage: ${3:1Gi}$0',
    );
  });

  it('offers the template labels missing from matchLabels', () => {
    const result = complete(`${STS_HEAD}  selector:\n    matchLabels:\n      app: nginx\n      |\n${TEMPLATE.replace('app: nginx', 'app: nginx\n        tier: "1"')}`);
    assert.deepEqual(result.items.map((i) => [i.label, i.insertText, i.detail]), [['tier: "1"', 'tier: "1"', 'label of the pod template']]);
  });

  it("offers a Service's selector the template labels of the StatefulSets that name it", () => {
    const sts = `${STS_HEAD}  serviceName: nginx\n${TEMPLATE}`;
    const svc = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: nginx\nspec:\n  clusterIP: None\n  selector:\n    |\n';
    const result = complete(svc, { 'file:///work/sts.yaml': sts });
    assert.deepEqual(result.items.map((i) => [i.label, i.detail]), [['app: nginx', 'pod template label of StatefulSet web']]);
  });

  it('offers nothing in comments, in other kinds, or after a complete value', () => {
    assert.deepEqual(labels(`${STS_HEAD}  # |\n`), []);
    assert.deepEqual(labels('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n|\n'), []);
    assert.deepEqual(labels(`${STS_HEAD}  replicas: 3 |\n`), []);
  });
});

describe('completionsAt: inside kind: List items', () => {
  /** A List whose second item is a StatefulSet (indented two under `- `), with the caret in `body`. */
  const inList = (body: string) =>
    'apiVersion: v1\nkind: List\nitems:\n' +
    `- ${HEADLESS_NGINX.replace(/\n(?=.)/g, '\n  ')}` +
    '- apiVersion: apps/v1\n  kind: StatefulSet\n  metadata:\n    name: web\n  spec:\n' +
    body;

  it('offers the fields of the StatefulSet template, as for the item on its own', () => {
    const inside = labels(inList('    template:\n      spec:\n        containers:\n        - name: app\n          |\n'));
    const alone = labels(`${STS_HEAD}  template:\n    spec:\n      containers:\n      - name: app\n        |\n`);
    assert.ok(inside.includes('image') && inside.includes('readinessProbe'), inside.join(', '));
    assert.deepEqual(inside, alone);
  });

  it("offers enum values and the workspace's headless Services for an item's fields", () => {
    assert.deepEqual(labels(inList('    podManagementPolicy: |\n')), ['OrderedReady', 'Parallel']);
    assert.deepEqual(labels(inList('    serviceName: |\n    template:\n      metadata:\n        labels:\n          app: nginx\n')), ['nginx']);
  });

  it("offers the item's own top-level fields on a blank line of the item, and a Service's in a Service item", () => {
    assert.deepEqual(labels('apiVersion: v1\nkind: List\nitems:\n- apiVersion: apps/v1\n  kind: StatefulSet\n  |\n'), ['metadata', 'spec']);
    const svc = labels('apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Service\n  metadata:\n    name: db\n  spec:\n    |\n');
    assert.ok(svc.includes('clusterIP') && svc.includes('ports') && !svc.includes('serviceName'), svc.join(', '));
  });

  it('offers nothing on the List itself, whose fields are no StatefulSet or Service', () => {
    assert.deepEqual(labels('apiVersion: v1\nkind: List\n|\nitems:\n- apiVersion: apps/v1\n  kind: StatefulSet\n'), []);
  });
});
