/** Builders for the runtime side of a frame (Node, pause sandbox, container instances) and the SimFrame itself. */
import type { ContainerInfo, NamespaceIds, NodeInfo, SandboxInfo } from '../../../sim/types';
import type { SimFrame } from '../../../store/frame';

export const HOST_NS: NamespaceIds = {
  net: 4026531840,
  ipc: 4026531839,
  uts: 4026531838,
  pid: 4026531836,
  mnt: 4026531841,
  user: 4026531837,
  cgroup: 4026531835,
};

export const node = (name = 'node-1'): NodeInfo => ({
  name,
  ip: '192.168.49.2',
  podCIDR: '10.244.1.0/24',
  namespaces: HOST_NS,
  ipPool: { first: '10.244.1.2', last: '10.244.1.254', size: 253, used: [] },
});

/** The pause sandbox of a Pod, with its own net/ipc/uts and the host's user namespace. */
export function sandbox(podName = 'web', overrides: Partial<SandboxInfo> = {}): SandboxInfo {
  return {
    id: 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90',
    podName,
    podUid: `uid-${podName}`,
    node: 'node-1',
    state: 'SANDBOX_READY',
    attempt: 0,
    ip: '10.244.1.5',
    pid: 4100,
    createdAt: 1_000,
    namespaces: {
      ...HOST_NS,
      net: 4026532281,
      ipc: 4026532282,
      uts: 4026532283,
      pid: 4026532284,
      mnt: 4026532285,
      cgroup: 4026532286,
    },
    ...overrides,
  };
}

/** A container instance joined to the sandbox's net/ipc/uts, with its own pid/mnt/cgroup. */
export function containerInfo(box: SandboxInfo, name: string, base: number): ContainerInfo {
  return {
    id: `c0ffee${base}`.padEnd(64, '0'),
    podName: box.podName,
    name,
    image: 'nginx:1.27',
    kind: 'regular',
    state: 'CONTAINER_RUNNING',
    attempt: 0,
    sandboxId: box.id,
    pid: 4200,
    exitCode: null,
    createdAt: 2_000,
    startedAt: 2_000,
    namespaces: { ...box.namespaces, pid: base, mnt: base + 1, cgroup: base + 2 },
  };
}

export function frame(parts: Partial<SimFrame> = {}): SimFrame {
  return {
    now: 0,
    pods: [],
    nodes: [node()],
    sandboxes: [],
    containers: [],
    volumes: [],
    events: [],
    replicaSets: [],
    ...parts,
  };
}
