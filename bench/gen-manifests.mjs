#!/usr/bin/env node
// Deterministic (seeded) generator of realistic multi-document Kubernetes manifests, used by
// `npm run bench` (bench/languageService.ts). Brought into the repository from the research tools the
// team measured the `yaml` parser with, so the benchmark needs nothing outside the repository.
// Unchanged apart from this header and envBlock's unused `ns` parameter renamed `_ns` for the linter:
// seed 42 gives the same text as the benchmark figures in the README were measured on.
//
//   node bench/gen-manifests.mjs --lines 10000 [--seed 42] [--defects 0.02] > out.yaml
//   node bench/gen-manifests.mjs --resources 500 [--seed 42] > out.yaml
//
// Output is a stream of "app groups" until the target line count (or resource count) is reached:
//   * stateful app: headless Service (clusterIP: None) + StatefulSet (1-3 volumeClaimTemplates,
//     optional initContainer, probes, env, resources) + sometimes a client Service, a ConfigMap
//     (with a block-scalar config file) and a PodDisruptionBudget
//   * stateless app: Deployment + Service + sometimes a ConfigMap
// Comments appear at document and field level; a YAML anchor/alias pair (&res / *res for
// container resources, &labels / *labels for labels) is used in ~15% of workloads.
// With --defects p (default 0), each StatefulSet independently gets one cross-resource defect
// with probability p (serviceName without Service, non-headless governing Service, selector that
// does not match template labels, volumeMount without volume/volumeClaimTemplate). Defects keep
// the document schema-valid. A summary of injected defects is written to stderr.
import process from 'node:process';

function parseArgs(argv) {
  const o = { lines: 0, resources: 0, seed: 42, defects: 0 };
  for (let i = 2; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[i + 1];
    if (a === '--lines') { o.lines = Number(v); i++; }
    else if (a === '--resources') { o.resources = Number(v); i++; }
    else if (a === '--seed') { o.seed = Number(v); i++; }
    else if (a === '--defects') { o.defects = Number(v); i++; }
    else throw new Error(`unknown argument ${a}`);
  }
  if (!o.lines && !o.resources) o.lines = 1000;
  return o;
}

// mulberry32
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const opts = parseArgs(process.argv);
const rand = rng(opts.seed);
const pick = (arr) => arr[Math.floor(rand() * arr.length)];
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const chance = (p) => rand() < p;

const WORDS = ['orders', 'billing', 'search', 'catalog', 'ledger', 'audit', 'events', 'session', 'profile', 'inventory',
  'metrics', 'reports', 'payments', 'shipping', 'identity', 'gateway', 'notify', 'cache', 'stream', 'archive'];
const STATEFUL = [
  { kind: 'postgres', image: 'postgres:16.3', port: 5432, portName: 'postgres', mount: '/var/lib/postgresql/data' },
  { kind: 'redis', image: 'redis:7.2.5', port: 6379, portName: 'redis', mount: '/data' },
  { kind: 'kafka', image: 'apache/kafka:3.7.0', port: 9092, portName: 'broker', mount: '/var/lib/kafka/data' },
  { kind: 'zookeeper', image: 'zookeeper:3.9.2', port: 2181, portName: 'client', mount: '/data' },
  { kind: 'etcd', image: 'quay.io/coreos/etcd:v3.5.14', port: 2379, portName: 'client', mount: '/var/run/etcd' },
  { kind: 'mongo', image: 'mongo:7.0.11', port: 27017, portName: 'mongo', mount: '/data/db' },
  { kind: 'elasticsearch', image: 'docker.elastic.co/elasticsearch/elasticsearch:8.14.1', port: 9200, portName: 'http', mount: '/usr/share/elasticsearch/data' },
];
const STATELESS_IMAGES = ['nginx:1.27.0', 'ghcr.io/acme/api:2.14.3', 'ghcr.io/acme/worker:2.14.3', 'registry.k8s.io/echoserver:1.10', 'envoyproxy/envoy:v1.30.2'];
const STORAGE_CLASSES = ['standard', 'fast-ssd', 'gp3', 'premium-rwo'];

let out = [];
let lineCount = 0;
let resourceCount = 0;
let uid = 0;
const defectLog = {};

function emit(doc) {
  const text = doc.join('\n');
  out.push(text);
  lineCount += doc.length + 1; // + '---'
  resourceCount++;
}

function labelsBlock(indent, labels) {
  const pad = ' '.repeat(indent);
  return Object.entries(labels).map(([k, v]) => `${pad}${k}: ${v}`);
}

function resourcesBlock(indent, anchor) {
  const pad = ' '.repeat(indent);
  const cpu = pick(['100m', '250m', '500m', '1', '2']);
  const mem = pick(['128Mi', '256Mi', '512Mi', '1Gi', '2Gi', '4Gi']);
  const lines = [`${pad}resources:${anchor ? ' &res' : ''}`, `${pad}  requests:`, `${pad}    cpu: ${cpu}`, `${pad}    memory: ${mem}`];
  if (chance(0.7)) lines.push(`${pad}  limits:`, `${pad}    memory: ${mem}`);
  return lines;
}

function probe(indent, name, portName, path) {
  const pad = ' '.repeat(indent);
  const l = [`${pad}${name}:`];
  if (path) l.push(`${pad}  httpGet:`, `${pad}    path: ${path}`, `${pad}    port: ${portName}`);
  else l.push(`${pad}  tcpSocket:`, `${pad}    port: ${portName}`);
  l.push(`${pad}  initialDelaySeconds: ${int(5, 30)}`, `${pad}  periodSeconds: ${pick([5, 10, 15])}`);
  if (chance(0.5)) l.push(`${pad}  failureThreshold: ${int(3, 6)}`);
  return l;
}

function envBlock(indent, app, _ns) {
  const pad = ' '.repeat(indent);
  const l = [`${pad}env:`];
  const n = int(1, 5);
  for (let i = 0; i < n; i++) {
    const r = rand();
    if (r < 0.5) l.push(`${pad}- name: ${pick(['LOG_LEVEL', 'MAX_CONNECTIONS', 'CLUSTER_NAME', 'REPLICATION_MODE', 'TZ'])}_${i}`, `${pad}  value: "${pick(['info', '200', app, 'async', 'UTC'])}"`);
    else if (r < 0.8) l.push(`${pad}- name: POD_NAME_${i}`, `${pad}  valueFrom:`, `${pad}    fieldRef:`, `${pad}      fieldPath: metadata.name`);
    else l.push(`${pad}- name: PASSWORD_${i}`, `${pad}  valueFrom:`, `${pad}    secretKeyRef:`, `${pad}      name: ${app}-credentials`, `${pad}      key: password`);
  }
  return l;
}

function configMap(name, ns, app) {
  const doc = [];
  if (chance(0.3)) doc.push(`# Configuration for ${app}`);
  doc.push('apiVersion: v1', 'kind: ConfigMap', 'metadata:', `  name: ${name}`, `  namespace: ${ns}`, '  labels:', `    app.kubernetes.io/name: ${app}`, 'data:');
  doc.push(`  app.properties: |`);
  const n = int(4, 14);
  for (let i = 0; i < n; i++) doc.push(`    ${pick(['max', 'min', 'timeout', 'buffer', 'pool', 'retry'])}.${pick(['size', 'ms', 'count', 'bytes'])}.${i}=${int(1, 9999)}`);
  doc.push(`  LOG_FORMAT: "${pick(['json', 'text'])}"`, `  FEATURE_FLAGS: "${pick(['a,b', 'b', 'a,c,d'])}"`);
  return doc;
}

function service(name, ns, app, port, portName, headless, extraPorts = []) {
  const doc = [];
  if (headless && chance(0.4)) doc.push('# Headless service for stable network identities of the StatefulSet pods');
  doc.push('apiVersion: v1', 'kind: Service', 'metadata:', `  name: ${name}`, `  namespace: ${ns}`, '  labels:', `    app.kubernetes.io/name: ${app}`, 'spec:');
  if (headless) doc.push('  clusterIP: None');
  if (headless && chance(0.5)) doc.push('  publishNotReadyAddresses: true');
  doc.push('  selector:', `    app.kubernetes.io/name: ${app}`, '  ports:', `  - name: ${portName}`, `    port: ${port}`, `    targetPort: ${portName}`);
  for (const [p, n] of extraPorts) doc.push(`  - name: ${n}`, `    port: ${p}`);
  return doc;
}

function statefulApp() {
  const t = pick(STATEFUL);
  const ns = pick(['default', 'data', 'platform', 'team-a', 'team-b']);
  const app = `${pick(WORDS)}-${t.kind}-${uid++}`;
  const headlessName = `${app}-headless`;
  const useAnchor = chance(0.15);
  const defect = opts.defects > 0 && chance(opts.defects) ? pick(['missing-service', 'non-headless', 'selector-mismatch', 'mount-without-volume']) : null;
  if (defect) defectLog[defect] = (defectLog[defect] || 0) + 1;

  if (defect !== 'missing-service') emit(service(headlessName, ns, app, t.port, t.portName, defect !== 'non-headless'));
  if (chance(0.5)) emit(service(app, ns, app, t.port, t.portName, false));
  const hasCm = chance(0.5);
  if (hasCm) emit(configMap(`${app}-config`, ns, app));

  const vcts = ['data'];
  if (chance(0.3)) vcts.push('wal');
  if (chance(0.1)) vcts.push('backup');
  const doc = [];
  if (chance(0.5)) doc.push(`# ${t.kind} cluster for the ${app.split('-')[0]} domain`);
  doc.push('apiVersion: apps/v1', 'kind: StatefulSet', 'metadata:', `  name: ${app}`, `  namespace: ${ns}`);
  doc.push(`  labels:${useAnchor ? ' &labels' : ''}`, ...labelsBlock(4, { 'app.kubernetes.io/name': app, 'app.kubernetes.io/component': t.kind, 'app.kubernetes.io/part-of': app.split('-')[0] }));
  if (chance(0.3)) doc.push('  annotations:', `    example.com/owner: "team-${pick(['a', 'b', 'c'])}"`);
  doc.push('spec:', `  serviceName: ${headlessName}`, `  replicas: ${pick([1, 3, 3, 5])}`);
  if (chance(0.3)) doc.push(`  podManagementPolicy: ${pick(['OrderedReady', 'Parallel'])}`);
  if (chance(0.3)) doc.push('  updateStrategy:', '    type: RollingUpdate');
  doc.push('  selector:', '    matchLabels:', `      app.kubernetes.io/name: ${defect === 'selector-mismatch' ? app + '-x' : app}`);
  doc.push('  template:', '    metadata:');
  if (useAnchor) doc.push('      labels: *labels');
  else doc.push('      labels:', `        app.kubernetes.io/name: ${app}`, `        app.kubernetes.io/component: ${t.kind}`);
  if (chance(0.3)) doc.push('      annotations:', `        checksum/config: "${(rand() * 1e16).toString(16)}"`);
  doc.push('    spec:');
  if (chance(0.4)) doc.push(`      terminationGracePeriodSeconds: ${pick([30, 60, 120])}`);
  if (chance(0.5)) doc.push('      securityContext:', `        fsGroup: ${pick([999, 1000, 1001])}`, `        runAsUser: ${pick([999, 1000, 1001])}`);
  const volumes = [];
  if (hasCm) volumes.push(['config', `${app}-config`]);
  if (chance(0.4)) {
    doc.push('      initContainers:', '      - name: init-permissions', '        image: busybox:1.36', '        command: ["sh", "-c", "chown -R 1000:1000 ' + t.mount + '"]', '        volumeMounts:', '        - name: data', `          mountPath: ${t.mount}`);
  }
  doc.push('      containers:', `      - name: ${t.kind}`, `        image: ${t.image}`, `        imagePullPolicy: ${pick(['IfNotPresent', 'Always'])}`);
  doc.push('        ports:', `        - name: ${t.portName}`, `          containerPort: ${t.port}`);
  if (chance(0.3)) doc.push('        - name: metrics', `          containerPort: ${int(9100, 9400)}`);
  doc.push(...envBlock(8, app, ns));
  doc.push(...resourcesBlock(8, useAnchor));
  doc.push(...probe(8, 'readinessProbe', t.portName, chance(0.3) ? '/healthz' : null));
  if (chance(0.6)) doc.push(...probe(8, 'livenessProbe', t.portName, null));
  doc.push('        volumeMounts:');
  for (const v of vcts) doc.push(`        - name: ${v}`, `          mountPath: ${v === 'data' ? t.mount : '/var/lib/' + v}`);
  if (hasCm) doc.push('        - name: config', '          mountPath: /etc/app', '          readOnly: true');
  if (defect === 'mount-without-volume') doc.push('        - name: scratch', '          mountPath: /scratch');
  if (chance(0.3)) {
    // metrics sidecar, sharing the anchored resources when present
    doc.push('      - name: exporter', `        image: quay.io/prometheus/${t.kind}-exporter:v0.15.0`, '        ports:', '        - name: exporter', '          containerPort: 9187');
    if (useAnchor) doc.push('        resources: *res');
    else doc.push(...resourcesBlock(8, false));
  }
  if (volumes.length) {
    doc.push('      volumes:');
    for (const [n, cm] of volumes) doc.push(`      - name: ${n}`, '        configMap:', `          name: ${cm}`);
  }
  doc.push('  volumeClaimTemplates:');
  for (const v of vcts) {
    doc.push('  - metadata:', `      name: ${v}`, '    spec:', `      accessModes: [ "ReadWriteOnce" ]`);
    if (chance(0.7)) doc.push(`      storageClassName: ${pick(STORAGE_CLASSES)}`);
    doc.push('      resources:', '        requests:', `          storage: ${pick(['1Gi', '10Gi', '20Gi', '100Gi'])}`);
  }
  emit(doc);
  if (chance(0.3)) {
    emit(['apiVersion: policy/v1', 'kind: PodDisruptionBudget', 'metadata:', `  name: ${app}`, `  namespace: ${ns}`, 'spec:', '  maxUnavailable: 1', '  selector:', '    matchLabels:', `      app.kubernetes.io/name: ${app}`]);
  }
}

function statelessApp() {
  const ns = pick(['default', 'web', 'platform', 'team-a', 'team-b']);
  const app = `${pick(WORDS)}-${pick(['api', 'web', 'worker', 'proxy'])}-${uid++}`;
  const port = pick([8080, 8443, 3000, 9000]);
  const hasCm = chance(0.4);
  if (hasCm) emit(configMap(`${app}-config`, ns, app));
  const doc = [];
  if (chance(0.3)) doc.push(`# ${app} deployment`);
  doc.push('apiVersion: apps/v1', 'kind: Deployment', 'metadata:', `  name: ${app}`, `  namespace: ${ns}`, '  labels:', `    app.kubernetes.io/name: ${app}`);
  doc.push('spec:', `  replicas: ${int(1, 6)}`, '  selector:', '    matchLabels:', `      app.kubernetes.io/name: ${app}`);
  if (chance(0.4)) doc.push('  strategy:', '    type: RollingUpdate', '    rollingUpdate:', '      maxSurge: 25%', '      maxUnavailable: 0');
  doc.push('  template:', '    metadata:', '      labels:', `        app.kubernetes.io/name: ${app}`, '    spec:');
  doc.push('      containers:', '      - name: app', `        image: ${pick(STATELESS_IMAGES)}`);
  if (chance(0.5)) doc.push('        args:', `        - --port=${port}`, `        - --log-level=${pick(['info', 'debug', 'warn'])}`);
  doc.push('        ports:', '        - name: http', `          containerPort: ${port}`);
  doc.push(...envBlock(8, app, ns));
  doc.push(...resourcesBlock(8, false));
  doc.push(...probe(8, 'readinessProbe', 'http', '/ready'));
  if (hasCm) doc.push('        volumeMounts:', '        - name: config', '          mountPath: /etc/app', '      volumes:', '      - name: config', '        configMap:', `          name: ${app}-config`);
  emit(doc);
  emit(service(app, ns, app, 80, 'http', false).map((l) => l.replace('targetPort: http', `targetPort: ${port}`)));
}

function done() {
  if (opts.resources) return resourceCount >= opts.resources;
  return lineCount >= opts.lines;
}

while (!done()) {
  if (chance(0.6)) statefulApp();
  else statelessApp();
}

process.stdout.write('---\n' + out.join('\n---\n') + '\n');
process.stderr.write(JSON.stringify({ seed: opts.seed, lines: lineCount, resources: resourceCount, defects: defectLog }) + '\n');
