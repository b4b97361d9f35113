// A problem the parser found in one YAML document. Its own module so that the parts of the parse
// that report problems (yamlTree, duplicateKeys, controlCharacters) need not import parseChunk,
// which imports them.
import type { Severity } from '../model/severity';
import type { Range } from '../model/types';

export interface YamlProblem {
  /** The `yaml` package's ErrorCode (`BAD_INDENT`, `DUPLICATE_KEY`, …) or one of ours. */
  readonly code: string;
  readonly message: string;
  readonly range: Range;
  readonly severity: Severity;
}
