// Issue #15, "everything that was fine stays fine": a million documents through check and both
// machine-readable reports, and the hostile catalogue through the built CLI, whose JSON and SARIF
// must parse whatever the files hold (the fuzz test checks the same writers in-process).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeJson, writeSarif } from '../../../src/cli/report';
import { checkFiles } from '../../../src/core/check';
import { parseFile } from '../../../src/core/parse/parseFile';
import { CLI, runCli, tempDir } from '../cliRun';
import { CATALOGUE } from '../fuzz/catalogue';
import { assertJsonReport, assertSarifReport, assertTerminalText } from '../fuzz/wellFormed';

/** The catalogue's cases of the items whose output must stay well-formed (names, keys, encodings). */
const OUTPUT_ITEMS = new Set([1, 9, 10, 11, 12]);

describe('what was fine stays fine (issue #15)', () => {
  it('checks a file of 1,000,000 documents and writes its JSON and SARIF reports in bounded time', function () {
    this.timeout(120_000);
    // 1,000 Services without ports (one finding each), 249,000 ConfigMaps, 750,000 bare maps.
    const services = '---\nkind: Service\napiVersion: v1\nmetadata: {name: s}\nspec: {selector: {app: s}}\n'.repeat(1_000);
    const text = services + '---\nkind: ConfigMap\napiVersion: v1\nmetadata: {name: c}\n'.repeat(249_000) + '---\na: 1\n'.repeat(750_000);
    const started = process.hrtime.bigint();
    const parsed = parseFile(text, { maxFileSize: Infinity });
    const diagnostics = checkFiles([{ uri: 'file:///million.yaml', parsed }]).get('file:///million.yaml')!;
    let json = '';
    writeJson([{ name: 'million.yaml', text, diagnostics }], (chunk) => (json += chunk));
    let sarif = '';
    writeSarif([{ name: 'million.yaml', text, diagnostics }], '0.0.0', (chunk) => (sarif += chunk));
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    assert.equal(parsed.documents.length, 1_000_000);
    assert.equal(diagnostics.filter((d) => d.ruleId === 'svc-ports-required').length, 1_000);
    assert.equal(assertJsonReport(json), diagnostics.length);
    assertSarifReport(sarif, diagnostics.length);
    assert.ok(ms < 60_000, `took ${ms} ms`); // a few seconds alone; a budget, not a benchmark
  });

  it('writes JSON and SARIF that parse, and text without raw control characters, for the hostile catalogue through the CLI', function () {
    this.timeout(120_000);
    assert.ok(fs.existsSync(CLI), 'dist/cli.js is missing: run `npm run build` first');
    const cases = CATALOGUE.filter((c) => OUTPUT_ITEMS.has(c.item));
    const dir = tempDir();
    cases.forEach((c, i) => fs.writeFileSync(path.join(dir, `case-${i}.yaml`), c.input()));
    const json = runCli(['check', '--format', 'json', '.'], { cwd: dir });
    assert.equal(json.code, 1, json.stderr);
    const findings = assertJsonReport(json.stdout);
    assert.equal(new Set((JSON.parse(json.stdout) as { file: string }[]).map((f) => f.file)).size, cases.length, 'findings in every file');
    const sarif = runCli(['check', '--format', 'sarif', '.'], { cwd: dir });
    assertSarifReport(sarif.stdout, findings);
    const text = runCli(['check', '.'], { cwd: dir });
    assertTerminalText(text.stdout, 'text report', findings + 1);
  });
});
