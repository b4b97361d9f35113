import * as assert from 'node:assert/strict';
import { findingsOf, marked, summarize, WEB_EXAMPLE } from '../helpers';

const ID = 'sts-service-name-missing';
const CONSEQUENCE = 'the pods get no subdomain, so there are no per-pod DNS names such as "<pod>.<service>"';

describe('sts-service-name-missing', () => {
  it('reports a StatefulSet without serviceName at the spec key', () => {
    const { text, range } = marked('apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\n«spec»:\n  replicas: 2\n');
    assert.deepEqual(summarize(findingsOf(ID, text)), [{ ruleId: ID, range, message: `spec.serviceName is not set: ${CONSEQUENCE}` }]);
  });

  it('reports an empty serviceName at its value', () => {
    const { text, range } = marked('apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceName: «""»\n');
    assert.deepEqual(summarize(findingsOf(ID, text)), [{ ruleId: ID, range, message: `spec.serviceName is empty: ${CONSEQUENCE}` }]);
  });

  it('reports a serviceName key without a value at the key', () => {
    const { text, range } = marked('apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  «serviceName»:\n');
    assert.deepEqual(summarize(findingsOf(ID, text)), [{ ruleId: ID, range, message: `spec.serviceName has no value: ${CONSEQUENCE}` }]);
  });

  it('accepts a StatefulSet with a serviceName', () => {
    assert.deepEqual(findingsOf(ID, WEB_EXAMPLE), []);
  });
});
