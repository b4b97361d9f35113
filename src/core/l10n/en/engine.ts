// English strings of the engine's own notices and the schema check (keys `engine.*`, `schema.*`).
// The rules' strings are in the rule modules (src/core/rules/<id>.ts).
export const engine = {
  'schema.unknownField': 'unknown field "{0}"',
  'schema.unknownField.didYouMean': 'unknown field "{0}"; did you mean "{1}"?',
  'schema.unknownFieldBetween':
    'field "{0}" is not in the Kubernetes {1} API but is in {3}: the checker has no API of {2} itself, so make sure your {2} clusters have it',
  'schema.unsupportedValueBetween':
    '{0}: {1} is not a supported value in the Kubernetes {2} API but is in {4}: the checker has no API of {3} itself, so make sure your {3} clusters accept it',
  'schema.required': '{0}: Required value',
  'schema.unsupportedValue': '{0}: Unsupported value: {1}: supported values: {2}',
  'schema.int32Range': '{0}: {1} is out of range for a 32-bit integer',
  'schema.notQuantity': '{0}: {1} is not a quantity: write a number with an optional unit, like "500m", "2", "128Mi" or "1Gi"',
  'schema.expectedType': '{0}: expected {1}, got {2}',
  'schema.type.object': 'an object',
  'schema.type.list': 'a list',
  'schema.type.string': 'a string',
  'schema.type.integer': 'an integer',
  'schema.type.number': 'a number',
  'schema.type.boolean': 'a boolean',
  'schema.type.intOrString': 'an integer or a string',
  'schema.type.quantity': 'a quantity (a string like "500m" or "1Gi", or a number)',
  'schema.value.string': 'string {0}',
  'schema.value.number': 'number {0}',
  'schema.value.boolean': 'boolean {0}',
  'engine.helmSkipped':
    'Helm template syntax ({{ … }}) found: this is a chart template, not plain YAML, so StatefulSet Studio skipped it. Check the rendered output instead (helm template … | statefulset-studio check -).',
  'engine.internalError': 'Rule {0} failed on {1}: {2}. Please report this.',
  'engine.fixFailed': 'The quick fix of rule {0} failed on {1}: {2}. Please report this.',
  'engine.fileTooLarge':
    'File not checked: it is {0}, over the {1} limit (setting statefulsetStudio.maxFileSize, CLI --max-file-size).',
  'engine.lenientIndent':
    'This quoted scalar continues on a line indented no deeper than its key. Kubernetes accepts it; stricter YAML tools reject it.',
  'engine.unknownAnchor': "unknown anchor '{0}' referenced: an alias must name an anchor defined earlier in the same document. Kubernetes rejects the document.",
  'engine.controlCharacter': 'control characters are not allowed ({0}): Kubernetes rejects the document.',
  'engine.aliasExpansion': 'too many alias expansions: the aliases copy {0} values (limit {1}).',
  'engine.acceptedThenPodsFail': '{0} (a Kubernetes {1} apiserver accepts the StatefulSet, then every pod creation fails: FailedCreate)',
  'engine.acceptedThenClaimsFail': '{0} (a Kubernetes {1} apiserver accepts the StatefulSet, then every claim creation fails: FailedCreate, and no pod starts)',
  'schema.walkFailed': 'The schema check stopped early ({0}); fields after this point were not checked. Please report this.',
} as const;
