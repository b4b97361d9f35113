import * as assert from 'node:assert/strict';
import { findingsOf, marked, summarize, WEB_EXAMPLE } from '../helpers';

const ID = 'svc-name-invalid';
const DNS1035 =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name', or 'abc-123')";

const service = (name: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n  clusterIP: None\n`;

describe('svc-name-invalid', () => {
  it('reports a Service name that starts with a digit', () => {
    const { text, range } = marked(service('«2nginx»'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      { ruleId: ID, range, message: `metadata.name "2nginx" is not a valid Service name: ${DNS1035}` },
    ]);
  });

  it('reports dots, upper case and names over 63 characters', () => {
    assert.equal(findingsOf(ID, service('web.db')).length, 1);
    assert.equal(findingsOf(ID, service('Web')).length, 1);
    const [long] = findingsOf(ID, service('a'.repeat(64)));
    assert.match(long.message, /must be no more than 63 characters$/);
  });

  it('accepts DNS-1035 labels and leaves an empty name alone', () => {
    assert.deepEqual(findingsOf(ID, service('nginx-2')), []);
    assert.deepEqual(findingsOf(ID, service('""')), []);
    assert.deepEqual(findingsOf(ID, WEB_EXAMPLE), []);
  });

  it('checks Services only', () => {
    assert.deepEqual(findingsOf(ID, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: 2config\n'), []);
  });
});
