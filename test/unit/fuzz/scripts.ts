// Hostile `simulate --script` files: past every limit (item 14: `wait: 1e12`), naming pods that
// cannot exist or hold control characters, shaped wrong, or made to run long. parseScript must
// answer each with a script or one message, and the simulator must end within its budgets.
import { billionLaughs } from './manifests';

export interface HostileScript {
  readonly name: string;
  readonly text: string;
  /** parseScript's message must match, or the script must be accepted (undefined). */
  readonly refused?: RegExp;
}

const DAY = 86_400;

export const HOSTILE_SCRIPTS: readonly HostileScript[] = [
  { name: 'wait 1e12', text: 'steps:\n- apply: {}\n- wait: 1e12\n', refused: /^steps\[1\]\.wait: 1000000000000 seconds is longer/ },
  { name: 'at 1e9', text: 'steps:\n- scale: 3\n  at: 1e9\n', refused: /^steps\[0\]\.at: 1000000000 seconds/ },
  { name: 'wait .inf and .nan', text: 'steps:\n- wait: .inf\n- wait: .nan\n', refused: /^steps\[0\]\.wait/ },
  { name: 'a duration over a day', text: `environment: {readySeconds: ${DAY + 1}}\n`, refused: /^environment\.readySeconds: 86401 seconds/ },
  { name: 'scale to 1e9', text: 'steps:\n- scale: 1000000000\n' },
  { name: 'apply 1e9 replicas', text: 'steps:\n- apply: {spec: {replicas: 1000000000}}\n' },
  { name: 'scale to the cap', text: 'steps:\n- apply: {spec: {podManagementPolicy: Parallel}}\n- scale: 2000\n' },
  { name: 'a pod name with control characters', text: 'steps:\n- deletePod: "web-1\\e[31m\\nforged"\n' },
  { name: 'a pod that cannot exist', text: 'steps:\n- deletePod: web-99999999999\n- failPod: other-0\n' },
  { name: 'an image with control characters', text: 'steps:\n- setImage: {image: "nginx\\e]0;x\\a\\n", outcome: crashLoop}\n' },
  { name: 'prototype keys', text: 'environment: {featureGates: {__proto__: true}}\nsteps:\n- constructor: 1\n', refused: /./ },
  { name: 'prototype step keys', text: 'steps:\n- {apply: {}, toString: 1}\n', refused: /./ },
  { name: 'steps that are not a list', text: 'steps: {scale: 3}\n', refused: /./ },
  { name: 'a billion laughs', text: `x:\n${billionLaughs()}steps: []\n`, refused: /./ },
  { name: '120 waits of a day', text: `steps:\n- apply: {}\n${'- wait: 86400\n'.repeat(120)}- scale: 3\n` },
  { name: '2,000 steps', text: `steps:\n${'- scale: 3\n- scale: 1\n'.repeat(1_000)}` },
  { name: 'delete the set, then act on it', text: 'steps:\n- deleteStatefulSet: {scaleToZeroFirst: false}\n- scale: 5\n- deletePod: web-0\n' },
  { name: 'negative and fractional numbers', text: 'steps:\n- scale: -1\n- wait: -5\n', refused: /./ },
];
