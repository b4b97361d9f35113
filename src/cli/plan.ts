// `statefulset-studio plan --baseline REF [PATHS] [--format text|json|markdown]`: what applying the
// inputs does to what REF holds (docs/change-model.md). Exit 1 when the apiserver would refuse an
// update, 0 otherwise; 2 for a bad ref, not a repository, or an input that cannot be read.
import * as path from 'node:path';
import { collectResources, planChanges, type KubernetesVersion, type PlannedResource } from '../core/index';
import { openGitBaseline, readGitBaseline } from './baseline';
import { parseInputs, readInputs } from './check';
import { OutputClosed, type Write } from './output';
import { toPlanJson, toPlanMarkdown, toPlanText, type PlanReport } from './planOutput';

export const PLAN_FORMATS = ['text', 'json', 'markdown'] as const;
export type PlanFormat = (typeof PLAN_FORMATS)[number];

export interface PlanArgs {
  readonly baseline: string;
  readonly inputs: readonly string[];
  readonly format: PlanFormat;
  readonly maxFileSize?: number;
  /** `--kube-version`: the Kubernetes minor the update rules follow; the newest when absent. */
  readonly kubernetesVersion?: KubernetesVersion;
  readonly cwd: string;
  readonly write: Write;
  readonly warn: (message: string) => void;
}

const FORMATTERS: Readonly<Record<PlanFormat, (report: PlanReport) => string>> = { text: toPlanText, json: toPlanJson, markdown: toPlanMarkdown };

export function runPlan(args: PlanArgs): 0 | 1 | 2 {
  const opened = openGitBaseline(args.baseline, args.inputs, args.cwd);
  const { files, problems } = readInputs(args);
  if (files.length === 0) return 2;
  const names = new Map(files.map((f) => [f.input.absolute, f.input.name]));
  const { sources, chunksOf } = parseInputs(files, args.maxFileSize);
  const baseline = readGitBaseline(opened, args.inputs, args.cwd, args.maxFileSize, chunksOf);
  const fileOfUri = (uri: string) => names.get(uri) ?? path.relative(args.cwd, path.join(baseline.repo, uri.slice(baseline.ref.length + 1)));
  const entries = planChanges({
    working: collectResources(sources), baseline: baseline.index, inScope: baseline.inScope, fileOf: fileOfUri,
    ...(args.kubernetesVersion ? { kubernetesVersion: args.kubernetesVersion } : {}),
  });
  const report: PlanReport = { baseline: args.baseline, entries, fileOf: (entry: PlannedResource) => fileOfUri(entry.resource.uri) };
  try {
    args.write(FORMATTERS[args.format](report));
  } catch (error) {
    if (!(error instanceof OutputClosed)) throw error;
  }
  return problems.length > 0 ? 2 : entries.some((e) => e.forbidden.length > 0) ? 1 : 0;
}
