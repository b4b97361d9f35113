import * as assert from 'node:assert/strict';
import { checkText, WEB_EXAMPLE } from '../helpers';

describe('resource recognition', () => {
  it('does not take an OpenKruise StatefulSet for the built-in one', () => {
    const text = 'apiVersion: apps.kruise.io/v1beta1\nkind: StatefulSet\nmetadata:\n  name: Web_1\nspec:\n  replicas: -1\n';
    assert.deepEqual(checkText(text), []);
  });

  it('does not resolve serviceName to a Knative Service of the same name', () => {
    const sts = WEB_EXAMPLE.split('---\n')[1];
    const knative = 'apiVersion: serving.knative.dev/v1\nkind: Service\nmetadata:\n  name: nginx\nspec: {}\n';
    const rules = checkText(sts, { 'file:///kn.yaml': knative }).map((d) => d.ruleId);
    assert.ok(rules.includes('sts-service-not-found'), rules.join(', '));
  });
});
