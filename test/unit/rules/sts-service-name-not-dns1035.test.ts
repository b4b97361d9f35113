import * as assert from 'node:assert/strict';
import { findingsOf, marked, summarize, WEB_EXAMPLE } from '../helpers';

const ID = 'sts-service-name-not-dns1035';

function sts(serviceName: string): string {
  return `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceName: ${serviceName}\n`;
}

describe('sts-service-name-not-dns1035', () => {
  it('reports a serviceName that starts with a digit', () => {
    const { text, range } = marked(sts('«2nginx»'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [
      {
        ruleId: ID,
        range,
        message:
          `spec.serviceName "2nginx" can never name a Service: a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name', or 'abc-123')`,
      },
    ]);
  });

  it('accepts a name that starts with a letter', () => {
    assert.deepEqual(findingsOf(ID, sts('nginx2')), []);
    assert.deepEqual(findingsOf(ID, WEB_EXAMPLE), []);
  });

  it('leaves names that are not DNS-1123 labels to sts-service-name-invalid', () => {
    assert.deepEqual(findingsOf(ID, sts('2Nginx')), []);
  });
});
