import * as assert from 'node:assert/strict';
import { sysctlNamespace } from '../../../src/core/rules/securityContextChecks';

describe('securityContextChecks', () => {
  it('finds the namespace of a sysctl as sysctl.GetNamespace does: whole names, prefixes with their dot, slashes normalised, cut at *', () => {
    const cases: Array<[string, string | undefined]> = [
      ['net.core.somaxconn', 'Net'],
      ['net/ipv4/conf/eno2.100/rp_filter', 'Net'],
      ['net.ipv4.*', 'Net'],
      ['net', undefined],
      ['network.x', undefined],
      ['kernel.sem', 'IPC'],
      ['kernel.semx', undefined],
      ['kernel.shm*', 'IPC'],
      ['kernel/msgmax', 'IPC'],
      ['kernel.shmmax.x', undefined],
      ['fs.mqueue.msg_max', 'IPC'],
      ['fs.mqueue', undefined],
      ['kernel.domainname', undefined],
    ];
    assert.deepEqual(cases.map(([name]) => [name, sysctlNamespace(name)]), cases);
  });
});
