import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { statefulSet } from './fixtures';
import { ruleTester } from './ruleTester';

const PATH = 'spec.updateStrategy.rollingUpdate.maxUnavailable';
const sts = (value: string, type = '') => statefulSet(`  updateStrategy:\n${type}    rollingUpdate:\n      maxUnavailable: ${value}\n`);
const invalid = (name: string, value: string, message: string) => ({ name, code: sts(`«${value}»`), errors: [{ messageId: 'message', message }] });

ruleTester.run(findRule('sts-max-unavailable-invalid')!, {
  valid: [
    {
      name: 'accepts positive numbers, 1% to 100%, and any value under OnDelete',
      code: ['1', '5', '1%', '100%', '"50%"'].map((value) => sts(value)).concat(sts('0', '    type: OnDelete\n'), WEB_EXAMPLE),
    },
  ],
  invalid: [
    invalid('reports 0', '0', `${PATH}: Invalid value: 0: cannot be 0`),
    invalid('reports 0%', '0%', `${PATH}: Invalid value: "0%": cannot be 0`),
    invalid('reports a percentage over 100%', '150%', `${PATH}: Invalid value: "150%": must not be greater than 100%`),
    invalid(
      'reports a malformed percentage, such as a quoted number',
      '"25"',
      `${PATH}: Invalid value: "25": a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%', or '93%', regex used for validation is '[0-9]+%')`,
    ),
    invalid('reports a negative number', '-1', `${PATH}: Invalid value: -1: must be greater than or equal to 0`),
  ],
});
