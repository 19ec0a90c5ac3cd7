/** KUBELET.md §6/§10: which namespaces are shared, and the switches that change that. */
import { describe, expect, it } from 'vitest';
import { createSimulation, type ContainerInfo, type Simulation } from './index';
import { container, podManifest, startPod, statusOf } from './testing/fixtures';

const twoContainers = [container('app'), container('side', { run: 'sleep infinity' })];

function running(sim: Simulation): ContainerInfo[] {
  return sim.containers().filter((c) => c.state === 'CONTAINER_RUNNING');
}

describe('namespaces', () => {
  it("by default: net/ipc/uts are the sandbox's, pid/mnt/cgroup per container, user = the Node's", () => {
    const sim = createSimulation();
    startPod(sim, podManifest({ containers: twoContainers }));
    const sandbox = sim.sandboxes()[0]!;
    const node = sim.nodes()[0]!;
    const [a, b] = running(sim);
    for (const c of [a!, b!]) {
      expect(c.namespaces.net).toBe(sandbox.namespaces.net);
      expect(c.namespaces.ipc).toBe(sandbox.namespaces.ipc);
      expect(c.namespaces.uts).toBe(sandbox.namespaces.uts);
      expect(c.namespaces.user).toBe(node.namespaces.user);
      expect(c.namespaces.pid).not.toBe(sandbox.namespaces.pid);
    }
    expect(a!.namespaces.pid).not.toBe(b!.namespaces.pid);
    expect(a!.namespaces.mnt).not.toBe(b!.namespaces.mnt);
    expect(a!.namespaces.cgroup).not.toBe(b!.namespaces.cgroup);
    expect(sandbox.namespaces.net).toBeGreaterThanOrEqual(4026532200);
    expect(node.namespaces.net).toBeLessThan(4026532000);
  });

  it("shareProcessNamespace: one pid namespace, the pause process's", () => {
    const sim = createSimulation();
    startPod(sim, podManifest({ shareProcessNamespace: true, containers: twoContainers }));
    const sandbox = sim.sandboxes()[0]!;
    expect(running(sim).map((c) => c.namespaces.pid)).toEqual([
      sandbox.namespaces.pid,
      sandbox.namespaces.pid,
    ]);
  });

  it('hostUsers: false gives the pod its own user namespace, shared by its containers', () => {
    const sim = createSimulation();
    startPod(sim, podManifest({ hostUsers: false, containers: twoContainers }));
    const sandbox = sim.sandboxes()[0]!;
    expect(sandbox.namespaces.user).not.toBe(sim.nodes()[0]!.namespaces.user);
    expect(running(sim).map((c) => c.namespaces.user)).toEqual([
      sandbox.namespaces.user,
      sandbox.namespaces.user,
    ]);
  });

  it("hostNetwork: the Node's net and uts namespaces and the Node's IP", () => {
    const sim = createSimulation();
    startPod(sim, podManifest({ hostNetwork: true }));
    const node = sim.nodes()[0]!;
    const sandbox = sim.sandboxes()[0]!;
    expect(sandbox.ip).toBe('');
    expect(sandbox.namespaces.net).toBe(node.namespaces.net);
    expect(sandbox.namespaces.uts).toBe(node.namespaces.uts);
    expect(sandbox.namespaces.ipc).not.toBe(node.namespaces.ipc);
    expect(sim.pod('web')?.status?.podIP).toBe(node.ip);
    expect(node.ipPool.used).toEqual([]);
  });

  it('hostPID and hostIPC put those namespaces on the Node', () => {
    const sim = createSimulation();
    startPod(sim, podManifest({ hostPID: true, hostIPC: true }));
    const node = sim.nodes()[0]!;
    const [app] = running(sim);
    expect(app?.namespaces.pid).toBe(node.namespaces.pid);
    expect(app?.namespaces.ipc).toBe(node.namespaces.ipc);
  });
});

describe('port clash in the shared network namespace', () => {
  it('the later starter fails with "Address already in use" and crash-loops', () => {
    const sim = createSimulation();
    const port = [{ containerPort: 80 }];
    startPod(
      sim,
      podManifest({ containers: [container('web1', { ports: port }), container('web2', { ports: port })] }),
      20_000,
    );
    expect(statusOf(sim, 'web', 'web1')?.state?.running).toBeDefined();
    const web2 = statusOf(sim, 'web', 'web2');
    expect(web2?.restartCount).toBeGreaterThanOrEqual(1);
    // Backed off: the kubelet restarts it later (STATUS says Error until its next sync).
    expect(web2?.state?.terminated).toMatchObject({ exitCode: 1, reason: 'Error' });
    expect(sim.containers().findLast((c) => c.name === 'web2')?.backOffUntil).toBeGreaterThan(sim.now());
    // After the image's entrypoint, nginx fails to bind: no notices, no workers.
    const logs = sim.logs('web', 'web2');
    expect(logs.at(-2)).toBe('/docker-entrypoint.sh: Configuration complete; ready for start up');
    expect(logs.at(-1)).toBe('nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)');
    expect(logs.join('\n')).not.toContain('[notice]');
  });

  it('different pods do not clash, but two hostNetwork pods on one Node do', () => {
    const sim = createSimulation();
    const port = [{ containerPort: 8080 }];
    startPod(sim, podManifest({ name: 'a', containers: [container('app', { ports: port })] }));
    startPod(sim, podManifest({ name: 'b', containers: [container('app', { ports: port })] }));
    expect(statusOf(sim, 'b', 'app')?.restartCount).toBe(0);
    startPod(
      sim,
      podManifest({ name: 'h1', hostNetwork: true, containers: [container('app', { ports: port })] }),
    );
    startPod(
      sim,
      podManifest({ name: 'h2', hostNetwork: true, containers: [container('app', { ports: port })] }),
    );
    expect(statusOf(sim, 'h1', 'app')?.restartCount).toBe(0);
    expect(statusOf(sim, 'h2', 'app')?.restartCount).toBeGreaterThanOrEqual(1);
  });
});

describe('several Nodes (engine option)', () => {
  it("spreads pods, gives each Node its own CIDR and IP, and honours the action's node", () => {
    const sim = createSimulation({ nodes: 2 });
    startPod(sim, podManifest({ name: 'a' }));
    startPod(sim, podManifest({ name: 'b' }));
    sim.dispatch({ type: 'createPod', manifest: podManifest({ name: 'c' }), node: 'node-2' });
    sim.advance(10_000);
    expect(sim.nodes().map((n) => [n.name, n.ip, n.podCIDR])).toEqual([
      ['node-1', '192.168.49.2', '10.244.1.0/24'],
      ['node-2', '192.168.49.3', '10.244.2.0/24'],
    ]);
    expect(sim.pods().map((p) => [p.spec?.nodeName, p.status?.podIP, p.status?.hostIP])).toEqual([
      ['node-1', '10.244.1.2', '192.168.49.2'],
      ['node-2', '10.244.2.2', '192.168.49.3'],
      ['node-2', '10.244.2.3', '192.168.49.3'],
    ]);
    expect(sim.events().filter((e) => e.reason === 'Scheduled')).toHaveLength(3);
  });

  it('a manifest with spec.nodeName bypasses the scheduler (no Scheduled event)', () => {
    const sim = createSimulation();
    startPod(sim, podManifest({ nodeName: 'node-1' }));
    expect(sim.events().map((e) => e.reason)).not.toContain('Scheduled');
    expect(sim.pod('web')?.status?.phase).toBe('Running');
  });
});
