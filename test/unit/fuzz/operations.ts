// One fuzz case through every core operation the CLI and the editor run, each under the case's
// budget: parse and check (checkFiles, as both do), the three CLI reports, hover, completion and
// navigation at several offsets, every quick fix applied and re-checked, and the simulator.
import * as assert from 'node:assert/strict';
import { writeJson, writeSarif, writeText, type FileReport } from '../../../src/cli/report';
import { checkFiles, collectResources, INTERNAL_ERROR, type Diagnostic, type SourceFile } from '../../../src/core/check';
import { completionsAt } from '../../../src/core/complete/completions';
import { hoverAt } from '../../../src/core/docs/hover';
import { fixesFor } from '../../../src/core/fixes';
import { ResourceIndex } from '../../../src/core/model/resourceIndex';
import { findDefinitions } from '../../../src/core/navigate/definitions';
import { findReferences } from '../../../src/core/navigate/references';
import { documentSymbols } from '../../../src/core/navigate/symbols';
import type { ParsedChunk } from '../../../src/core/parse/parseChunk';
import { parseFile } from '../../../src/core/parse/parseFile';
import type { Script } from '../../../src/core/simulate/types';
import { applyEdits } from '../helpers';
import type { Budget } from './budget';
import type { Random } from './prng';
import { simulateStatefulSets, type SimulationOutcome } from './simulation';
import { assertJsonReport, assertSafeMarkdown, assertSarifReport, assertTerminalText } from './wellFormed';

export const URI = 'file:///fuzz/case.yaml';
/** Random offsets probed per case for hover, completion and navigation, besides the start, the end and the first findings. */
const OFFSETS = 9;
/** Diagnostics asked for fixes, and fixes applied and re-checked, per case. */
const FIXED_DIAGNOSTICS = 40;
const RECHECKED_FIXES = 4;

export interface FuzzInput {
  readonly text: string;
  readonly maxFileSize?: number;
  /** The `--script` to simulate with; the default script (the manifest applied) without. */
  readonly script?: Script;
}

export interface Outcome {
  readonly documents: number;
  readonly diagnostics: readonly Diagnostic[];
  readonly json: string;
  readonly simulations: readonly SimulationOutcome[];
}

export function runOperations(input: FuzzInput, budget: Budget, random: Random): Outcome {
  const cache = new Map<string, ParsedChunk>();
  const source: SourceFile = { uri: URI, parsed: budget.run('parse', () => parseFile(input.text, { maxFileSize: input.maxFileSize, cache })) };
  const diagnostics = checkChecked([source], budget, 'check');
  const json = writeReports(source, diagnostics, budget);
  const index = budget.run('index', () => new ResourceIndex(collectResources([source])));
  for (const offset of probeOffsets(input.text, diagnostics, random)) probeAt(source, index, offset, budget);
  budget.run('document symbols', () => documentSymbols(URI, source.parsed));
  applyFixes(source, diagnostics, { index, cache, budget, input });
  const simulations = simulateStatefulSets(source, index, budget, input.script);
  return { documents: source.parsed.documents.length, diagnostics, json, simulations };
}

/** The rule ids `text` gets as a plain UTF-8 file, for cases that must read the same. */
export function rulesOfPlainText(text: string): string[] {
  return (checkFiles([{ uri: URI, parsed: parseFile(text) }]).get(URI) ?? []).map((d) => d.ruleId);
}

function checkChecked(files: readonly SourceFile[], budget: Budget, operation: string): Diagnostic[] {
  const diagnostics = budget.run(operation, () => checkFiles(files).get(URI) ?? []);
  // A rule that crashed is reported as an internal-error finding: a failure here, never a result.
  const crash = diagnostics.find((d) => d.ruleId === INTERNAL_ERROR);
  assert.equal(crash, undefined, `${operation}: ${crash?.message}`);
  return diagnostics;
}

/** The CLI's JSON, SARIF and text reports of the diagnostics, each checked; returns the JSON. */
function writeReports(source: SourceFile, diagnostics: readonly Diagnostic[], budget: Budget): string {
  const reports: FileReport[] = [{ name: 'fuzz/case #1?.yaml', text: source.parsed.text, diagnostics }];
  const collect = (write: (out: (chunk: string) => void) => void) => {
    const chunks: string[] = [];
    write((chunk) => chunks.push(chunk));
    return chunks.join('');
  };
  const json = budget.run('report json', () => collect((out) => writeJson(reports, out)));
  assert.equal(assertJsonReport(json), diagnostics.length);
  budget.run('report sarif', () => assertSarifReport(collect((out) => writeSarif(reports, '0.0.0', out)), diagnostics.length));
  budget.run('report text', () => assertTerminalText(collect((out) => writeText(reports, out)), 'text report', diagnostics.length + 1));
  return json;
}

/** Where the fuzzer asks: the start, the end, where findings start, after a key, anywhere. */
function probeOffsets(text: string, diagnostics: readonly Diagnostic[], random: Random): number[] {
  const offsets = new Set([0, text.length]);
  for (const d of diagnostics.slice(0, 2)) offsets.add(d.range.start);
  // A set, so a short text gets fewer offsets rather than a loop that waits for nine distinct ones.
  for (let tries = 0; tries < OFFSETS; tries++) {
    const at = random.below(text.length + 1);
    const colon = text.indexOf(':', at);
    offsets.add(random.chance(0.5) && colon !== -1 ? colon + random.below(3) : at);
  }
  return [...offsets].map((offset) => Math.min(offset, text.length));
}

function probeAt(source: SourceFile, index: ResourceIndex, offset: number, budget: Budget): void {
  const length = source.parsed.text.length;
  const inText = (range: { start: number; end: number }) => range.start >= 0 && range.start <= range.end && range.end <= length;
  const hover = budget.run(`hover at ${offset}`, () => hoverAt(source, offset, index));
  if (hover) {
    assertSafeMarkdown(hover.markdown, `hover at ${offset}`);
    assert.ok(inText(hover.range), `hover range ${JSON.stringify(hover.range)}`);
  }
  for (const item of budget.run(`completion at ${offset}`, () => completionsAt(source, offset, index))) {
    assert.ok(inText(item.range), `completion range ${JSON.stringify(item.range)}`);
    if (item.documentation !== undefined) assertSafeMarkdown(item.documentation, `completion ${item.label}`);
  }
  budget.run(`definitions at ${offset}`, () => findDefinitions(index, URI, offset));
  budget.run(`references at ${offset}`, () => findReferences(index, URI, offset, { includeDeclaration: true }));
}

interface FixContext {
  readonly index: ResourceIndex;
  /** The documents of the file as parsed: a fixed file re-parses only what the fix changed, as in the editor. */
  readonly cache: ReadonlyMap<string, ParsedChunk>;
  readonly budget: Budget;
  readonly input: FuzzInput;
}

/** Every fix of the first diagnostics: edits inside the file, and the fixed file checks cleanly. */
function applyFixes(source: SourceFile, diagnostics: readonly Diagnostic[], { index, cache, budget, input }: FixContext): void {
  let rechecked = 0;
  for (const diagnostic of diagnostics.slice(0, FIXED_DIAGNOSTICS)) {
    const fixes = budget.run(`fixes of ${diagnostic.ruleId}`, () => fixesFor(diagnostic, [source], index));
    for (const fix of fixes) {
      const edits = fix.edits.filter((edit) => edit.uri === URI);
      for (const edit of edits) assert.ok(edit.range.start >= 0 && edit.range.start <= edit.range.end && edit.range.end <= source.parsed.text.length, fix.title);
      if (rechecked++ >= RECHECKED_FIXES) continue;
      const text = applyEdits(source.parsed.text, edits);
      const fixed: SourceFile = { uri: URI, parsed: parseFile(text, { maxFileSize: input.maxFileSize, cache: new Map(cache) }) };
      checkChecked([fixed], budget, `re-check after "${fix.title}"`);
    }
  }
}
