// The language service: every question the adapters (the VS Code extension, the CLI, and a
// language server later, issue #12) ask the core, over (text, offsets) and plain data. Each
// operation hands straight to the module that answers it: no state, no caches, no conversions of
// its own (beyond adding its rules and targeted Kubernetes version), so a call through the service
// costs what the module costs. The caches stay where they
// are: parsed chunks in the caller's cache (parseFile), document-scope findings beside their parse
// (check.ts), the workspace's ResourceIndex with the caller (it decides when the workspace changed).
import { describeWayOut, summarizeChange, type ChangeSummary } from '../change/editorChange';
import { changeSteps } from '../change/rollout';
import { checkFiles, checkFileWith, type CheckOptions, type Diagnostic, type SourceFile } from '../check';
import { completionsAt } from '../complete/completions';
import type { CompletionItem } from '../complete/completionItem';
import { childFields, describeField, type ChildField, type DocumentedKind, type FieldDoc } from '../docs/fieldDocs';
import { hoverAt, ruleDocsMarkdown, type Hover } from '../docs/hover';
import { fixesFor } from '../fixes';
import type { Resource } from '../model/resource';
import type { ResourceIndex } from '../model/resourceIndex';
import { findDefinitions } from '../navigate/definitions';
import { findReferences, type ReferenceOptions } from '../navigate/references';
import { documentSymbols, type DocumentSymbol } from '../navigate/symbols';
import type { Location } from '../navigate/target';
import { rules as registry } from '../rules/index';
import type { Fix, Rule } from '../rules/types';
import { simulateWatch } from '../simulate/formatWatch';
import { findStatefulSets, toSimInput } from '../simulate/fromModel';
import type { SimInput } from '../simulate/input';
import { planRollout, type RolloutPlan } from '../simulate/planRollout';
import { simulate, type SimulateOptions } from '../simulate/simulate';
import type { Script, SimResult, Step } from '../simulate/types';
import { DEFAULT_KUBERNETES_VERSION, type KubernetesVersion } from '../model/kubernetesVersion';

export interface LanguageServiceOptions {
  /** The rules `check` and `checkFiles` run when a call names none; the whole registry by default. */
  readonly rules?: readonly Rule[];
  /**
   * The Kubernetes minor checks, hovers and `explain` target when a call names none; the newest by
   * default. A function is asked on every call, so the editor's setting applies without a reload.
   */
  readonly kubernetesVersion?: KubernetesVersion | (() => KubernetesVersion);
}

export interface LanguageService {
  /** The rules this service checks with (their ids, docs and metadata: SARIF, `--rule` ids). */
  readonly rules: readonly Rule[];
  /** The Kubernetes minor this service targets now. */
  readonly kubernetesVersion: KubernetesVersion;

  // Diagnostics and fixes
  /** One file's diagnostics, given the index of every resource checked with it (the editor's path). */
  check(file: SourceFile, index: ResourceIndex, options?: CheckOptions): Diagnostic[];
  /** Every file checked together, so references across files resolve (the CLI's path); per uri. */
  checkFiles(files: readonly SourceFile[], options?: CheckOptions): Map<string, Diagnostic[]>;
  /** The quick fixes of a diagnostic, computed in the context it was checked in. */
  fixes(diagnostic: Diagnostic, files: readonly SourceFile[], index?: ResourceIndex): Fix[];

  // Editing
  /** The field docs and what the manifest tells about the field at `offset`. */
  hover(file: SourceFile, offset: number, index: ResourceIndex): Hover | undefined;
  /** A rule's summary and remediation as markdown, linking `readmeUrl`; undefined for an unknown id. */
  ruleDocs(ruleId: string, readmeUrl: string): string | undefined;
  complete(file: SourceFile, offset: number, index: ResourceIndex): CompletionItem[];
  definitions(index: ResourceIndex, uri: string, offset: number): Location[];
  references(index: ResourceIndex, uri: string, offset: number, options: ReferenceOptions): Location[];
  /** The outline of a file. */
  symbols(file: SourceFile): DocumentSymbol[];
  /** A field's type and description (`explain`); undefined when the path names no field. */
  explain(kind: DocumentedKind, path: string): FieldDoc | undefined;
  /** The fields under a path (`explain`'s FIELDS). */
  childFields(kind: DocumentedKind, path: string): ChildField[];

  // The rollout
  /** The StatefulSets of the files, in order: each gets a "Simulate rollout" code lens. */
  statefulSets(files: readonly SourceFile[]): Resource[];
  /** What the simulator takes: the StatefulSet as plain data, and its governing Service from the index. */
  simulationInput(statefulSet: Resource, index: ResourceIndex): SimInput;
  /** The frames the panel animates (stops at `maxEvents` and says so). */
  planRollout(input: SimInput, script: Script, maxEvents?: number): RolloutPlan | { readonly error: string };
  simulate(input: SimInput, script: Script, options?: SimulateOptions): SimResult;
  /** The run printed as `kubectl get pods --watch` prints it, streamed while it runs. */
  simulateWatch(input: SimInput, script: Script, containers: number): { readonly output: string; readonly result: SimResult };

  // Changes against a baseline (docs/change-model.md)
  /** What applying the edited StatefulSet does, in one line (a CodeLens); undefined when nothing changed. Remembered per pair. */
  summarizeChange(edited: Resource, baseline: Resource): ChangeSummary | undefined;
  /** The way out of a refused update as Markdown (a hover); undefined when the update is allowed. */
  wayOut(edited: Resource, baseline: Resource, file: string): string | undefined;
  /** "Simulate this change": the baseline manifest to start from, and the steps that settle it and apply the edit. */
  changeSteps(edited: Resource, baseline: Resource): { readonly manifest: Record<string, unknown>; readonly steps: Step[] } | { readonly problem: string };
}

export function createLanguageService(options: LanguageServiceOptions = {}): LanguageService {
  const rules = options.rules ?? registry;
  const target = toVersionGetter(options.kubernetesVersion);
  // A call's own options win; the service adds its rules and version only where the call has none.
  const withDefaults = (o: CheckOptions = {}): CheckOptions => ({
    ...o,
    ...(o.rules || options.rules === undefined ? {} : { rules }),
    ...(o.kubernetesVersion ? {} : { kubernetesVersion: target() }),
  });
  return {
    rules,
    get kubernetesVersion() {
      return target();
    },
    check: (file, index, checkOptions) => checkFileWith(file, index, withDefaults(checkOptions)),
    checkFiles: (files, checkOptions) => checkFiles(files, withDefaults(checkOptions)),
    fixes: (diagnostic, files, index) => fixesFor(diagnostic, files, index, options.rules),
    hover: (file, offset, index) => hoverAt(file, offset, index, target()),
    ruleDocs: ruleDocsMarkdown,
    complete: (file, offset, index) => completionsAt(file, offset, index, target()),
    definitions: findDefinitions,
    references: findReferences,
    symbols: (file) => documentSymbols(file.uri, file.parsed),
    explain: (kind, path) => describeField(kind, path, target()),
    childFields: (kind, path) => childFields(kind, path, target()),
    statefulSets: findStatefulSets,
    simulationInput: toSimInput,
    planRollout,
    simulate,
    simulateWatch,
    summarizeChange,
    wayOut: describeWayOut,
    changeSteps,
  };
}

function toVersionGetter(version: LanguageServiceOptions['kubernetesVersion']): () => KubernetesVersion {
  if (typeof version === 'function') return version;
  const fixed = version ?? DEFAULT_KUBERNETES_VERSION;
  return () => fixed;
}
