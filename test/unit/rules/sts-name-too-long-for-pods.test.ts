import * as assert from 'node:assert/strict';
import { findingsOf, marked, summarize, WEB_EXAMPLE } from '../helpers';

const ID = 'sts-name-too-long-for-pods';

function sts(name: string, spec = '  replicas: 3\n'): string {
  return `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: ${name}\nspec:\n${spec}`;
}

describe('sts-name-too-long-for-pods', () => {
  it('reports a 53-character name and explains the controller-revision-hash label', () => {
    const name = 'a'.repeat(53);
    const { text, range } = marked(sts(`«${name}»`));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      {
        ruleId: ID,
        range,
        message: `metadata.name "${name}" is 53 characters, more than 52: every pod gets the label controller-revision-hash: "${name}-<hash>" (hash up to 10 characters) and a label value may have at most 63, so pod creation fails (FailedCreate) whenever the hash is longer than 9 characters, for about 77% of template revisions`,
      },
    ]);
  });

  it('says that no pod can ever be created once the name leaves no room for the hash', () => {
    const name = 'a'.repeat(62);
    const { text, range } = marked(sts(`«${name}»`, '  replicas: 1\n'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      {
        ruleId: ID,
        range,
        message: `metadata.name "${name}" is 62 characters, more than 52: every pod gets the label controller-revision-hash: "${name}-<hash>" (hash up to 10 characters) and a label value may have at most 63, so the controller can never create a pod; the pod name "${name}-0" is also too long for a hostname (64 > 63)`,
      },
    ]);
  });

  it('also names the pod hostname when it is longer than 63 characters', () => {
    const name = 'a'.repeat(62);
    const { text, range } = marked(sts(`«${name}»`, '  replicas: 10\n'));
    const [finding] = summarize(findingsOf(ID, text));
    assert.deepEqual(finding.range, range);
    assert.ok(finding.message.endsWith(`; the pod name "${name}-9" is also too long for a hostname (64 > 63)`), finding.message);
  });

  it('accepts a 52-character name', () => {
    assert.deepEqual(findingsOf(ID, sts('a'.repeat(52))), []);
    assert.deepEqual(findingsOf(ID, WEB_EXAMPLE), []);
  });

  it('leaves names that are not DNS-1123 labels to sts-name-invalid', () => {
    assert.deepEqual(findingsOf(ID, sts('a'.repeat(64))), []);
    assert.deepEqual(findingsOf(ID, sts(`A${'a'.repeat(55)}`)), []);
  });
});
