import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { service } from './fixtures';
import { ruleTester } from './ruleTester';

const PORTS = '  ports:\n  - port: 80\n';
const CIDR = 'must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)';
const annotated = (spec: string, ranges: string) =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: db\n  annotations:\n    service.beta.kubernetes.io/load-balancer-source-ranges: ${ranges}\nspec:\n${spec}${PORTS}`;
const ONLY = "may only be used when `type` is 'LoadBalancer'";

ruleTester.run(findRule('svc-load-balancer-fields-invalid')!, {
  valid: [
    {
      name: 'accepts what ValidateService accepts on a LoadBalancer: CIDRs (space-padded too), a qualified class, allocateLoadBalancerNodePorts',
      code: [
        WEB_EXAMPLE,
        service(`  type: LoadBalancer\n  loadBalancerSourceRanges: [10.0.0.0/8, " 2001:db8::/64 ", 192.168.001.0/24]\n  loadBalancerClass: example.com/internal\n  allocateLoadBalancerNodePorts: false\n${PORTS}`),
        'apiVersion: v1\nkind: Service\nmetadata:\n  name: lb\n  annotations:\n    service.beta.kubernetes.io/load-balancer-source-ranges: "10.0.0.0/8, 172.16.0.0/12"\nspec:\n  type: LoadBalancer\n' + PORTS,
        service(`  loadBalancerSourceRanges: []\n  allocateLoadBalancerNodePorts: null\n${PORTS}`),
      ],
    },
  ],
  invalid: [
    {
      name: 'reports LoadBalancer-only fields on a headless Service (ValidateService, validateLoadBalancerClassField)',
      code: service(`  clusterIP: None\n  «loadBalancerSourceRanges»: [10.0.0.0/8]\n  «allocateLoadBalancerNodePorts»: true\n  loadBalancerClass: «example.com/lb»\n${PORTS}`),
      errors: [
        { messageId: 'forbidden', message: `spec.LoadBalancerSourceRanges: Forbidden: ${ONLY}` },
        { messageId: 'forbidden', message: `spec.allocateLoadBalancerNodePorts: Forbidden: ${ONLY}` },
        { messageId: 'forbidden', message: `spec.loadBalancerClass: Forbidden: ${ONLY}` },
      ],
    },
    {
      name: 'reports source ranges that are no CIDR, and a class that is no qualified name',
      code: service(`  type: LoadBalancer\n  loadBalancerSourceRanges: [«10.0.0.0», «10.0.0.0/33»]\n  loadBalancerClass: «Internal LB»\n${PORTS}`),
      errors: [
        { messageId: 'invalid', message: `spec.LoadBalancerSourceRanges[0]: Invalid value: "10.0.0.0": ${CIDR}` },
        { messageId: 'invalid', args: ['spec.LoadBalancerSourceRanges[1]', '"10.0.0.0/33"', CIDR] },
        {
          messageId: 'invalid',
          message:
            "spec.loadBalancerClass: Invalid value: \"Internal LB\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName', or 'my.name', or '123-abc')",
        },
      ],
    },
    {
      name: 'reports the source-ranges annotation on a ClusterIP Service, and each bad range in it on a LoadBalancer',
      code: `${annotated('', '«10.0.0.0/8»')}---\n${annotated('  type: LoadBalancer\n', '«10.0.0.0/8, nope»')}`,
      errors: [
        { messageId: 'forbidden', message: `metadata.annotations[service.beta.kubernetes.io/load-balancer-source-ranges]: Forbidden: ${ONLY}` },
        { messageId: 'invalid', message: `metadata.annotations[service.beta.kubernetes.io/load-balancer-source-ranges]: Invalid value: "nope": ${CIDR}` },
      ],
    },
  ],
});
