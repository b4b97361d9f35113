// `npm run docs`: rewrites the README's rule table from the compiled registry (run compile-tests first).
const fs = require('node:fs');
const path = require('node:path');
const root = path.resolve(__dirname, '..');
const { rules } = require(path.join(root, 'out/src/core/rules/index.js'));
const { replaceRuleTable } = require(path.join(root, 'out/src/core/rules/ruleTable.js'));
const file = path.join(root, 'README.md');
fs.writeFileSync(file, replaceRuleTable(fs.readFileSync(file, 'utf8'), rules));
console.log(`README rule table: ${rules.length} rules`);
