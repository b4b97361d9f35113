// Rule modules in the shape ESLint and typescript-eslint use (lib/rules/no-alert.js,
// util/createRule.ts): the module declares its messages; `ctx.report` builds the finding, adds the
// rule id and localises the message. Message ids are typed from `messages`, so a typo fails to compile.
import { translate } from '../l10n/catalog';
import { ruleTranslations } from './l10n/index';
import { withOlderClusterNote } from './refusedOnCreate';
import type { Finding, Fix, RelatedInfo, Rule, RuleContext, RuleDocs, RuleMeta, Severity } from './types';
import type { Range } from '../model/types';
import { DEFAULT_KUBERNETES_VERSION, type KubernetesVersion } from '../model/kubernetesVersion';

export type MessageArgs = readonly (string | number)[];

/** What a rule reports; the engine adds the rule id and the message in the current locale. */
export interface Report<M extends string> {
  readonly messageId: M;
  /** Values for the message's `{0}`, `{1}`, … */
  readonly args?: MessageArgs;
  readonly range: Range;
  readonly path: string;
  readonly severity?: Severity;
  readonly related?: readonly RelatedInfo[];
  /** Whatever the rule's fixes need; plain JSON. */
  readonly data?: Readonly<Record<string, unknown>>;
}

export type Translate<M extends string> = (messageId: M, ...args: MessageArgs) => string;

export interface FixContext<M extends string> extends RuleContext {
  /** One of the rule's messages in the current locale (fix titles, parts of a message). */
  readonly t: Translate<M>;
}

export interface CheckContext<M extends string> extends FixContext<M> {
  /** The targeted Kubernetes minor, always set here (the newest when the caller named none). */
  readonly kubernetesVersion: KubernetesVersion;
  /** Returns undefined, so `return ctx.report(…)` reports and ends a check. */
  report(report: Report<M>): undefined;
}

export interface RuleModule<M extends string> {
  /** The file name; the engine adds it to every finding. */
  readonly id: string;
  readonly meta: RuleMeta;
  readonly messages: Readonly<Record<M, string>>;
  /** Returns nothing: findings go through `ctx.report` (a returned array would be lost). */
  check(ctx: CheckContext<M>): undefined;
  fixes?(finding: Finding, ctx: FixContext<M>): Fix[];
}

export function defineRule<M extends string>(module: RuleModule<M>): Rule {
  const { id, meta, messages } = module;
  const t: Translate<M> = (messageId, ...args) => translate(ruleTranslations, id, messageId, messages[messageId], args);
  const fixes = module.fixes;
  return {
    id,
    meta,
    messages,
    docs: localisedDocs(id, meta.docs),
    check(ctx) {
      const findings: Finding[] = [];
      const kubernetesVersion = ctx.kubernetesVersion ?? DEFAULT_KUBERNETES_VERSION;
      const report = (r: Report<M>) => {
        const text = t(r.messageId, ...(r.args ?? []));
        // Only what the apiserver refuses fails pod creation on older clusters; a warning is accepted there too.
        const refused = (r.severity ?? meta.severity) === 'error';
        const message = refused ? withOlderClusterNote(text, r.path, meta.refusedOnCreateSince, kubernetesVersion) : text;
        findings.push(toFinding(id, r, message));
        return undefined;
      };
      // A literal of one shape, not `{ ...ctx }`: rules run once per resource, and the spread showed in profiles.
      module.check({ resource: ctx.resource, index: ctx.index, textOf: ctx.textOf, baseline: ctx.baseline, kubernetesVersion, t, report });
      return findings;
    },
    ...(fixes ? { fixes: (finding: Finding, ctx: RuleContext) => fixes.call(module, finding, { ...ctx, t }) } : {}),
  };
}

function toFinding(ruleId: string, r: Report<string>, message: string): Finding {
  const { messageId, range, path, severity, related, data } = r;
  return {
    ruleId, messageId, range, path, message,
    ...(severity ? { severity } : {}),
    ...(related ? { related } : {}),
    ...(data ? { data } : {}),
  };
}

/** Read in the current locale each time: hovers and the CLI follow a locale switch. */
function localisedDocs(id: string, english: RuleDocs): RuleDocs {
  return {
    get summary() {
      return translate(ruleTranslations, id, 'summary', english.summary);
    },
    get remediation() {
      return translate(ruleTranslations, id, 'remediation', english.remediation);
    },
    ...(english.url ? { url: english.url } : {}),
  };
}
