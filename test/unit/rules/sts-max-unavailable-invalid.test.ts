import * as assert from 'node:assert/strict';
import { findingsOf, marked, summarize, WEB_EXAMPLE } from '../helpers';

const ID = 'sts-max-unavailable-invalid';
const PATH = 'spec.updateStrategy.rollingUpdate.maxUnavailable';

function sts(value: string, type = ''): string {
  return `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  updateStrategy:\n${type}    rollingUpdate:\n      maxUnavailable: ${value}\n`;
}

function check(value: string) {
  const { text, range } = marked(sts(`«${value}»`));
  const found = summarize(findingsOf(ID, text));
  return { found, range };
}

describe('sts-max-unavailable-invalid', () => {
  it('reports 0', () => {
    const { found, range } = check('0');
    assert.deepEqual(found, [{ ruleId: ID, range, message: `${PATH}: Invalid value: 0: cannot be 0` }]);
  });

  it('reports 0%', () => {
    const { found, range } = check('0%');
    assert.deepEqual(found, [{ ruleId: ID, range, message: `${PATH}: Invalid value: "0%": cannot be 0` }]);
  });

  it('reports a percentage over 100%', () => {
    const { found, range } = check('150%');
    assert.deepEqual(found, [{ ruleId: ID, range, message: `${PATH}: Invalid value: "150%": must not be greater than 100%` }]);
  });

  it('reports a malformed percentage, such as a quoted number', () => {
    const { found, range } = check('"25"');
    assert.deepEqual(found, [
      {
        ruleId: ID,
        range,
        message: `${PATH}: Invalid value: "25": a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%', or '93%', regex used for validation is '[0-9]+%')`,
      },
    ]);
  });

  it('reports a negative number', () => {
    const { found, range } = check('-1');
    assert.deepEqual(found, [{ ruleId: ID, range, message: `${PATH}: Invalid value: -1: must be greater than or equal to 0` }]);
  });

  it('accepts positive numbers, 1% to 100%, and any value under OnDelete', () => {
    for (const value of ['1', '5', '1%', '100%', '"50%"']) assert.deepEqual(findingsOf(ID, sts(value)), [], value);
    assert.deepEqual(findingsOf(ID, sts('0', '    type: OnDelete\n')), []);
    assert.deepEqual(findingsOf(ID, WEB_EXAMPLE), []);
  });
});
