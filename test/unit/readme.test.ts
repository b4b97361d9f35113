import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { rules } from '../../src/core/rules/index';
import { replaceRuleTable } from '../../src/core/rules/ruleTable';

const README = path.resolve(__dirname, '..', '..', '..', 'README.md');

describe('README', () => {
  it('carries the rule table generated from the registry (run `npm run docs` after changing a rule)', () => {
    const readme = fs.readFileSync(README, 'utf8');
    assert.equal(readme, replaceRuleTable(readme, rules));
  });

  it('has unique rule ids, each equal to its module file name', () => {
    const ids = rules.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    const dir = path.resolve(__dirname, '..', '..', 'src', 'core', 'rules');
    for (const id of ids) assert.ok(fs.existsSync(path.join(dir, `${id}.js`)), `no module ${id}.ts`);
  });
});
