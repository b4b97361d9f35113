// What every output must be, whatever the input: the JSON report parses and keeps the contract's
// keys, SARIF parses and has the fields a SARIF consumer needs, text for a terminal holds no raw
// control character (one line per finding, so none is forged), and Markdown renders to no link,
// heading or tag the user's text made.
import * as assert from 'node:assert/strict';
import { assertInertMarkdown } from '../docs/hoverHelpers';

const JSON_KEYS = ['file', 'document', 'kind', 'name', 'path', 'rule', 'severity', 'message', 'range'];
const SEVERITIES = new Set(['error', 'warning', 'information', 'hint']);
const SARIF_LEVELS = new Set(['error', 'warning', 'note']);
/** Any C0 or C1 control character but the line feed, and DEL. */
// eslint-disable-next-line no-control-regex -- finding raw control characters is the point
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

/** The JSON report: an array of findings with exactly the contract's keys; returns their number. */
export function assertJsonReport(output: string): number {
  const findings = JSON.parse(output) as unknown;
  assert.ok(Array.isArray(findings), 'the JSON report is an array');
  for (const finding of findings as Record<string, unknown>[]) {
    assert.deepEqual(Object.keys(finding), JSON_KEYS);
    assert.ok(SEVERITIES.has(finding.severity as string), `severity ${String(finding.severity)}`);
    const range = finding.range as { start: { line: number; character: number }; end: { line: number; character: number } };
    for (const position of [range.start, range.end]) assert.ok(Number.isInteger(position.line) && Number.isInteger(position.character) && position.line >= 0);
  }
  return findings.length;
}

interface SarifResult {
  ruleId: string;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[];
}

/** SARIF 2.1.0 with one run, its tool and rules, and well-formed results. */
export function assertSarifReport(output: string, findings: number): void {
  const sarif = JSON.parse(output) as { version: string; runs: { tool: { driver: { name: string; rules: unknown[] } }; results: SarifResult[] }[] };
  assert.equal(sarif.version, '2.1.0');
  assert.equal(sarif.runs.length, 1);
  const [run] = sarif.runs;
  assert.equal(run.tool.driver.name, 'statefulset-studio');
  assert.ok(run.tool.driver.rules.length > 0);
  assert.equal(run.results.length, findings);
  for (const result of run.results) {
    assert.equal(typeof result.ruleId, 'string');
    assert.ok(SARIF_LEVELS.has(result.level), `level ${result.level}`);
    assert.equal(typeof result.message.text, 'string');
    const { artifactLocation, region } = result.locations[0].physicalLocation;
    assert.doesNotThrow(() => new URL(artifactLocation.uri, 'file:///base/'));
    assert.ok(region.startLine >= 1 && region.startColumn >= 1 && region.endLine >= region.startLine, JSON.stringify(region));
  }
}

/** Terminal text: no raw control character; `lines` lines when the count is known. */
export function assertTerminalText(output: string, what: string, lines?: number): void {
  const raw = RAW_CONTROL.exec(output);
  assert.equal(raw, null, `${what}: raw U+${raw?.[0].charCodeAt(0).toString(16).padStart(4, '0')} at ${raw?.index}`);
  if (lines !== undefined) assert.equal(output.split('\n').length - 1, lines, `${what}: one line per finding and the summary`);
}

/**
 * Hover or completion Markdown: renders to text formatting and web links only (no command link,
 * heading or HTML of the user's making), with no control character but line breaks.
 */
export function assertSafeMarkdown(markdown: string, what: string): void {
  assertInertMarkdown(markdown, what, /^https?:\/\//);
  assertTerminalText(markdown, what);
}
