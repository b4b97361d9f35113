// `statefulset-studio simulate` as users and tools run it (dist/cli.js, built before the tests).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

function run(args: string[], input?: string, nodeArgs: string[] = []) {
  // English whatever the machine's locale: these tests assert English text.
  const env = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C' };
  const result = spawnSync(process.execPath, [...nodeArgs, CLI, ...args], { cwd: ROOT, encoding: 'utf8', input, env, maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The docs' web StatefulSet and its headless Service, with another name and replica count. */
function webYaml(name: string, replicas: number): string {
  return `apiVersion: v1
kind: Service
metadata: {name: nginx}
spec: {clusterIP: None, selector: {app: nginx}}
---
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: ${name}}
spec: {serviceName: nginx, replicas: ${replicas}, selector: {matchLabels: {app: nginx}}, template: {metadata: {labels: {app: nginx}}, spec: {containers: [{name: nginx, image: nginx}]}}}
`;
}

const TWO_SETS = `apiVersion: apps/v1
kind: StatefulSet
metadata: {name: web}
spec: {serviceName: nginx, selector: {matchLabels: {app: web}}, template: {metadata: {labels: {app: web}}, spec: {containers: [{name: nginx, image: nginx}]}}}
---
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec: {serviceName: db, selector: {matchLabels: {app: db}}, template: {metadata: {labels: {app: db}}, spec: {containers: [{name: pg, image: postgres}]}}}
`;

describe('statefulset-studio simulate', () => {
  let dir: string;
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  };

  before(() => {
    assert.ok(fs.existsSync(CLI), 'dist/cli.js is missing: run `npm run build` first');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sss-simulate-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints the JSON contract: statefulset, namespace, events and the final pods, claims and status', () => {
    const { code, stdout, stderr } = run(['simulate', 'examples/web.yaml', '--format', 'json']);
    assert.equal(code, 0, stderr);
    assert.ok(stdout.startsWith('{\n  "statefulset": "web",\n'), 'two-space indented');
    const json = JSON.parse(stdout);
    assert.deepEqual(Object.keys(json), ['statefulset', 'namespace', 'events', 'final']);
    assert.deepEqual(Object.keys(json.final), ['pods', 'pvcs', 'status']);
    assert.equal(json.namespace, 'default');
    const at = (type: string, object: string) => json.events.findIndex((e: { type: string; object: string }) => e.type === type && e.object === object);
    assert.ok(at('PodReady', 'web-0') !== -1 && at('PodReady', 'web-0') < at('PodCreated', 'web-1'), 'web-0 is Ready before web-1 is created');
    assert.deepEqual(json.final.pods.map((p: { name: string }) => p.name), ['web-0', 'web-1']);
    for (const event of json.events) assert.ok(typeof event.time === 'number' && typeof event.type === 'string' && typeof event.object === 'string');
  });

  it('prints kubectl get pods -w lines by default and describe events with --format events', () => {
    const watch = run(['simulate', 'examples/web.yaml']);
    assert.equal(watch.code, 0, watch.stderr);
    assert.match(watch.stdout, /^NAME {3,}READY {3,}STATUS {3,}RESTARTS {3,}AGE\n/);
    assert.match(watch.stdout, /^web-0 {3,}1\/1 {3,}Running {3,}0 {3,}\d+s$/m);
    const events = run(['simulate', 'examples/web.yaml', '--format', 'events']);
    assert.equal(events.code, 0, events.stderr);
    assert.match(events.stdout, /^Events:\n {2}Type {4}Reason {12}Age {3}From {20}Message\n/);
    assert.match(events.stdout, /Normal {2}SuccessfulCreate {2}\d+s {2,}statefulset-controller {2}create Claim www-web-0 Pod web-0 in StatefulSet web success\n/);
  });

  it('runs a script and picks a StatefulSet with --statefulset', () => {
    const manifest = write('two.yaml', TWO_SETS);
    const script = write('steps.yaml', 'environment: {podStartSeconds: 4}\nsteps:\n- apply: {}\n- scale: 2\n- deletePod: db-1\n');
    const { code, stdout, stderr } = run(['simulate', manifest, '--statefulset', 'db', '--script', script, '--format', 'json']);
    assert.equal(code, 0, stderr);
    const json = JSON.parse(stdout);
    assert.equal(json.statefulset, 'db');
    assert.deepEqual(json.events.filter((e: { type: string }) => e.type === 'StepStarted').map((e: { step: number }) => e.step), [0, 1, 2]);
  });

  it('exits 2 with a message on stderr for bad usage and bad input', () => {
    const two = write('two-sets.yaml', TWO_SETS);
    const badStep = write('bad-step.yaml', 'steps:\n- apply: {}\n- scael: 3\n');
    const badPod = write('bad-pod.yaml', 'steps:\n- apply: {}\n- deletePod: nginx-1\n');
    const badVersion = write('bad-version.yaml', 'environment:\n  kubernetesVersion: 1.30\n');
    const cases: [string[], string][] = [
      [['simulate'], 'statefulset-studio: simulate takes one manifest file (got none)\n'],
      [['simulate', 'examples/web.yaml', 'examples/db.yaml'], 'statefulset-studio: simulate takes one manifest file (got examples/web.yaml examples/db.yaml)\n'],
      [['simulate', 'no/such.yaml'], 'statefulset-studio: cannot read no/such.yaml: '],
      [['simulate', 'examples/web.yaml', '--format', 'table'], 'statefulset-studio: --format must be watch, events or json (got table)\n'],
      [['simulate', 'examples/web.yaml', '--bogus'], 'statefulset-studio: '],
      [['simulate', 'examples/db-service.yaml'], 'statefulset-studio: no StatefulSet in examples/db-service.yaml\n'],
      [['simulate', two], `statefulset-studio: ${two} holds several StatefulSets (web, db): choose one with --statefulset NAME\n`],
      [['simulate', two, '--statefulset', 'cache'], `statefulset-studio: no StatefulSet named "cache" in ${two} (it holds web, db)\n`],
      [['simulate', 'examples/web.yaml', '--script', 'no/steps.yaml'], 'statefulset-studio: cannot read no/steps.yaml: '],
      [
        ['simulate', 'examples/web.yaml', '--script', badStep],
        `statefulset-studio: bad script ${badStep}: steps[1]: unknown step type "scael" (expected one of apply, scale, setImage, deletePod, failPod, failReadiness, restoreReadiness, deleteStatefulSet, wait, cordonNode, uncordonNode, drainNode, failNode, restoreNode, addOutOfServiceTaint, forceDeletePod)\n`,
      ],
      [
        ['simulate', 'examples/web.yaml', '--script', badPod],
        `statefulset-studio: bad script ${badPod}: steps[1].deletePod: pod "nginx-1" can never exist in StatefulSet web: its pods are named web-<ordinal> (web-0, web-1, …)\n`,
      ],
      [
        ['simulate', 'examples/web.yaml', '--script', badVersion],
        `statefulset-studio: bad script ${badVersion}: environment.kubernetesVersion: 1.3 is not a Kubernetes version the simulator targets (expected one of 1.30, 1.31, 1.32, 1.33, 1.34, 1.35, 1.36): YAML reads an unquoted version as a number, so 1.30 is 1.3; quote it: "1.30"\n`,
      ],
    ];
    for (const [args, message] of cases) {
      const { code, stdout, stderr } = run(args);
      assert.equal(code, 2, args.join(' '));
      assert.equal(stdout, '', args.join(' '));
      assert.ok(stderr.startsWith(message), `${args.join(' ')}\n${stderr}`);
    }
  });

  it('streams the watch format: 3,000 replicas fit in a 256 MB heap (a snapshot per event took 3 GB for 1,000)', () => {
    const manifest = write('web3000.yaml', webYaml('web', 3000));
    const { code, stdout, stderr } = run(['simulate', manifest], undefined, ['--max-old-space-size=256']);
    assert.equal(code, 0, stderr);
    const lines = stdout.split('\n').filter((line) => line !== '');
    assert.equal(lines.length, 1 + 3 * 3000, 'the header, then ContainerCreating, Running and Ready for each pod');
    // No readinessProbe in webYaml: Ready in the same second as Running (prober_manager.go UpdatePodStatus).
    assert.match(lines[lines.length - 1], /^web-2999 +1\/1 +Running +0 +2s$/);
  });

  it('refuses 1,000,000,000 replicas at once with exit 2 and says what the limit is (it ran 42 s, then failed)', () => {
    const manifest = write('huge.yaml', webYaml('web', 1_000_000_000));
    const started = Date.now();
    const { code, stdout, stderr } = run(['simulate', manifest]);
    assert.ok(Date.now() - started < 10_000, 'answers at once, not after minutes');
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.ok(stderr.startsWith('statefulset-studio: spec.replicas: 1000000000 replicas is more than the simulator models (at most 10000)'), stderr);
    const zh = spawnSync(process.execPath, [CLI, 'simulate', manifest, '--locale', 'zh-CN'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(zh.status, 2);
    assert.ok(zh.stderr.startsWith('statefulset-studio: spec.replicas：1000000000 个副本超出了模拟器的上限（最多 10000 个）'), zh.stderr);
  });

  it('refuses an absurd wait in a script, naming the step', () => {
    const script = write('long-wait.yaml', 'steps:\n- apply: {}\n- wait: 1e12\n');
    const { code, stderr } = run(['simulate', 'examples/web.yaml', '--script', script]);
    assert.equal(code, 2);
    assert.ok(stderr.startsWith(`statefulset-studio: bad script ${script}: steps[1].wait: 1000000000000 seconds is longer than the simulator allows (at most 86400, one day)\n`), stderr);
  });

  it('escapes control characters of names in the watch and events formats, and leaves JSON exact', () => {
    const name = 'web\u001b]0;x\u0007\nNAME READY';
    const manifest = write('evil.yaml', webYaml(JSON.stringify(name), 1));
    const watch = run(['simulate', manifest]);
    const events = run(['simulate', manifest, '--format', 'events']);
    for (const { code, stdout, stderr } of [watch, events]) {
      assert.equal(code, 0, stderr);
      assert.ok(![...stdout].some((c) => c !== '\n' && (c < ' ' || c === '\u007f')), 'no control character but line ends reaches the terminal');
      assert.ok(stdout.includes('web^[]0;x\\x07\\nNAME READY-0'), stdout);
    }
    assert.equal(watch.stdout.split('\n').filter((line) => line.startsWith('NAME ')).length, 1, 'no forged header line');
    assert.equal(events.stdout.split('\n').length, 5, 'Events:, the header, its rule, the create line, and the end');
    const json = JSON.parse(run(['simulate', manifest, '--format', 'json']).stdout);
    assert.equal(json.statefulset, name);
  });

  it('reads the manifest from standard input with -', () => {
    const { code, stdout, stderr } = run(['simulate', '-', '--format', 'json'], fs.readFileSync(path.join(ROOT, 'examples/web.yaml'), 'utf8'));
    assert.equal(code, 0, stderr);
    assert.equal(JSON.parse(stdout).statefulset, 'web');
  });

  it('lists the simulate command in the usage text', () => {
    assert.match(run(['--help']).stdout, /statefulset-studio simulate <manifest\.yaml> \[--statefulset NAME\] \[--script STEPS\.yaml\] \[--format watch\|events\|json\]/);
  });
});
