// The hostile-input fuzz test (issue #15): the hostile catalogue, hostile simulate scripts and
// seeded random mutations of the real manifests in test/fixtures/corpus and examples/, through
// every operation of the CLI and the editor (operations.ts), each within its time and memory
// budget (budget.ts). Reproducible: FUZZ_SEED (default 15) and FUZZ_RUNS (default 120) fix the
// run; a failure names the seed and writes its input to test-output/fuzz/.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeManifestBytes } from '../../../src/core/parse/decodeManifestBytes';
import { parseScript } from '../../../src/core/simulate/script';
import { ROOT } from '../cliRun';
import { WEB_EXAMPLE } from '../helpers';
import { Budget, budgetFor } from './budget';
import { CATALOGUE } from './catalogue';
import { reportFailure, watchFixCrashes, writePending } from './failures';
import { mutate } from './mutate';
import { runOperations } from './operations';
import { Random } from './prng';
import { HOSTILE_SCRIPTS } from './scripts';

const SEED = Number(process.env.FUZZ_SEED ?? 15);
const RUNS = Number(process.env.FUZZ_RUNS ?? 120);
const BATCH = 40;
/** FUZZ_VERBOSE=1 prints each catalogue case's slowest operation and largest heap growth. */
const VERBOSE = process.env.FUZZ_VERBOSE === '1';
/** Larger files are checked whole by corpus.test.ts; mutating them would cost the budget of the run. */
const MAX_MUTATED_SIZE = 200 * 1024;

function yamlFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir)).filter((name) => name.endsWith('.yaml')).map((name) => path.join(dir, name));
}

const MANIFESTS = ['test/fixtures/corpus/plain', 'test/fixtures/corpus/helm', 'examples', 'examples/broken']
  .flatMap(yamlFiles)
  .map((file) => ({ file, text: fs.readFileSync(path.join(ROOT, file), 'utf8') }))
  .filter(({ text }) => text.length <= MAX_MUTATED_SIZE);
const SCRIPTS = yamlFiles('examples/scripts').map((file) => fs.readFileSync(path.join(ROOT, file), 'utf8'));

describe('fuzz: hostile input through check, reports, hover, completion, fixes and simulate', function () {
  this.timeout(120_000);
  const fixCrashes: string[] = [];
  let restoreFixes: () => void;
  before(() => (restoreFixes = watchFixCrashes(fixCrashes)));
  after(() => restoreFixes());
  afterEach(() => assert.deepEqual(fixCrashes.splice(0), [], 'a quick fix threw'));

  describe('the hostile catalogue', () => {
    for (const hostile of CATALOGUE) {
      it(`ends bounded and clear: ${hostile.name}${hostile.item > 0 ? ` (item ${hostile.item})` : ''}`, () => {
        const input = hostile.input();
        try {
          const text = typeof input === 'string' ? input : decodeManifestBytes(input);
          const budget = new Budget(hostile.name, budgetFor(text.length));
          const outcome = runOperations({ text, maxFileSize: hostile.maxFileSize }, budget, new Random(SEED));
          hostile.expect?.(outcome);
          if (VERBOSE) console.log(`      ${JSON.stringify(budget.worst)}`);
        } catch (error) {
          reportFailure(error, `catalogue-${hostile.name}`, input, `catalogue case "${hostile.name}", seed ${SEED}`);
        }
      });
    }
  });

  describe('hostile simulate scripts', () => {
    for (const script of HOSTILE_SCRIPTS) {
      it(`answers with a script or one message, and simulates within budget: ${script.name}`, () => {
        try {
          const parsed = parseScript(script.text);
          if (script.refused) assert.match('error' in parsed ? parsed.error : '(accepted)', script.refused);
          else assert.ok(!('error' in parsed), 'error' in parsed ? parsed.error : '');
          if ('script' in parsed) runOperations({ text: WEB_EXAMPLE, script: parsed.script }, new Budget(script.name), new Random(SEED));
        } catch (error) {
          reportFailure(error, `script-${script.name}`, script.text, `hostile script "${script.name}"`);
        }
      });
    }
  });

  describe(`seeded mutations of the real manifests (seed ${SEED}, ${RUNS} runs)`, () => {
    for (let first = 0; first < RUNS; first += BATCH) {
      const last = Math.min(first + BATCH, RUNS);
      it(`runs ${first}–${last - 1} end within budget, without a crash, with well-formed output`, () => {
        for (let run = first; run < last; run++) runMutation(SEED + run);
      });
    }
  });
});

/** One mutated manifest, and every fourth run a mutated example script simulated against it. */
function runMutation(seed: number): void {
  const random = new Random(seed);
  const { file, text } = random.pick(MANIFESTS);
  // Mostly a few edits, as while typing; one run in five many more, as an attacker would.
  const mutated = mutate(text, random, random.chance(0.2) ? 16 : 4);
  const script = seed % 4 === 0 ? parseScript(mutate(random.pick(SCRIPTS), random).text) : undefined;
  // A budget is checked when an operation returns; one that never returns leaves its input here.
  const pending = writePending(`mutation-${seed}`, mutated.text);
  try {
    const budget = new Budget(`${file} (seed ${seed})`, budgetFor(mutated.text.length), { collect: false });
    runOperations({ text: mutated.text, ...(script && 'script' in script ? { script: script.script } : {}) }, budget, random);
    fs.unlinkSync(pending);
  } catch (error) {
    reportFailure(error, `mutation-${seed}`, mutated.text, `FUZZ_SEED=${seed} FUZZ_RUNS=1: ${file} after ${mutated.applied.join(', ')}`);
  }
}
