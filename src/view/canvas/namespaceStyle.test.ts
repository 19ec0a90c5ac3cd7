import { describe, expect, it } from 'vitest';
import { NAMESPACE_KINDS } from '../../sim/types';
import { namespaceScope as podScope } from '../../sim/namespaces';
import { legendScope } from './namespaceStyle';

describe('namespace scopes', () => {
  it("follows a Pod's switches the way the runtime builds its namespaces", () => {
    const scopes = (spec: Parameters<typeof podScope>[1]) =>
      Object.fromEntries(NAMESPACE_KINDS.map((kind) => [kind, podScope(kind, spec)]));
    expect(scopes({ containers: [] })).toEqual({
      net: 'pod',
      ipc: 'pod',
      uts: 'pod',
      pid: 'container',
      mnt: 'container',
      cgroup: 'container',
      user: 'host',
    });
    expect(scopes({ containers: [], shareProcessNamespace: true, hostUsers: false })).toMatchObject({
      pid: 'pod',
      user: 'pod',
    });
    expect(scopes({ containers: [], hostNetwork: true, hostIPC: true, hostPID: true })).toMatchObject({
      net: 'host',
      uts: 'host',
      ipc: 'host',
      pid: 'host',
    });
  });

  it('says "mixed" for the legend only where the Pods on the canvas disagree', () => {
    const plain = { containers: [] };
    const sharedPid = { containers: [], shareProcessNamespace: true };
    expect(legendScope('pid', [plain, plain])).toBe('container');
    expect(legendScope('pid', [sharedPid])).toBe('pod');
    expect(legendScope('pid', [plain, sharedPid])).toBe('mixed');
    expect(legendScope('net', [plain, sharedPid])).toBe('pod');
    expect(legendScope('pid', [])).toBe('container');
  });
});
