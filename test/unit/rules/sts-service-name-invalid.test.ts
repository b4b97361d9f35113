import * as assert from 'node:assert/strict';
import { findingsOf, marked, summarize, WEB_EXAMPLE } from '../helpers';

const ID = 'sts-service-name-invalid';
const LABEL_PROBLEM =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name', or '123-abc')";

function sts(serviceName: string): string {
  return `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceName: ${serviceName}\n`;
}

describe('sts-service-name-invalid', () => {
  it('reports a serviceName with uppercase letters', () => {
    const { text, range } = marked(sts('«Nginx»'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [{ ruleId: ID, range, message: `spec.serviceName: Invalid value: "Nginx": ${LABEL_PROBLEM}` }]);
  });

  it('reports a serviceName with a dot (a subdomain, not a label), quotes included in the range', () => {
    const { text, range } = marked(sts('«"nginx.db"»'));
    assert.deepEqual(summarize(findingsOf(ID, text)), [{ ruleId: ID, range, message: `spec.serviceName: Invalid value: "nginx.db": ${LABEL_PROBLEM}` }]);
  });

  it('accepts a DNS-1123 label and an empty or missing serviceName', () => {
    assert.deepEqual(findingsOf(ID, sts('nginx')), []);
    assert.deepEqual(findingsOf(ID, sts('""')), []);
    assert.deepEqual(findingsOf(ID, WEB_EXAMPLE), []);
  });
});
