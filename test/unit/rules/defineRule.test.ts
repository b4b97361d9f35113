import * as assert from 'node:assert/strict';
import { checkFiles, collectResources, INTERNAL_ERROR } from '../../../src/core/check';
import { setLocale } from '../../../src/core/l10n/messages';
import { ResourceIndex } from '../../../src/core/model/resourceIndex';
import { parseFile } from '../../../src/core/parse/parseFile';
import { defineRule } from '../../../src/core/rules/defineRule';
import { findRule } from '../../../src/core/rules/index';
import { statefulSet } from './fixtures';

const URI = 'file:///test.yaml';
const TEXT = statefulSet('  replicas: 3\n');
const meta = { severity: 'warning', appliesTo: ['StatefulSet'], scope: 'document', docs: { summary: 'Says hello.', remediation: 'None needed.' } } as const;

const hello = defineRule({
  id: 'test-hello',
  meta,
  messages: { hello: 'hello {0}, {1} replicas', title: 'Wave at {0}' },
  check(ctx) {
    const name = ctx.resource.name!;
    ctx.report({ range: name.range, path: 'metadata.name', messageId: 'hello', args: [name.value, 3], data: { name: name.value } });
    // @ts-expect-error: message ids are typed from `messages`, so a typo does not compile
    if (name.value === 'never') ctx.report({ range: name.range, path: '', messageId: 'helo' });
  },
  fixes(finding, ctx) {
    return [{ title: ctx.t('title', String(finding.data?.name)), edits: [] }];
  },
});

const broken = defineRule({
  id: 'test-broken',
  meta,
  messages: { never: 'never shown' },
  check(ctx) {
    ctx.report({ range: ctx.resource.kind.range, path: 'kind', messageId: 'never' });
    throw new Error('boom');
  },
});

function check(rules = [hello, broken]) {
  const files = [{ uri: URI, parsed: parseFile(TEXT) }];
  return { files, diagnostics: checkFiles(files, { rules }).get(URI)! };
}

describe('defineRule', () => {
  afterEach(() => setLocale('en'));

  it('builds the finding from the message id: the engine adds the rule id, the message and the severity', () => {
    const [diagnostic] = check([hello]).diagnostics;
    const at = TEXT.indexOf('web');
    assert.deepEqual(
      { ruleId: diagnostic.ruleId, messageId: diagnostic.messageId, message: diagnostic.message, severity: diagnostic.severity, range: diagnostic.range },
      { ruleId: 'test-hello', messageId: 'hello', message: 'hello web, 3 replicas', severity: 'warning', range: { start: at, end: at + 3 } },
    );
  });

  it('turns a rule that throws into one internal diagnostic naming it, and the other rules still report', () => {
    const ids = check().diagnostics.map((d) => d.ruleId);
    assert.deepEqual(ids.sort(), [INTERNAL_ERROR, 'test-hello']);
    const internal = check().diagnostics.find((d) => d.ruleId === INTERNAL_ERROR)!;
    assert.match(internal.message, /test-broken/);
    assert.match(internal.message, /boom/);
  });

  it("gives fixes the rule's messages through ctx.t", () => {
    const { files, diagnostics } = check([hello]);
    const index = new ResourceIndex(collectResources(files));
    const { ruleId, message, path, data } = diagnostics[0];
    const finding = { ruleId, message, path, data, range: { start: 0, end: 0 } };
    assert.deepEqual(hello.fixes!(finding, { resource: index.inFile(URI)[0], index }).map((f) => f.title), ['Wave at web']);
  });

  it('falls back to English where a language has no translation, and reads docs in the current locale', () => {
    setLocale('zh-CN');
    assert.equal(check([hello]).diagnostics[0].message, 'hello web, 3 replicas');
    assert.equal(hello.docs.summary, 'Says hello.');
    assert.notEqual(findRule('sts-name-invalid')!.docs.summary, findRule('sts-name-invalid')!.meta.docs.summary);
  });
});
