// Checking against a baseline (issue #10): the baseline is parsed and indexed once per ref, so a
// check with it costs a look-up per resource and the update rules on the matched StatefulSets
// and Services. Both sides check the same parsed 20k-line manifest (every image bumped, so every
// StatefulSet is compared); the subject also looks up and compares with the committed version,
// handing the check the BaselineIndex so it matches the resources it collects anyway (once). 61
// rounds: a check takes milliseconds here, and fewer rounds let one GC pause decide the ratio.
import { BaselineIndex } from '../src/core/change/baselineIndex';
import { checkFiles, collectResources } from '../src/core/check';
import { parseFile } from '../src/core/parse/parseFile';
import { generate } from './languageService';
import { compare, fmt } from './measure';

export function benchChangeBaseline(): string[] {
  const committed = generate(['--lines', '20000', '--seed', '42']);
  const edited = committed.replace(/image: ([a-z-]+):([0-9.]+)/g, 'image: $1:$2-next');
  const baseline = new BaselineIndex(collectResources([{ uri: 'HEAD:big.yaml', parsed: parseFile(committed) }]));
  const sources = [{ uri: 'big.yaml', parsed: parseFile(edited) }];
  const result = compare(
    61,
    () => checkFiles(sources),
    () => checkFiles(sources, { baseline }),
  );
  return [`check with a baseline vs without, 20k-line manifest (parse cached): ${fmt(result)}   (goal <= 1.2x)`];
}
