import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { podTemplate } from './fixtures';
import { ruleTester } from './ruleTester';

const spread = (items: string) => podTemplate(`      topologySpreadConstraints:\n${items}`);

ruleTester.run(findRule('pod-topology-spread-invalid')!, {
  valid: [
    {
      name: 'accepts what validateTopologySpreadConstraints accepts, the same key with both actions included',
      code: [
        WEB_EXAMPLE,
        spread('      - {maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule, minDomains: 3}\n      - {maxSkew: 2, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: ScheduleAnyway}\n      - {maxSkew: 1, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: DoNotSchedule}\n'),
      ],
    },
  ],
  invalid: [
    {
      name: 'reports maxSkew 0, a missing topologyKey (ValidateTopologyKey) and a miscased whenUnsatisfiable',
      code: spread('      - «maxSkew»: «0»\n        whenUnsatisfiable: «doNotSchedule»\n'),
      errors: [
        { messageId: 'required', message: 'spec.template.spec.topologySpreadConstraints[0].topologyKey: Required value: can not be empty' },
        { messageId: 'invalid', message: 'spec.template.spec.topologySpreadConstraints[0].maxSkew: Invalid value: 0: must be greater than zero' },
        { messageId: 'unsupported', message: 'spec.template.spec.topologySpreadConstraints[0].whenUnsatisfiable: Unsupported value: "doNotSchedule": supported values: "DoNotSchedule", "ScheduleAnyway"' },
      ],
    },
    {
      name: 'offers the exact spelling of a miscased whenUnsatisfiable',
      code: spread('      - {maxSkew: 1, topologyKey: zone, whenUnsatisfiable: «scheduleAnyway»}\n'),
      errors: [{ messageId: 'unsupported', data: { suggestion: 'ScheduleAnyway' } }],
      output: spread('      - {maxSkew: 1, topologyKey: zone, whenUnsatisfiable: ScheduleAnyway}\n'),
    },
    {
      name: 'reports the first of two constraints with the same key and action (ValidateSpreadConstraintNotRepeat), and minDomains with ScheduleAnyway',
      code: spread('      - «maxSkew»: 1\n        topologyKey: zone\n        whenUnsatisfiable: ScheduleAnyway\n        minDomains: «2»\n      - {maxSkew: 1, topologyKey: zone, whenUnsatisfiable: ScheduleAnyway}\n'),
      errors: [
        { messageId: 'duplicate', message: 'spec.template.spec.topologySpreadConstraints[0].{topologyKey, whenUnsatisfiable}: Duplicate value: "{zone, ScheduleAnyway}"' },
        { messageId: 'invalid', message: 'spec.template.spec.topologySpreadConstraints[0].minDomains: Invalid value: 2: can only use minDomains if whenUnsatisfiable=DoNotSchedule, not ScheduleAnyway' },
      ],
    },
  ],
});
