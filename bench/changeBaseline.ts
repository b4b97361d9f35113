// Checking against a baseline (issue #10): the baseline is parsed and indexed once per ref, so a
// check with it costs a look-up per resource and the update rules on the matched StatefulSets
// and Services. Both sides check the same parsed 20k-line manifest (every image bumped, so every
// StatefulSet is compared); the subject also looks up and compares with the committed version,
// handing the check the BaselineIndex so it matches the resources it collects anyway (once). A
// check takes milliseconds here: each sample times several, so that one GC pause or a neighbour's
// burst on a shared machine does not decide the ratio.
import { BaselineIndex } from '../src/core/change/baselineIndex';
import { checkFiles, collectResources } from '../src/core/check';
import { parseFile } from '../src/core/parse/parseFile';
import { generate } from './languageService';
import { compare, fmt } from './measure';

const CHECKS_PER_SAMPLE = 5;

export function benchChangeBaseline(): string[] {
  const committed = generate(['--lines', '20000', '--seed', '42']);
  const edited = committed.replace(/image: ([a-z-]+):([0-9.]+)/g, 'image: $1:$2-next');
  const baseline = new BaselineIndex(collectResources([{ uri: 'HEAD:big.yaml', parsed: parseFile(committed) }]));
  const sources = [{ uri: 'big.yaml', parsed: parseFile(edited) }];
  const times = (check: () => void) => () => {
    for (let i = 0; i < CHECKS_PER_SAMPLE; i++) check();
  };
  const result = compare(41, times(() => checkFiles(sources)), times(() => checkFiles(sources, { baseline })));
  return [`check with a baseline vs without, 20k-line manifest (parse cached, ${CHECKS_PER_SAMPLE} checks per sample): ${fmt(result)}   (goal <= 1.2x)`];
}
