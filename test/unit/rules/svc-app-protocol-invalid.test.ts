import { findRule } from '../../../src/core/rules/index';
import { WEB_EXAMPLE } from '../helpers';
import { service } from './fixtures';
import { ruleTester } from './ruleTester';

const NAME_FORMAT =
  "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName', or 'my.name', or '123-abc')";

ruleTester.run(findRule('svc-app-protocol-invalid')!, {
  valid: [
    {
      name: 'accepts qualified names (validateServicePort): IANA names, kubernetes.io/ names, domain-prefixed ones',
      code: [WEB_EXAMPLE, service('  ports:\n  - {name: a, port: 80, appProtocol: http}\n  - {name: b, port: 81, appProtocol: kubernetes.io/h2c}\n  - {name: c, port: 82, appProtocol: example.com/Custom_1}\n  - {name: d, port: 83, appProtocol: null}\n')],
    },
  ],
  invalid: [
    {
      name: 'reports an appProtocol that is no qualified name, and one whose prefix is no DNS subdomain',
      code: service('  ports:\n  - {name: a, port: 80, appProtocol: «grpc+tls»}\n  - {name: b, port: 81, appProtocol: «HTTP/1.1»}\n'),
      errors: [
        { messageId: 'invalid', message: `spec.ports[0].appProtocol: Invalid value: "grpc+tls": name part ${NAME_FORMAT}` },
        {
          messageId: 'invalid',
          message:
            "spec.ports[1].appProtocol: Invalid value: \"HTTP/1.1\": prefix part a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com')",
        },
      ],
    },
  ],
});
