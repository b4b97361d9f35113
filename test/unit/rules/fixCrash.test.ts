import * as assert from 'node:assert/strict';
import { onInternalError, type InternalError } from '../../../src/core/internalErrors';
import { parseFile } from '../../../src/core/parse/parseFile';
import { defineRule } from '../../../src/core/rules/defineRule';
import { findRule } from '../../../src/core/rules/index';
import type { Rule } from '../../../src/core/rules/types';
import { createLanguageService } from '../../../src/core/service/languageService';
import { INTERNAL_ERROR } from '../../../src/core/engineIds';

const URI = 'file:///crash.yaml';
const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: Web\nspec:\n  clusterIP: None\n  ports: [{port: 80}]\n';

function ruleWhose(part: 'check' | 'fix'): Rule {
  return defineRule({
    id: `test-crashing-${part}`,
    meta: { severity: 'warning', appliesTo: ['Service'], scope: 'document', docs: { summary: 'test', remediation: 'test' } },
    messages: { found: 'found' },
    check(ctx) {
      if (part === 'check') throw new Error('check exploded');
      return ctx.report({ range: ctx.resource.kind.range, path: 'kind', messageId: 'found' });
    },
    fixes() {
      throw new Error('fix exploded');
    },
  });
}

describe('a rule whose quick fix throws', () => {
  const heard: InternalError[] = [];
  let stop: () => void;
  beforeEach(() => {
    heard.length = 0;
    stop = onInternalError((error) => heard.push(error));
  });
  afterEach(() => stop());

  const files = [{ uri: URI, parsed: parseFile(SERVICE) }];
  const service = createLanguageService({ rules: [ruleWhose('fix'), findRule('svc-name-invalid')!] });

  it('offers one entry that says the fix failed and edits nothing, and the internal-error listeners hear of it', () => {
    const diagnostic = service.checkFiles(files).get(URI)!.find((d) => d.ruleId === 'test-crashing-fix')!;
    const fixes = service.fixes(diagnostic, files);
    assert.deepEqual(fixes, [{ title: 'The quick fix of rule test-crashing-fix failed on Service Web: fix exploded. Please report this.', edits: [] }]);
    assert.deepEqual(heard.map(({ ruleId, phase, message }) => ({ ruleId, phase, message })), [{ ruleId: 'test-crashing-fix', phase: 'fix', message: fixes[0].title }]);
    assert.ok(heard[0].error instanceof Error);
  });

  it('leaves the other rules of the check and their fixes alone', () => {
    const diagnostics = service.checkFiles(files).get(URI)!;
    const nameFinding = diagnostics.find((d) => d.ruleId === 'svc-name-invalid');
    assert.ok(nameFinding, JSON.stringify(diagnostics));
    assert.ok(service.fixes(nameFinding, files).every((fix) => fix.edits.length > 0));
    assert.deepEqual(heard, []);
  });

  it('is heard like a rule whose check throws, which still becomes an internal-error diagnostic', () => {
    const crashing = createLanguageService({ rules: [ruleWhose('check')] });
    const diagnostics = crashing.checkFiles(files).get(URI)!;
    assert.deepEqual(diagnostics.map((d) => d.ruleId), [INTERNAL_ERROR]);
    assert.deepEqual(heard.map((e) => [e.ruleId, e.phase, e.message]), [['test-crashing-check', 'check', diagnostics[0].message]]);
  });
});
