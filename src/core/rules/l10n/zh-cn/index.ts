// Simplified Chinese for the rules, one file per family of rules (StatefulSet, Service, claim
// templates, pod template), keyed by rule id and then by the rule's message id (`summary` and
// `remediation` are its docs). The English is in each rule module (src/core/rules/<id>.ts).
// Field paths, Kubernetes values and the apiserver's own wording (`Invalid value`, `Required value`,
// `Unsupported value`, `Not found`, `Duplicate value`, `Forbidden: …`, `must be …`) stay as the apiserver
// writes them, because users search for them; where a message is nothing but apiserver wording, a short
// Chinese explanation follows it in （）.
import type { Translations } from '../../../l10n/catalog';
import { claimTemplatesZh } from './claimTemplates';
import { disruptionBudgetZh } from './disruptionBudget';
import { listsZh } from './lists';
import { podSpecFieldsZh } from './podSpecFields';
import { podTemplateZh } from './podTemplate';
import { serviceZh } from './service';
import { serviceSpecZh } from './serviceSpec';
import { statefulSetZh } from './statefulSet';

export const zhCn: Translations = { ...statefulSetZh, ...serviceZh, ...serviceSpecZh, ...claimTemplatesZh, ...podTemplateZh, ...podSpecFieldsZh, ...disruptionBudgetZh, ...listsZh };
