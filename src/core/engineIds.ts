// The ids the engine reports under itself rather than through a rule's own module. Its own module
// so that a rule can name its id here (k8s-schema does) without importing check.ts, which imports
// the rule registry: that would be an import cycle.
export const SCHEMA_RULE_ID = 'k8s-schema';
export const HELM_SKIPPED = 'helm-template-skipped';
export const FILE_SKIPPED = 'file-too-large';
export const INTERNAL_ERROR = 'internal-error';
