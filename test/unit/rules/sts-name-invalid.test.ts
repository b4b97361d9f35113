import * as assert from 'node:assert/strict';
import { findingsOf, marked, summarize, WEB_EXAMPLE } from '../helpers';

const ID = 'sts-name-invalid';
const LABEL_PROBLEM =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name', or '123-abc')";

function sts(metadata: string): string {
  return `apiVersion: apps/v1\nkind: StatefulSet\n${metadata}spec:\n  serviceName: nginx\n`;
}

describe('sts-name-invalid', () => {
  it('reports a name with uppercase letters and dots in the apiserver wording', () => {
    const { text, range } = marked(sts('metadata:\n  name: «Web.v1»\n'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [{ ruleId: ID, range, message: `metadata.name: Invalid value: "Web.v1": ${LABEL_PROBLEM}` }]);
  });

  it('reports a name longer than 63 characters', () => {
    const long = 'a'.repeat(64);
    const { text, range } = marked(sts(`metadata:\n  name: «${long}»\n`));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      { ruleId: ID, range, message: `metadata.name: Invalid value: "${long}": must be no more than 63 characters` },
    ]);
  });

  it('reports a missing name at the metadata key', () => {
    const { text, range } = marked(sts('«metadata»:\n  labels:\n    app: web\n'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      { ruleId: ID, range, message: 'metadata.name: Required value: name or generateName is required' },
    ]);
  });

  it('reports a name key without a value at the key', () => {
    const { text, range } = marked(sts('metadata:\n  «name»:\n'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      { ruleId: ID, range, message: 'metadata.name: Required value: name or generateName is required' },
    ]);
  });

  it('accepts generateName instead of a name, including its trailing dash', () => {
    assert.deepEqual(findingsOf(ID, sts('metadata:\n  generateName: web-\n')), []);
  });

  it('reports an invalid generateName prefix', () => {
    const { text, range } = marked(sts('metadata:\n  generateName: «Web-»\n'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [{ ruleId: ID, range, message: `metadata.generateName: Invalid value: "Web-": ${LABEL_PROBLEM}` }]);
  });

  it('accepts a DNS-1123 label, even one starting with a digit', () => {
    assert.deepEqual(findingsOf(ID, sts('metadata:\n  name: 2-web\n')), []);
    assert.deepEqual(findingsOf(ID, WEB_EXAMPLE), []);
  });

  it('leaves a name of the wrong type to the schema check', () => {
    assert.deepEqual(findingsOf(ID, sts('metadata:\n  name: 123\n')), []);
  });
});
