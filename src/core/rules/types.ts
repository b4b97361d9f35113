// The contract between the engine and the rule modules (one rule per file; the file name is the id).
// Rule authors write a RuleModule and hand it to defineRule (defineRule.ts); the engine sees a Rule.
import type { RelatedInfo, Resource } from '../model/resource';
import type { Range } from '../model/types';
import type { Severity } from '../model/severity';
import type { ResourceIndex } from '../model/resourceIndex';
import type { KubernetesVersion } from '../model/kubernetesVersion';
import type { DependsOn } from './crossFileReads';

export type { RelatedInfo, Severity };

export interface RuleDocs {
  readonly summary: string;
  readonly remediation: string;
  /** Where the behaviour is documented (Kubernetes docs or source). */
  readonly url?: string;
}

/** What other parts of the tool need to know about a rule, instead of reading its id. */
export interface RuleMeta {
  readonly severity: Severity;
  /** Resource types (`StatefulSet`, `Service`) the rule checks, or `*`. */
  readonly appliesTo: readonly string[];
  /**
   * `document`: the findings depend only on the resource's own document, so they are cached with
   * its parse. `workspace`: the rule looks at other resources and runs on every check.
   */
  readonly scope: 'document' | 'workspace';
  /**
   * A `workspace` rule's reads of other files (crossFileReads.ts): whether a change of another
   * file's resource may change what it reports on a resource. Without it, every change may.
   */
  readonly dependsOn?: DependsOn;
  /** The English docs; translations are keyed `summary` / `remediation` under the rule id. */
  readonly docs: RuleDocs;
  /** The upstream Go function the rule follows, where there is one (`ValidateStatefulSetSpec`). */
  readonly source?: string;
  /** Its findings change what the rollout simulation shows (the panel lists them next to it). */
  readonly changesRollout?: boolean;
  /**
   * The minor from which the apiserver refuses such a StatefulSet on create. On an older target
   * it is accepted and every pod or claim creation fails instead; the messages say so
   * (refusedOnCreate.ts, docs/validation.md §11).
   */
  readonly refusedOnCreateSince?: KubernetesVersion;
  /** It compares with the baseline (an update rule): its findings have a way out (change/editorChange.ts `describeWayOut`). */
  readonly comparesWithBaseline?: boolean;
}

export interface Finding {
  readonly ruleId: string;
  /** The rule's message id the message was built from. */
  readonly messageId?: string;
  /** Range in the resource's document (document-relative). */
  readonly range: Range;
  readonly message: string;
  /** Kubernetes field path, `spec.template.spec.containers[0].volumeMounts[0].name`. */
  readonly path: string;
  /** Only for rules whose findings differ in severity; otherwise the rule's severity applies. */
  readonly severity?: Severity;
  readonly related?: readonly RelatedInfo[];
  /** Whatever the rule's fixes need (names, candidates); plain JSON. */
  readonly data?: Readonly<Record<string, unknown>>;
}

export interface TextEdit {
  /** Absolute offsets in the file the fix applies to. */
  readonly uri: string;
  readonly range: Range;
  readonly newText: string;
}

export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  readonly isPreferred?: boolean;
}

export interface RuleContext {
  readonly resource: Resource;
  /** Every resource of every file being checked together (the workspace, or the CLI's inputs). */
  readonly index: ResourceIndex;
  /** The text of a file checked together, by uri: set when fixes are asked for (they follow its indentation and quoting). */
  readonly textOf?: (uri: string) => string | undefined;
  /** The same object in the baseline (`check --baseline`, docs/change-model.md §1); undefined when it is new or none is given. */
  readonly baseline?: Resource;
  /**
   * The Kubernetes minor the user targets (the setting, `--kube-version`); the newest when unset.
   * Rules whose upstream behaviour changed between minors ask `atLeast` (docs/validation.md §11).
   */
  readonly kubernetesVersion?: KubernetesVersion;
}

/** The engine's view of a rule (what defineRule returns). */
export interface Rule {
  readonly id: string;
  readonly meta: RuleMeta;
  /** English message templates by message id (`{0}` placeholders). */
  readonly messages: Readonly<Record<string, string>>;
  /** The docs in the current locale, read each time (hovers and the CLI follow a locale switch). */
  readonly docs: RuleDocs;
  /** The engine still turns a crash into an internal diagnostic. */
  check(ctx: RuleContext): Finding[];
  fixes?(finding: Finding, ctx: RuleContext): Fix[];
}
