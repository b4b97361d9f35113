// One test over every rule: what adding a rule must touch (its module, its registry entry, its
// translations, its test, its README row) agrees, so a rule cannot be half added.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { changesRollout, rules } from '../../../src/core/rules/index';
import { ruleTranslations } from '../../../src/core/rules/l10n/index';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const COMPILED_RULES = path.resolve(__dirname, '..', '..', '..', 'src', 'core', 'rules');
const placeholders = (text: string) => [...text.matchAll(/\{(\d+)\}/g)].map((m) => m[1]).sort().join(',');

/** The rule files of src/core/rules: kebab-case names (helpers are camelCase). */
function ruleFiles(): string[] {
  return fs
    .readdirSync(path.join(ROOT, 'src', 'core', 'rules'))
    .filter((file) => /^[a-z0-9]+(-[a-z0-9]+)+\.ts$/.test(file))
    .map((file) => file.slice(0, -'.ts'.length));
}

describe('every rule', () => {
  it('is the default export of the module named by its id, and every rule module is registered', () => {
    for (const rule of rules) {
      const module = require(path.join(COMPILED_RULES, `${rule.id}.js`)) as { default?: unknown };
      assert.equal(module.default, rule, `${rule.id}.ts does not export this rule`);
    }
    assert.deepEqual(ruleFiles().sort(), rules.map((r) => r.id).sort());
  });

  it('has docs (a summary, a remediation, an https link where it names one) and names its upstream function as an identifier', () => {
    for (const { id, meta } of rules) {
      assert.ok(meta.docs.summary.trim().length > 20, `${id} summary`);
      assert.ok(meta.docs.remediation.trim().length > 20, `${id} remediation`);
      if (meta.docs.url !== undefined) assert.match(meta.docs.url, /^https:\/\//, `${id} url`);
      if (meta.source !== undefined) assert.match(meta.source, /^[A-Za-z][A-Za-z0-9]*$/, `${id} source names an upstream Go function`);
      assert.ok(Object.keys(rules.find((r) => r.id === id)!.messages).length > 0, `${id} has no messages`);
    }
  });

  it('is translated in every language: every message and its docs, with the same placeholders, and nothing stale', () => {
    assert.ok(Object.keys(ruleTranslations).length > 0);
    for (const [locale, translations] of Object.entries(ruleTranslations)) {
      for (const rule of rules) {
        const english: Record<string, string> = { ...rule.messages, summary: rule.meta.docs.summary, remediation: rule.meta.docs.remediation };
        const translated = translations[rule.id] ?? {};
        const missing = Object.keys(english).filter((id) => !translated[id]?.trim());
        assert.deepEqual(missing, [], `${locale}: ${rule.id} lacks translations`);
        const stale = Object.keys(translated).filter((id) => !(id in english));
        assert.deepEqual(stale, [], `${locale}: ${rule.id} translates messages it does not have`);
        for (const [id, text] of Object.entries(english)) assert.equal(placeholders(translated[id]), placeholders(text), `${locale}: placeholders of ${rule.id} ${id}`);
      }
      const unknown = Object.keys(translations).filter((id) => !rules.some((r) => r.id === id));
      assert.deepEqual(unknown, [], `${locale} translates rules that do not exist`);
    }
  });

  it('has a test file named by its id', () => {
    for (const { id } of rules) {
      const test = path.join(ROOT, 'test', 'unit', 'rules', `${id}.test.ts`);
      const schemaTest = path.join(ROOT, 'test', 'unit', 'schema', `${id}.test.ts`);
      assert.ok(fs.existsSync(test) || fs.existsSync(schemaTest), `no test/unit/rules/${id}.test.ts`);
    }
  });

  it('has a row in the README rule table, anchored by its id', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    for (const { id } of rules) assert.ok(readme.includes(`| <a id="${id}"></a>\`${id}\` |`), `no README row for ${id}`);
  });

  it('says in meta whether it changes the rollout: the governing Service, claim templates and volume mounts do', () => {
    const changing = rules.filter((r) => changesRollout(r.id)).map((r) => r.id);
    assert.deepEqual(
      changing.filter((id) => !/^(sts-service-|vct-)/.test(id) && id !== 'pod-volume-mount-not-found'),
      [],
    );
    assert.equal(changing.length, 16);
    assert.equal(changesRollout('sts-service-not-headless'), true);
    assert.equal(changesRollout('sts-name-invalid'), false);
    assert.equal(changesRollout('no-such-rule'), false);
  });
});
