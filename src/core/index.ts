// The core's one entrance. Everything outside src/core (the VS Code adapters in src/, the panel,
// the CLI) imports the core from here and nowhere else; ESLint (no-restricted-imports) and
// test/unit/architecture enforce it. Inside src/core nothing imports this file: modules import each
// other directly, and this file only re-exports, so it can never close an import cycle.
//
// What is here: createLanguageService(), whose operations answer the adapters' questions (check,
// fixes, hover, completion, navigation, the rollout), then the types those operations take and
// return, then the few pure helpers an adapter needs around them (parsing a file, the resource
// index, strings and their locale, text for a terminal, simulator scripts and limits).

// The service
export { createLanguageService, type LanguageService, type LanguageServiceOptions } from './service/languageService';

// Types of the service's operations
export type { CheckOptions, Diagnostic, RelatedLocation, SeverityOverride, SourceFile } from './check';
export type { CompletionItem } from './complete/completionItem';
export type { ChildField, DocumentedKind, FieldDoc } from './docs/fieldDocs';
export type { Hover } from './docs/hover';
export { apiLabel } from './docs/hover';
export type { Resource } from './model/resource';
export type { Range } from './model/types';
export type { ReferenceOptions } from './navigate/references';
export type { DocumentSymbol, SymbolKind } from './navigate/symbols';
export type { Location } from './navigate/target';
export type { ParsedChunk } from './parse/parseChunk';
export type { ParsedFile, ParseFileOptions } from './parse/parseFile';
export type { Fix, Rule, Severity, TextEdit } from './rules/types';
export type { SimInput } from './simulate/input';
export type { RolloutFrame, RolloutPlan } from './simulate/planRollout';
export type { SimulateOptions } from './simulate/simulate';
export type { BudgetState, Environment, NodeSpec, NodeState, Script, SimEvent, SimResult, Step, StorageClassSpec } from './simulate/types';

// Files and resources: parse once, index the workspace's resources, find the engine's own notices
export { collectResources } from './check';
export { FILE_SKIPPED, HELM_SKIPPED, INTERNAL_ERROR, SCHEMA_RULE_ID } from './engineIds';
export { onInternalError, type InternalError, type InternalErrorListener } from './internalErrors';
export { describeResource } from './model/resource';
export { atLeast, DEFAULT_KUBERNETES_VERSION, KUBERNETES_VERSIONS, parseKubernetesVersion, type KubernetesVersion } from './model/kubernetesVersion';
export { ResourceIndex } from './model/resourceIndex';
export { pairsSelect, summarizeResource, summaryRange, SUMMARY_RANGE_FIELDS, type LabelPairs, type ResourceSummary, type SummaryRangeField } from './model/resourceSummary';
export { decodeManifestBytes } from './parse/decodeManifestBytes';
export { LineIndex, type Position } from './parse/lineIndex';
export { DEFAULT_MAX_FILE_SIZE, describeTooLarge, parseFile } from './parse/parseFile';
export { findAliasExpansionProblem } from './parse/toPlainValue';
export { changesRollout } from './rules/index';

// PodDisruptionBudgets (docs/validation.md §10): which pods a budget guards and how many may go, for evictions
export { budgetSelects, desiredHealthy, disruptionsAllowed, toDisruptionBudget, type DisruptionBudget } from './model/disruptionBudget';

// Strings: the locale, the message tables, text safe for a terminal
export { setLocale, t, type MessageKey } from './l10n/messages';
export { setUiLocale, uiText, type UiMessageKey } from './l10n/uiMessages';
export { shorten } from './model/names';
export { closestName } from './schema/closestName';
export { formatSize } from './text/formatSize';
export { escapeTerminal } from './text/terminal';
export { detached } from './text/detached';

// Simulator scripts: parse and check them before a run, print a run's events
export { formatEvents } from './simulate/formatEvents';
export { selectStatefulSet, type Selection } from './simulate/fromModel';
export { findLimitProblem, MAX_PANEL_EVENTS } from './simulate/limits';
export { ScriptError } from './simulate/nodeLifecycle';
export { defaultScript, findPodNameProblem, isScriptText, parseScript } from './simulate/script';
export { DEFAULT_ENVIRONMENT } from './simulate/types';

// Changes against a baseline (docs/change-model.md): match resources with an earlier version, plan what applying does
export { BaselineIndex } from './change/baselineIndex';
export { planChanges, type PlannedResource } from './change/plan';
export type { BaselineLookup, BaselineMatcher } from './change/baselineIndex';
export type { ChangeSummary } from './change/editorChange';
export { wayOutMarkdown } from './change/wayOutMarkdown';
export { code, plainText } from './docs/markdown';

// Learn StatefulSets (docs/learn.md): the walkthrough's experiments and their proving events
export { doneContextKey, experimentById, isExperimentId, type Experiment, type ExperimentId } from './learn/experiments';
export { toVolumeWrites, VolumeContents, type ReadBack } from './learn/volumeData';
