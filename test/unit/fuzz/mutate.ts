// Random edits of a real manifest, the kind a person makes while typing and the kind an attacker
// makes on purpose: lines deleted, duplicated, swapped, re-indented or cut off, quotes flipped,
// scalars replaced with extreme numbers, hostile tokens inserted. Seeded (prng.ts): the same seed
// gives the same text.
import type { Random } from './prng';

/** Text an attacker or an unlucky paste puts into a manifest (issue #15 and YAML's own syntax). */
export const HOSTILE_TOKENS: readonly string[] = [
  '__proto__: 1', 'constructor: {}', 'toString:', 'valueOf: [1]', 'kind: constructor', 'serviceName: __proto__',
  '*nope', '&a', '<<: *a', '<<: [*a, *a]', '{{ .Values.x }}', '{{- end }}', '\u0000', '\u001b]0;x\u0007', '\u001b[31m',
  '\r', '\t', '"', "'", '\\', '!!int "2"', '!!binary', '!custom', '- ', '? ', ': ', '|', '>-', '|9', '%YAML 1.1', '---',
  '...', '[', ']', '{', '}', '#', '``', '\u0085', '\u2028', '\ufeff', '\ud800', '\u202e', 'replicas: 1000000000',
  `cpu: ${'9'.repeat(5_000)}x`, `name: ${'n'.repeat(5_000)}`, 'clusterIP: None', 'kind: StatefulSet', 'apiVersion: apps/v1beta1',
  '# statefulset-studio-disable-file', '# statefulset-studio-disable-next-line', 'podManagementPolicy: Parallel',
  'partition: 99', 'maxUnavailable: 0%', 'ordinals: {start: 2147483647}', 'volumeClaimTemplates: []',
];

/** Numbers past every limit and at every edge (int32, float, the simulator's caps, YAML 1.1 forms). */
export const EXTREME_NUMBERS: readonly string[] = [
  '1000000000', '-1', '0', '-0', '2147483647', '2147483648', '-2147483649', '1e309', '-1e309', '.nan', '.inf', '-.inf',
  '0x7fffffff', '0o777', '0777', '99999999999999999999999', '10001', '86401', '1e12', '1.5', '+1', '0b101', '1_000',
];

type Mutation = (lines: string[], random: Random) => void;

const at = (lines: readonly string[], random: Random) => random.below(Math.max(lines.length, 1));

const MUTATIONS: readonly [string, Mutation][] = [
  ['delete a line', (lines, r) => void lines.splice(at(lines, r), 1)],
  ['duplicate a line', (lines, r) => {
    const i = at(lines, r);
    lines.splice(i, 0, lines[i] ?? '');
  }],
  ['swap two lines', (lines, r) => {
    const [i, j] = [at(lines, r), at(lines, r)];
    [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
  }],
  ['indent a line', (lines, r) => {
    const i = at(lines, r);
    lines[i] = ' '.repeat(1 + r.below(4)) + (lines[i] ?? '');
  }],
  ['dedent a line', (lines, r) => {
    const i = at(lines, r);
    lines[i] = (lines[i] ?? '').replace(/^ {1,4}/, '');
  }],
  ['insert a hostile token', (lines, r) => {
    const i = at(lines, r);
    const line = lines[i] ?? '';
    const column = r.below(line.length + 1);
    lines[i] = line.slice(0, column) + r.pick(HOSTILE_TOKENS) + line.slice(column);
  }],
  ['insert a hostile line', (lines, r) => void lines.splice(at(lines, r), 0, ' '.repeat(2 * r.below(5)) + r.pick(HOSTILE_TOKENS))],
  ['truncate', (lines, r) => {
    const i = at(lines, r);
    lines.length = i + 1;
    lines[i] = (lines[i] ?? '').slice(0, r.below((lines[i] ?? '').length + 1));
  }],
  ['flip quotes', (lines, r) => {
    const i = at(lines, r);
    lines[i] = (lines[i] ?? '').replace(/["']/g, (q) => (q === '"' ? "'" : r.chance(0.5) ? '"' : ''));
  }],
  ['replace a scalar with an extreme number', (lines, r) => replaceScalar(lines, r)],
];

/** The value of a `key: value` line from a random line on, replaced by an extreme number. */
function replaceScalar(lines: string[], random: Random): void {
  const start = at(lines, random);
  for (let k = 0; k < lines.length; k++) {
    const i = (start + k) % lines.length;
    const match = /^(\s*(?:- )?[\w.-]+:\s+)\S.*$/.exec(lines[i]);
    if (match) {
      lines[i] = match[1] + random.pick(EXTREME_NUMBERS);
      return;
    }
  }
}

/** `text` with 1 to `most` random mutations; `applied` names them, for the failure message. */
export function mutate(text: string, random: Random, most = 4): { readonly text: string; readonly applied: readonly string[] } {
  const lines = text.split('\n');
  const applied: string[] = [];
  const count = 1 + random.below(most);
  for (let i = 0; i < count; i++) {
    const [name, mutation] = random.pick(MUTATIONS);
    mutation(lines, random);
    applied.push(name);
  }
  return { text: lines.join('\n'), applied };
}
