import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { appPod } from './fixtures';
import { ruleTester } from './ruleTester';

/** Pod `resourceClaims` lines, then one container `app` with `resources.claims` lines. */
const withClaims = (podClaims: string, claims: string) =>
  appPod(podClaims, `        resources:\n          claims:\n${claims}`);
const DNS_LABEL = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name', or '123-abc')";
const C = 'spec.template.spec.containers[0].resources.claims';
const DNS_SUBDOMAIN = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com')";

ruleTester.run(findRule('pod-resource-claims-invalid')!, {
  valid: [
    {
      name: 'accepts what validateResourceClaimNames accepts: each claim declared once, named by the container, requests apart',
      code: [
        WEB_EXAMPLE,
        withClaims(
          '      resourceClaims:\n      - {name: gpu, resourceClaimTemplateName: gpu-template}\n      - {name: nic, resourceClaimName: shared-nic}\n',
          '          - {name: gpu, request: first}\n          - {name: gpu, request: second}\n          - {name: nic}\n',
        ),
      ],
    },
    {
      name: 'leaves resource claims alone before v1.34, where the DynamicResourceAllocation gate is off and the fields are dropped',
      kubernetesVersion: '1.33',
      code: withClaims('', '          - {name: gpu}\n'),
    },
  ],
  invalid: [
    {
      name: 'reports a container claim naming no pod claim, with the names there are (validateResourceClaimNames)',
      code: withClaims('      resourceClaims:\n      - {name: gpu, resourceClaimTemplateName: t}\n      - {name: nic, resourceClaimTemplateName: n}\n', '          - {name: «gpus»}\n'),
      errors: [{ messageId: 'notFound', message: `${C}[0]: Not found: "gpus": must be one of the names in pod.spec.resourceClaims: gpu, nic` }],
    },
    {
      name: 'reports pod claim names validatePodResourceClaim refuses, a repeated claim and a bad request name; a container may name an invalid pod claim (gatherPodResourceClaimNames)',
      code: withClaims(
        '      resourceClaims:\n      - {name: «GPU», resourceClaimTemplateName: t}\n      - {name: nic, resourceClaimTemplateName: n}\n      - {name: «nic», resourceClaimTemplateName: n}\n',
        '          - {name: nic}\n          - {name: «nic»}\n          - {name: nic, request: «Big_One»}\n          - {name: GPU}\n',
      ),
      errors: [
        {
          messageId: 'invalid',
          message:
            `spec.template.spec.resourceClaims[0].name: Invalid value: "GPU": ${DNS_LABEL}`,
        },
        { messageId: 'duplicate', message: 'spec.template.spec.resourceClaims[2].name: Duplicate value: "nic"' },
        { messageId: 'duplicate', message: `${C}[1]: Duplicate value: "nic"` },
        { messageId: 'invalid', args: [`${C}[2].request`, '"Big_One"', DNS_LABEL] },
      ],
    },
    {
      name: 'reports a pod claim with both sources, with none, and source names that are no DNS-1123 subdomain (validatePodResourceClaim)',
      code: withClaims(
        '      resourceClaims:\n      - {name: gpu, resourceClaimName: shared, resourceClaimTemplateName: «per-pod»}\n      - {«name»: nic}\n' +
          '      - {name: fpga, resourceClaimName: «Shared_FPGA»}\n      - {name: tpu, resourceClaimTemplateName: «""»}\n',
        '          - {name: gpu}\n',
      ),
      errors: [
        {
          messageId: 'twoSources',
          message:
            'spec.template.spec.resourceClaims[0]: Invalid value: the claim "gpu" with resourceClaimName "shared" and resourceClaimTemplateName "per-pod": at most one of `resourceClaimName` or `resourceClaimTemplateName` may be specified',
        },
        {
          messageId: 'noSource',
          message: 'spec.template.spec.resourceClaims[1]: Invalid value: the claim "nic" with neither resourceClaimName nor resourceClaimTemplateName: must specify one of: `resourceClaimName`, `resourceClaimTemplateName`',
        },
        { messageId: 'invalid', args: ['spec.template.spec.resourceClaims[2].resourceClaimName', '"Shared_FPGA"', DNS_SUBDOMAIN] },
        { messageId: 'invalid', args: ['spec.template.spec.resourceClaims[3].resourceClaimTemplateName', '""', DNS_SUBDOMAIN] },
      ],
    },
    {
      name: 'says the pod declares no claims at all',
      code: withClaims('', '          - {name: «gpu»}\n'),
      errors: [{ messageId: 'notFound', message: `${C}[0]: Not found: "gpu": must be one of the names in pod.spec.resourceClaims which is empty` }],
    },
  ],
});
