import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { podTemplate } from './fixtures';
import { ruleTester } from './ruleTester';

const spread = (items: string) => podTemplate(`      topologySpreadConstraints:\n${items}`);
const HEAD = '      - maxSkew: 1\n        topologyKey: zone\n        whenUnsatisfiable: DoNotSchedule\n';
const PATH = 'spec.template.spec.topologySpreadConstraints[0].matchLabelKeys';

ruleTester.run(findRule('pod-topology-spread-label-keys-invalid')!, {
  valid: [
    {
      name: 'accepts what validateMatchLabelKeysInTopologySpread accepts: keys the selector does not use, with a selector',
      code: [WEB_EXAMPLE, spread(`${HEAD}        labelSelector: {matchLabels: {app: web}}\n        matchLabelKeys: [controller-revision-hash, apps.kubernetes.io/pod-index]\n`)],
    },
  ],
  invalid: [
    {
      name: 'reports matchLabelKeys without a labelSelector (validateMatchLabelKeysInTopologySpread)',
      code: spread(`${HEAD}        «matchLabelKeys»: [controller-revision-hash]\n`),
      errors: [{ messageId: 'forbidden', message: `${PATH}: Forbidden: must not be specified when labelSelector is not set` }],
    },
    {
      name: 'reports a key that is no label key and keys the selector already uses in matchLabels or matchExpressions',
      code: spread(
        `${HEAD}        labelSelector:\n          matchLabels: {app: web}\n          matchExpressions: [{key: tier, operator: Exists}]\n        matchLabelKeys: [«app», «tier», «-bad»]\n`,
      ),
      errors: [
        { messageId: 'invalid', message: `${PATH}[0]: Invalid value: "app": exists in both matchLabelKeys and labelSelector` },
        { messageId: 'invalid', message: `${PATH}[1]: Invalid value: "tier": exists in both matchLabelKeys and labelSelector` },
        {
          messageId: 'invalid',
          message: `${PATH}[2]: Invalid value: "-bad": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName', or 'my.name', or '123-abc')`,
        },
      ],
    },
  ],
});
