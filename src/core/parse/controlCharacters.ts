// go-yaml v2 refuses a document holding a character outside YAML's printable set (reader.go
// `yaml_parser_update_buffer`: "control characters are not allowed"), so Kubernetes rejects it;
// `yaml` reads it without a word (a NUL inside `kind` then made the resource silently unknown).
import { t } from '../l10n/messages';
import type { YamlProblem } from './yamlProblem';

// Allowed: TAB, LF, CR, 0x20–0x7E, NEL, 0xA0–0xD7FF, 0xE000–0xFFFD and (as surrogate pairs in a JS
// string) 0x10000–0x10FFFF. A character class finds the first other one in a single native scan.
const NOT_PRINTABLE = /[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\ud800-\udfff]/;

function describeCodePoint(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The first character go-yaml would refuse, as an error on that character. */
export function findControlCharacter(text: string): YamlProblem | undefined {
  const at = text.search(NOT_PRINTABLE);
  if (at === -1) return undefined;
  const message = t('engine.controlCharacter', describeCodePoint(text.charCodeAt(at)));
  return { code: 'yaml-control-character', message, range: { start: at, end: at + 1 }, severity: 'error' };
}
