import * as assert from 'node:assert/strict';
import { findRule } from '../../../src/core/rules/index';
import { runAsUserNameProblems } from '../../../src/core/rules/windowsOptionsChecks';
import { WEB_EXAMPLE } from '../helpers';
import { appWithSecurityContext, podTemplate } from './fixtures';
import { ruleTester } from './ruleTester';

const SPEC = 'spec.template.spec';
const POD = `${SPEC}.securityContext.windowsOptions`;
const C = `${SPEC}.containers[0].securityContext.windowsOptions`;
/** Pod spec lines (six spaces), then one container `app` whose windowsOptions has `options` lines (twelve spaces). */
const withOptions = (podLines: string, options = '') => appWithSecurityContext(podLines, options ? `          windowsOptions:\n${options}` : '');
const SUBDOMAIN = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com')";
const ALL_HOST_PROCESS = 'If pod contains any hostProcess containers then all containers must be HostProcess containers';

ruleTester.run(findRule('pod-windows-options-invalid')!, {
  valid: [
    {
      name: 'accepts what validateWindowsSecurityContextOptions and validateWindowsHostProcessPod accept',
      code: [
        WEB_EXAMPLE,
        withOptions('', '            gmsaCredentialSpecName: webapp-gmsa\n            runAsUserName: "CONTOSO\\\\svc_web"\n            gmsaCredentialSpec: "{}"\n'),
        withOptions('', '            runAsUserName: ContainerUser\n'),
        withOptions('', '            runAsUserName: "corp.example.com\\\\web.admin"\n'),
        withOptions('      hostNetwork: true\n      securityContext:\n        windowsOptions: {hostProcess: true}\n', '            hostProcess: true\n'),
        withOptions('      securityContext:\n        windowsOptions: {hostProcess: false}\n', '            hostProcess: false\n'),
      ],
    },
  ],
  invalid: [
    {
      name: 'reports gmsaCredentialSpecName, gmsaCredentialSpec and runAsUserName values validateWindowsSecurityContextOptions refuses, in the pod and a container',
      code: withOptions(
        '      securityContext:\n        windowsOptions:\n          gmsaCredentialSpecName: «Web_GMSA»\n          gmsaCredentialSpec: «""»\n',
        '            runAsUserName: «"a\\\\b\\\\c"»\n',
      ),
      errors: [
        { messageId: 'invalid', message: `${POD}.gmsaCredentialSpecName: Invalid value: "Web_GMSA": ${SUBDOMAIN}` },
        { messageId: 'invalid', message: `${POD}.gmsaCredentialSpec: Invalid value: "": gmsaCredentialSpec cannot be an empty string` },
        { messageId: 'invalid', message: `${C}.runAsUserName: Invalid value: "a\\\\b\\\\c": runAsUserName cannot contain more than one backslash` },
      ],
    },
    {
      name: 'reports a user name whose domain is in neither NetBIOS nor DNS form (validateWindowsSecurityContextOptions)',
      code: withOptions('', '            runAsUserName: «"bad:dom\\\\user"»\n'),
      errors: [{ messageId: 'invalid', args: [`${C}.runAsUserName`, '"bad:dom\\\\user"', "runAsUserName's Domain doesn't match the NetBios nor the DNS format"] }],
    },
    {
      name: 'reports a container whose hostProcess differs from the pod, the containers that are not HostProcess, and a missing hostNetwork (validateWindowsHostProcessPod)',
      code: podTemplate(
        '      securityContext:\n        windowsOptions: {hostProcess: «true»}\n      containers:\n      - name: a\n        image: a\n      - name: «b»\n        image: b\n        securityContext:\n          windowsOptions: {hostProcess: «false»}\n',
      ),
      errors: [
        { messageId: 'invalid', message: `${SPEC}.hostNetwork: Invalid value: false: hostNetwork must be true if pod contains any hostProcess containers` },
        { messageId: 'invalid', message: `${SPEC}: Invalid value: "": ${ALL_HOST_PROCESS}` },
        { messageId: 'invalid', message: `${SPEC}.containers[1].securityContext.windowsOptions.hostProcess: Invalid value: false: pod hostProcess value must be identical if both are specified, was true` },
      ],
    },
    {
      name: 'points at hostNetwork: false when a HostProcess container needs it',
      code: withOptions('      hostNetwork: «false»\n', '            hostProcess: true\n'),
      errors: [{ messageId: 'invalid', message: `${SPEC}.hostNetwork: Invalid value: false: hostNetwork must be true if pod contains any hostProcess containers` }],
    },
  ],
});

describe('windowsOptionsChecks.runAsUserNameProblems', () => {
  it('checks runAsUserName as validateWindowsSecurityContextOptions does, lengths in bytes', () => {
    assert.deepEqual(runAsUserNameProblems(''), ['runAsUserName cannot be an empty string']);
    assert.deepEqual(runAsUserNameProblems('a\tb'), ['runAsUserName cannot contain control characters']);
    assert.deepEqual(runAsUserNameProblems('DOMAIN\\'), ["runAsUserName's User cannot be empty"]);
    assert.deepEqual(runAsUserNameProblems('. .'), ["runAsUserName's User cannot contain only periods or spaces"]);
    assert.deepEqual(runAsUserNameProblems('.bad:domain\\user@corp'), [
      "runAsUserName's Domain doesn't match the NetBios nor the DNS format",
      'runAsUserName\'s User cannot contain the following characters: "/\\:;|=,+*?<>@[]',
    ]);
    assert.deepEqual(runAsUserNameProblems('u'.repeat(104)), []);
    assert.deepEqual(runAsUserNameProblems('é'.repeat(53)), ["runAsUserName's User length must not be longer than 104 characters"]);
    assert.deepEqual(runAsUserNameProblems(`${'d'.repeat(256)}\\u`), ["runAsUserName's Domain length must be under 256 characters", "runAsUserName's Domain doesn't match the NetBios nor the DNS format"]);
    assert.deepEqual(runAsUserNameProblems('NETBIOS_NAME_15\\u'), []);
    assert.deepEqual(runAsUserNameProblems('NETBIOS_NAME_16c\\u'), ["runAsUserName's Domain doesn't match the NetBios nor the DNS format"]);
  });
});
