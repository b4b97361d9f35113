// The `--script STEPS.yaml` of `statefulset-studio simulate` (issue 3, "Script and CLI": a stable
// contract). Parsing never throws: a bad script comes back as one message naming the step and key.
import { isScalar, parseAllDocuments, type YAMLError, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';
import { t } from '../l10n/messages';
import { secondsProblem } from './limits';
import { toEnvironment } from './scriptEnvironment';
import { getOrdinal } from './statefulSetUtils';
import { describe, isPlain, type Check } from './values';
import { DEFAULT_ENVIRONMENT, isNodeStepKind, NODE_STEP_KINDS, type Outcome, type Script, type Step, type StepBody, type StepKind } from './types';

export type ScriptResult = { readonly script: Script } | { readonly error: string };

// Read like the manifests (parseChunk): YAML 1.1 as go-yaml reads it, so a patch in `apply` means
// what it would mean to kubectl (yes/no are booleans, no timestamps).
const YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.1',
  merge: true,
  customTags: (tags) => tags.filter((tag) => (tag as { tag?: string }).tag !== 'tag:yaml.org,2002:timestamp'),
};
export type { Check };

export const STEP_TYPES = [
  'apply', 'scale', 'setImage', 'deletePod', 'failPod', 'failReadiness', 'restoreReadiness', 'deleteStatefulSet', 'wait',
  ...NODE_STEP_KINDS, 'forceDeletePod',
] as const;
const OUTCOMES: readonly Outcome[] = ['ready', 'imagePullError', 'crashLoop', 'neverReady'];

/** Without `--script`: the StatefulSet applied as written, run until it settles. */
export function defaultScript(): Script {
  return { environment: DEFAULT_ENVIRONMENT, steps: [{ kind: 'apply', patch: {} }] };
}

export function parseScript(text: string): ScriptResult {
  const read = readYaml(text);
  if ('error' in read) return read;
  const data = read.value;
  if (data === null || data === undefined) return { script: defaultScript() };
  if (!isPlain(data)) return { error: t('sim.script.notMap', describe(data)) };
  for (const key of Object.keys(data)) {
    if (key !== 'environment' && key !== 'steps') return { error: t('sim.script.unknownTopKey', key) };
  }
  const environment = toEnvironment(data.environment);
  if ('error' in environment) return environment;
  const steps = data.steps === undefined ? { value: defaultScript().steps } : toSteps(data.steps);
  if ('error' in steps) return steps;
  const script = { environment: environment.value, steps: steps.value };
  const unknownNode = findUnknownNode(script);
  return unknownNode === undefined ? { script } : { error: unknownNode };
}

/**
 * Whether a YAML text is a simulator script rather than a manifest: one map whose keys are only
 * `environment` and `steps` (at least one of them). The editor offers such files as scripts; a
 * script that is broken further down still counts, so that the panel can say what is wrong.
 */
export function isScriptText(text: string): boolean {
  const read = readYaml(text);
  if ('error' in read || !isPlain(read.value)) return false;
  const keys = Object.keys(read.value);
  return keys.length > 0 && keys.every((key) => key === 'environment' || key === 'steps');
}

/** The first step naming a node the environment does not have (with no nodes given, every node is unknown). */
export function findUnknownNode(script: Script): string | undefined {
  const names = script.environment.nodes.map((node) => node.name);
  for (let index = 0; index < script.steps.length; index++) {
    const step = script.steps[index];
    if ('node' in step && !names.includes(step.node)) {
      const known = names.length > 0 ? names.join(', ') : t('sim.script.noNodes');
      return t('sim.script.unknownNode', `steps[${index}].${step.kind}`, step.node, known);
    }
  }
  return undefined;
}

/** The `steps` list of a script, in its YAML form, as engine steps. */
export function toSteps(raw: unknown): Check<Step[]> {
  if (!Array.isArray(raw)) return { error: t('sim.script.list', 'steps', describe(raw)) };
  const steps: Step[] = [];
  let lastAt: { index: number; at: number } | undefined;
  for (let index = 0; index < raw.length; index++) {
    const step = toStep(raw[index], `steps[${index}]`);
    if ('error' in step) return step;
    const at = step.value.at;
    if (at !== undefined) {
      if (lastAt && at < lastAt.at) return { error: t('sim.script.atOrder', index, at, lastAt.index, lastAt.at) };
      lastAt = { index, at };
    }
    steps.push(step.value);
  }
  return { value: steps };
}

function toStep(raw: unknown, where: string): Check<Step> {
  if (!isPlain(raw)) return { error: t('sim.script.stepNotMap', where, describe(raw)) };
  const keys = Object.keys(raw).filter((key) => key !== 'at');
  const unknown = keys.find((key) => !(STEP_TYPES as readonly string[]).includes(key));
  if (unknown !== undefined) return { error: t('sim.script.unknownStep', where, unknown, STEP_TYPES.join(', ')) };
  if (keys.length === 0) return { error: t('sim.script.noStep', where, STEP_TYPES.join(', ')) };
  if (keys.length > 1) return { error: t('sim.script.severalSteps', where, keys.length, keys.join(', ')) };
  let at: number | undefined;
  if ('at' in raw) {
    const problem = secondsProblem(`${where}.at`, raw.at);
    if (problem !== undefined) return { error: problem };
    at = raw.at as number;
  }
  const kind = keys[0] as StepKind;
  const body = toStepBody(kind, raw[kind], `${where}.${kind}`);
  if ('error' in body) return body;
  return { value: at === undefined ? body.value : { ...body.value, at } };
}

/** The YAML form of one step (`scale: 5`, `deletePod: web-1`, …) as the engine's tagged union. */
function toStepBody(kind: StepKind, value: unknown, where: string): Check<StepBody> {
  if (isNodeStepKind(kind)) {
    return typeof value === 'string' && value !== '' ? { value: { kind, node: value } } : { error: t('sim.script.nodeName', where, describe(value)) };
  }
  switch (kind) {
    case 'deletePod':
    case 'failPod':
    case 'failReadiness':
    case 'restoreReadiness':
    case 'forceDeletePod':
      return typeof value === 'string' && value !== '' ? { value: { kind, pod: value } } : { error: t('sim.script.podName', where, describe(value)) };
    case 'apply':
      return isPlain(value) ? { value: { kind, patch: value } } : { error: t('sim.script.apply', where, describe(value)) };
    case 'scale':
      return Number.isInteger(value) && (value as number) >= 0 ? { value: { kind, replicas: value as number } } : { error: t('sim.script.integer', where, describe(value)) };
    case 'wait': {
      const problem = secondsProblem(where, value);
      return problem === undefined ? { value: { kind, seconds: value as number } } : { error: problem };
    }
    case 'setImage':
      return toSetImage(value, where);
    case 'deleteStatefulSet':
      return toDeleteStatefulSet(value, where);
  }
}

function toSetImage(value: unknown, where: string): Check<StepBody> {
  if (!isPlain(value)) return { error: t('sim.script.setImage', where, describe(value)) };
  const unknown = Object.keys(value).find((key) => !['image', 'container', 'outcome'].includes(key));
  if (unknown !== undefined) return { error: t('sim.script.unknownKey', where, unknown, 'image, container, outcome') };
  const { image, container, outcome } = value;
  if (typeof image !== 'string' || image === '') return { error: t('sim.script.nonEmptyString', `${where}.image`, describe(image)) };
  if (container !== undefined && (typeof container !== 'string' || container === '')) {
    return { error: t('sim.script.container', `${where}.container`, describe(container)) };
  }
  if (outcome !== undefined && !OUTCOMES.includes(outcome as Outcome)) {
    return { error: t('sim.script.oneOf', `${where}.outcome`, OUTCOMES.join(', '), describe(outcome)) };
  }
  return { value: { kind: 'setImage', image, ...(container === undefined ? {} : { container }), ...(outcome === undefined ? {} : { outcome: outcome as Outcome }) } };
}

function toDeleteStatefulSet(value: unknown, where: string): Check<StepBody> {
  if (!isPlain(value)) return { error: t('sim.script.deleteStatefulSet', where, describe(value)) };
  const unknown = Object.keys(value).find((key) => key !== 'scaleToZeroFirst');
  if (unknown !== undefined) return { error: t('sim.script.unknownKey', where, unknown, 'scaleToZeroFirst') };
  const { scaleToZeroFirst } = value;
  if (scaleToZeroFirst !== undefined && typeof scaleToZeroFirst !== 'boolean') {
    return { error: t('sim.script.boolean', `${where}.scaleToZeroFirst`, describe(scaleToZeroFirst)) };
  }
  return { value: { kind: 'deleteStatefulSet', scaleToZeroFirst: scaleToZeroFirst === true } };
}

/**
 * The first step naming a pod that can never belong to the set `setName`: pods are called
 * `<set>-<ordinal>` with a non-negative ordinal (any ordinal: a later step may scale up to it).
 */
export function findPodNameProblem(script: Script, setName: string): string | undefined {
  for (let index = 0; index < script.steps.length; index++) {
    const step = script.steps[index];
    if (!('pod' in step)) continue;
    if (getOrdinal(setName, step.pod) === -1) {
      return t('sim.script.neverExists', `steps[${index}].${step.kind}`, step.pod, setName);
    }
  }
  return undefined;
}

/** The script's one document as plain data (null when empty), or why it cannot be read. */
function readYaml(text: string): Check<unknown> {
  try {
    const docs = parseAllDocuments(text, YAML_OPTIONS);
    const isEmpty = (contents: unknown) => contents === null || (isScalar(contents) && contents.value === null);
    const used = (Array.isArray(docs) ? docs : []).filter((doc) => !isEmpty(doc.contents) || doc.errors.length > 0);
    if (used.length > 1) return { error: t('sim.script.severalDocuments') };
    if (used.length === 0) return { value: null };
    const error = used[0].errors[0];
    if (error) return { error: describeYamlError(error) };
    return { value: used[0].toJS({ maxAliasCount: 100 }) };
  } catch (error) {
    return { error: t('sim.script.invalidYaml', error instanceof Error ? error.message : String(error)) };
  }
}

function describeYamlError(error: YAMLError): string {
  const start = error.linePos?.[0];
  const message = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return start ? t('sim.script.invalidYamlAt', start.line, start.col, message) : t('sim.script.invalidYaml', message);
}
