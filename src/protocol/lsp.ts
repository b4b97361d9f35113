// What the language server (src/server) and its clients (the extension, tests, the benchmark) agree
// on beyond the Language Server Protocol itself: the panel's custom requests, the settings section,
// the code lens command and the initialization options. Types only and string constants, so either
// side builds its RequestType from its own package (vscode-languageserver or -languageclient).
import type { RolloutPlan } from '../core/simulate/planRollout';
import type { Script, SimResult } from '../core/simulate/types';
import type { PanelProblem, ToWebview } from './messages';

/** `workspace/configuration` section of every setting the server reads (package.json declares them). */
export const SETTINGS_SECTION = 'statefulsetStudio';

/** Plans the rollout the panel animates (the core's planRollout). */
export const PLAN_ROLLOUT_REQUEST = 'statefulsetStudio/planRollout';
/** Runs the simulator on a StatefulSet (the core's simulate), as the CLI's `simulate` does. */
export const SIMULATE_REQUEST = 'statefulsetStudio/simulate';

/**
 * Indexes the workspace again, as on start: after the user cancelled the index (cross-file findings
 * wait for a complete one), or to pick up files changed outside the client's watchers.
 */
export const REINDEX_REQUEST = 'statefulsetStudio/reindex';

/** What REINDEX_REQUEST answers once that scan ends: false when it was cancelled or replaced. */
export interface ReindexResult {
  readonly complete: boolean;
}

/** The command of the "▶ Simulate rollout" code lens; its one argument is a SimulateTarget. */
export const SIMULATE_ROLLOUT_COMMAND = 'statefulsetStudio.simulateRollout';
/** The command of the change code lens ("Simulate this change"); its one argument is a SimulateTarget. */
export const SIMULATE_CHANGE_COMMAND = 'statefulsetStudio.simulateChange';

/** The committed text of a baseline document (`statefulset-baseline:` uris), or null when it is not the current baseline. */
export const BASELINE_TEXT_REQUEST = 'statefulsetStudio/baselineText';
/** Client → server: look whether the baseline's ref moved (the editor window regained focus: a commit elsewhere). */
export const REFRESH_BASELINE_NOTIFICATION = 'statefulsetStudio/refreshBaseline';
/** Server → client: the baseline appeared, moved to another commit or went away. */
export const BASELINE_CHANGED_NOTIFICATION = 'statefulsetStudio/baselineChanged';

/** A baseline document by the working-tree file's path and the ref (as the baseline uri names them). */
export interface BaselineTextParams {
  readonly path: string;
  readonly ref: string;
}

/** A StatefulSet by its file and the 0-based index of its YAML document. */
export interface SimulateTarget {
  readonly uri: string;
  readonly documentIndex: number;
}

export interface RolloutRequestParams extends SimulateTarget {
  /** The script to run; the default script (create the set, then stop) when absent. */
  readonly script?: Script;
  /** planRollout only: the event budget (the panel's MAX_PANEL_EVENTS by default). */
  readonly maxEvents?: number;
}

export type PlanRolloutResult = RolloutPlan | { readonly error: string };
export type SimulateResult = SimResult | { readonly error: string };

/** `initialize`'s initializationOptions, all optional. */
export interface InitializationOptions {
  /** The display language (`en`, `zh-cn`); messages follow it. */
  readonly locale?: string;
  /** Red Hat's YAML extension reports syntax errors: `yamlSyntaxDiagnostics: auto` leaves them to it. */
  readonly yamlExtensionInstalled?: boolean;
}

/**
 * Client → server: Red Hat's YAML extension was installed or removed while the editor runs
 * (`yamlExtensionInstalled` of the initialization options, again); `yamlSyntaxDiagnostics: auto`
 * follows it without a restart.
 */
export const YAML_EXTENSION_NOTIFICATION = 'statefulsetStudio/yamlExtension';

export interface YamlExtensionParams {
  readonly installed: boolean;
}

/**
 * The rollout panel's plan: the panel's session (its StatefulSet, added steps, what-if policy,
 * StorageClass, script or change mode; checked on arrival like a webview message) planned as
 * src/panel/plan.ts plans it, with the problems the server published for that StatefulSet.
 */
export const PANEL_PLAN_REQUEST = 'statefulsetStudio/panelPlan';

export interface PanelPlanParams {
  /** A src/panel/session.ts PanelSession, as JSON. */
  readonly session: unknown;
  /** VS Code's display language, for the webview's own texts. */
  readonly locale: string;
  /** The simulated time to stay at after a re-plan. */
  readonly keepTime?: number;
}

/** Where a listed problem is, to reveal it (an LSP range: 0-based lines, UTF-16 characters). */
export interface PanelProblemLink {
  readonly problem: PanelProblem;
  readonly uri: string;
  readonly range: { readonly start: LspPosition; readonly end: LspPosition };
}

export interface PanelPlanResult {
  /** `init`, or `error` with the reason. */
  readonly message: ToWebview;
  /** The StatefulSet found (renamed in the editor: the panel follows it); absent with an error. */
  readonly target?: { readonly uri: string; readonly name: string; readonly namespace: string; readonly documentIndex?: number };
  readonly problems: readonly PanelProblemLink[];
}

interface LspPosition {
  readonly line: number;
  readonly character: number;
}

/** The StatefulSets of an open file (the Simulate commands pick one: under the cursor, the only one, or asked). */
export const STATEFUL_SETS_REQUEST = 'statefulsetStudio/statefulSets';

export interface StatefulSetInfo {
  readonly documentIndex: number;
  readonly name?: string;
  readonly namespace: string;
  /** The `kind:` line and the document's lines, 0-based. */
  readonly kindLine: number;
  readonly firstLine: number;
  readonly lastLine: number;
}

/** Scans the workspace again and re-checks every file (the Re-check Workspace command). */
export const RECHECK_WORKSPACE_REQUEST = 'statefulsetStudio/recheckWorkspace';

/**
 * Which of these workspace files are simulator scripts (what `simulate --script` reads), for
 * "Simulate Rollout with a Script…": the server reads them and tells scripts from manifests by
 * their top-level keys, so the extension host never parses YAML. A broken script is still one.
 */
export const FIND_SCRIPTS_REQUEST = 'statefulsetStudio/findScripts';

export interface FindScriptsParams {
  /** `file:` uris of YAML files (the client found them with its own excludes). */
  readonly uris: readonly string[];
}

/**
 * The longest script text a panel keeps or the server reads for it: more would only slow
 * re-planning (a panel is for trying a few things).
 */
export const MAX_SCRIPT_LENGTH = 100_000;

/** A script among the files asked about, with its text (read from disk); files longer than MAX_SCRIPT_LENGTH or unreadable are left out. */
export interface ScriptFile {
  readonly uri: string;
  readonly text: string;
}
