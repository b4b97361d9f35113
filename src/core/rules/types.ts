// The contract between the engine and the rule modules (one rule per file; the file name is the id).
import { t, type MessageKey } from '../l10n/messages';
import type { RelatedInfo, Resource } from '../model/resource';
import type { Range } from '../model/types';
import type { Severity } from '../model/severity';
import type { ResourceIndex } from '../model/resourceIndex';

export type { RelatedInfo, Severity };

export interface RuleDocs {
  readonly summary: string;
  readonly remediation: string;
  /** Where the behaviour is documented (Kubernetes docs or source). */
  readonly url?: string;
}

export interface Finding {
  readonly ruleId: string;
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
}

export interface Rule {
  readonly id: string;
  readonly appliesTo: readonly string[];
  readonly severity: Severity;
  /**
   * `document`: the findings depend only on the resource's own document, so they are cached with
   * its parse. `workspace`: the rule looks at other resources and runs on every check.
   */
  readonly scope: 'document' | 'workspace';
  readonly docs: RuleDocs;
  check(ctx: RuleContext): Finding[];
  fixes?(finding: Finding, ctx: RuleContext): Fix[];
}

/**
 * A rule's docs, read in the current locale each time (`rule.<id>.summary` / `.remediation` in the
 * l10n tables), so hovers and the CLI follow a locale switch.
 */
export function ruleDocs(id: string, url?: string): RuleDocs {
  return {
    get summary() {
      return t(`rule.${id}.summary` as MessageKey);
    },
    get remediation() {
      return t(`rule.${id}.remediation` as MessageKey);
    },
    ...(url ? { url } : {}),
  };
}
