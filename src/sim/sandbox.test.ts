/** Stories from KUBELET.md §4 / §8.2: the pause container dies. */
import { describe, expect, it } from 'vitest';
import { createSimulation } from './index';
import { container, eventReasons, phaseOf, podManifest, startPod, statusOf } from './testing/fixtures';

describe('killing the sandbox (pause)', () => {
  it('re-creates it: SandboxChanged, Killing, new IP, every container restartCount+1', () => {
    const sim = createSimulation();
    startPod(
      sim,
      podManifest({
        containers: [
          container('app'),
          container('sidecar', { run: "trap 'exit 0' TERM; sleep infinity & wait" }),
        ],
      }),
    );
    const oldIp = sim.pod('web')?.status?.podIP;
    const oldNet = sim.sandboxes()[0]?.namespaces.net;
    sim.dispatch({ type: 'killSandbox', pod: 'web' });
    expect(sim.sandboxes()[0]?.state).toBe('SANDBOX_NOTREADY');
    // Containers keep running until the kubelet notices (next relist) and kills them.
    expect(statusOf(sim, 'web', 'app')?.state?.running).toBeDefined();
    sim.advance(5000);
    const reasons = eventReasons(sim, 'web');
    expect(reasons).toContain('SandboxChanged');
    expect(
      sim
        .events()
        .filter((e) => e.reason === 'Killing')
        .map((e) => e.message),
    ).toEqual(['Stopping container app', 'Stopping container sidecar']);
    const pod = sim.pod('web');
    expect(pod?.status?.podIP).not.toBe(oldIp);
    expect(pod?.status?.podIP).toBe('10.244.1.3');
    expect(statusOf(sim, 'web', 'app')?.restartCount).toBe(1);
    expect(statusOf(sim, 'web', 'sidecar')?.restartCount).toBe(1);
    // nginx shuts down cleanly on TERM (0); the sidecar's trap exits 0 too.
    expect(statusOf(sim, 'web', 'app')?.lastState?.terminated?.exitCode).toBe(0);
    expect(statusOf(sim, 'web', 'sidecar')?.lastState?.terminated?.exitCode).toBe(0);
    const [old, current] = sim.sandboxes();
    expect(current).toMatchObject({ attempt: 1, state: 'SANDBOX_READY', ip: '10.244.1.3' });
    expect(current?.namespaces.net).not.toBe(oldNet);
    expect(old?.state).toBe('SANDBOX_NOTREADY');
    expect(sim.nodes()[0]?.ipPool.used).toEqual(['10.244.1.3']);
    expect(phaseOf(sim, 'web')).toBe('Running');
  });

  it('re-runs init containers; the pod dips to Pending while re-initialising', () => {
    const sim = createSimulation();
    const manifest = podManifest({
      initContainers: [container('setup', { run: 'echo migrating; sleep 3' })],
      containers: [container('app')],
    });
    startPod(sim, manifest, 15_000);
    expect(phaseOf(sim, 'web')).toBe('Running');
    expect(statusOf(sim, 'web', 'setup')?.state?.terminated).toMatchObject({
      exitCode: 0,
      reason: 'Completed',
    });
    sim.dispatch({ type: 'killSandbox', pod: 'web' });
    const phases = new Set<string>();
    for (let i = 0; i < 100; i++) {
      sim.advance(100);
      phases.add(phaseOf(sim, 'web') ?? '');
    }
    expect(phases).toEqual(new Set(['Running', 'Pending']));
    expect(phaseOf(sim, 'web')).toBe('Running');
    const setupRuns = sim.containers().filter((c) => c.name === 'setup');
    expect(setupRuns).toHaveLength(1);
    expect(setupRuns[0]).toMatchObject({ attempt: 1, state: 'CONTAINER_EXITED', exitCode: 0 });
    expect(statusOf(sim, 'web', 'app')?.restartCount).toBe(1);
    expect(sim.logs('web', 'setup')).toEqual(['migrating']);
  });

  it('counts restarts from 0 again for init containers after the first: their instances and logs were purged', () => {
    const sim = createSimulation();
    startPod(
      sim,
      podManifest({
        initContainers: [container('first', { run: 'exit 0' }), container('second', { run: 'exit 0' })],
        containers: [container('app')],
      }),
      15_000,
    );
    sim.dispatch({ type: 'killSandbox', pod: 'web' });
    sim.advance(15_000);
    expect(phaseOf(sim, 'web')).toBe('Running');
    // `first` started in the SyncPod that purged it, whose status still had its old instance: 0 + 1.
    expect(statusOf(sim, 'web', 'first')?.restartCount).toBe(1);
    // `second` started a sync later: no instance, no 0.log, so the kubelet counts from 0.
    expect(statusOf(sim, 'web', 'second')?.restartCount).toBe(0);
    expect(statusOf(sim, 'web', 'app')?.restartCount).toBe(1);
    expect(sim.containers().filter((c) => c.name === 'second')).toMatchObject([{ attempt: 0 }]);
  });

  it('a sidecar the purge took while it ran waits with lastState ContainerStatusUnknown (137) and one more restart', () => {
    // kubelet_pods.go convertToAPIContainerStatuses: a container the last status called running and the runtime no
    // longer has ended with an unknown exit; unless the Pod is being deleted, that counts as a restart.
    const sim = createSimulation();
    startPod(
      sim,
      podManifest({
        initContainers: [
          container('first', { run: 'sleep 2' }),
          container('proxy', { restartPolicy: 'Always', run: 'sleep infinity' }),
        ],
        containers: [container('app')],
      }),
      20_000,
    );
    expect(statusOf(sim, 'web', 'proxy')?.state?.running).toBeDefined();
    sim.dispatch({ type: 'killSandbox', pod: 'web' });
    // The proxy (PID 1 sleep) ignores TERM: the new sandbox comes after the 30 s grace period. Then, until `first` has
    // run again in it, the purged proxy is not in the runtime.
    let seen = false;
    for (let t = 0; t < 45_000 && !seen; t += 100) {
      sim.advance(100);
      const proxy = statusOf(sim, 'web', 'proxy');
      if (proxy?.lastState?.terminated?.reason !== 'ContainerStatusUnknown') continue;
      seen = true;
      expect(proxy).toMatchObject({
        state: { waiting: { reason: 'PodInitializing' } },
        lastState: {
          terminated: {
            exitCode: 137,
            reason: 'ContainerStatusUnknown',
            message:
              'The container could not be located when the pod was deleted.  The container used to be Running',
          },
        },
        restartCount: 1,
        ready: false,
      });
    }
    expect(seen).toBe(true);
    sim.advance(15_000);
    // Started again with no instance or log left to count from: the kubelet's count starts over.
    expect(statusOf(sim, 'web', 'proxy')).toMatchObject({ state: { running: {} }, restartCount: 0 });
  });

  it('restartPolicy Never: no new sandbox, the pod ends Failed', () => {
    const sim = createSimulation();
    startPod(
      sim,
      podManifest({ restartPolicy: 'Never', containers: [container('app', { run: 'sleep 3600' })] }),
    );
    sim.dispatch({ type: 'killSandbox', pod: 'web' });
    sim.advance(10_000);
    // The shell is PID 1 of its PID namespace: TERM is dropped, SIGKILL ends it when the 30 s grace is over.
    expect(statusOf(sim, 'web', 'app')?.state?.running).toBeDefined();
    sim.advance(25_000);
    expect(sim.sandboxes()).toHaveLength(1);
    expect(eventReasons(sim, 'web')).not.toContain('SandboxChanged');
    expect(phaseOf(sim, 'web')).toBe('Failed');
    expect(statusOf(sim, 'web', 'app')?.state?.terminated?.exitCode).toBe(137);
    expect(sim.nodes()[0]?.ipPool.used).toEqual([]);
    // The runtime reports IPs only for a READY sandbox, so there were none to keep in the final status.
    expect(sim.pod('web')?.status?.podIP).toBeUndefined();
    sim.advance(60_000);
    expect(sim.nextStepAt()).toBeUndefined();
  });

  it("shareProcessNamespace: pause is the PID namespace's init, so its death SIGKILLs every container (137)", () => {
    const sim = createSimulation();
    startPod(
      sim,
      podManifest({
        shareProcessNamespace: true,
        containers: [
          container('app'),
          container('debug', { image: 'busybox:1.36', command: ['sleep', 'infinity'] }),
        ],
      }),
    );
    sim.dispatch({ type: 'killSandbox', pod: 'web' });
    // At once, before the kubelet notices: nothing is left for it to stop, so there is no Killing event.
    for (const name of ['app', 'debug'])
      expect(statusOf(sim, 'web', name)?.state?.terminated).toMatchObject({ exitCode: 137, reason: 'Error' });
    sim.advance(5000);
    expect(eventReasons(sim, 'web')).toContain('SandboxChanged');
    expect(eventReasons(sim, 'web')).not.toContain('Killing');
    for (const name of ['app', 'debug']) {
      expect(statusOf(sim, 'web', name)?.restartCount).toBe(1);
      expect(statusOf(sim, 'web', name)?.state?.running).toBeDefined();
    }
  });

  it('with ipam "reuse" the new sandbox keeps the Pod IP', () => {
    const sim = createSimulation({ ipam: 'reuse' });
    startPod(sim, podManifest());
    sim.dispatch({ type: 'killSandbox', pod: 'web' });
    sim.advance(5000);
    expect(sim.pod('web')?.status?.podIP).toBe('10.244.1.2');
  });

  it('a TERM-ignoring container delays the new sandbox by the grace period (SIGKILL 137)', () => {
    const sim = createSimulation();
    startPod(
      sim,
      podManifest({
        terminationGracePeriodSeconds: 5,
        containers: [container('app', { run: 'trap "" TERM; sleep 3600' })],
      }),
    );
    sim.dispatch({ type: 'killSandbox', pod: 'web' });
    sim.advance(3000);
    expect(sim.sandboxes()).toHaveLength(1);
    sim.advance(5000);
    expect(sim.sandboxes()).toHaveLength(2);
    expect(statusOf(sim, 'web', 'app')?.lastState?.terminated).toMatchObject({
      exitCode: 137,
      reason: 'Error',
    });
  });
});

describe('restartPolicy OnFailure and a dead sandbox (computePodActions)', () => {
  it('re-creates the sandbox but does not restart containers that already succeeded', () => {
    const sim = createSimulation();
    startPod(
      sim,
      podManifest({
        restartPolicy: 'OnFailure',
        containers: [container('once', { run: 'exit 0' }), container('server')],
      }),
    );
    sim.dispatch({ type: 'killSandbox', pod: 'web' });
    sim.advance(5000);
    expect(sim.sandboxes()).toHaveLength(2);
    expect(statusOf(sim, 'web', 'server')?.restartCount).toBe(1);
    expect(sim.containers().filter((c) => c.name === 'once')).toHaveLength(1);
    expect(phaseOf(sim, 'web')).toBe('Running');
  });

  it('restarts a container that exits 0 only because the kill stopped it: the plan was made before', () => {
    // SyncPod computes its actions once, while both containers run, then blocks in KillPod until they have
    // stopped: `graceful` exits 0 on TERM at once, `stubborn` (PID 1, no handler) only at its SIGKILL.
    const sim = createSimulation();
    startPod(
      sim,
      podManifest({
        restartPolicy: 'OnFailure',
        terminationGracePeriodSeconds: 3,
        containers: [
          container('graceful', { run: "trap 'exit 0' TERM; sleep infinity & wait" }),
          container('stubborn', { run: 'sleep infinity' }),
        ],
      }),
    );
    sim.dispatch({ type: 'killSandbox', pod: 'web' });
    sim.advance(2000);
    // Mid-kill: graceful has exited 0, stubborn ignores TERM, nothing has started again. The API status
    // is still the one the sync wrote when it began (both running): it is blocked in KillPod.
    const graceful = sim.containers().find((c) => c.name === 'graceful');
    expect(graceful).toMatchObject({ state: 'CONTAINER_EXITED', exitCode: 0 });
    expect(statusOf(sim, 'web', 'graceful')?.state?.running).toBeDefined();
    expect(statusOf(sim, 'web', 'graceful')?.containerID).toBe(`containerd://${graceful?.id}`);
    expect(statusOf(sim, 'web', 'stubborn')?.state?.running).toBeDefined();
    sim.advance(8000);
    for (const name of ['graceful', 'stubborn']) {
      expect(statusOf(sim, 'web', name)?.restartCount, name).toBe(1);
      expect(statusOf(sim, 'web', name)?.state?.running, name).toBeDefined();
    }
    expect(statusOf(sim, 'web', 'graceful')?.lastState?.terminated?.exitCode).toBe(0);
    expect(statusOf(sim, 'web', 'stubborn')?.lastState?.terminated?.exitCode).toBe(137);
    expect(sim.sandboxes().at(-1)).toMatchObject({ attempt: 1, state: 'SANDBOX_READY' });
  });
});

describe('bounded memory', () => {
  it('keeps two instances per container, and only the sandboxes those instances still need', () => {
    const sim = createSimulation();
    startPod(sim, podManifest({ containers: [container('app'), container('crash', { run: 'exit 1' })] }));
    for (let i = 0; i < 20; i++) {
      sim.dispatch({ type: 'killSandbox', pod: 'web' });
      sim.advance(60_000);
    }
    sim.advance(3_600_000);
    // Kubelet GC (evictSandboxes): a dead sandbox goes once no kept container instance belongs to it,
    // so at most the current one plus one per kept instance (2 containers × 2 instances).
    expect(sim.sandboxes().length).toBeLessThanOrEqual(5);
    const sandboxIds = new Set(sim.sandboxes().map((s) => s.id));
    expect(sim.containers().every((c) => sandboxIds.has(c.sandboxId))).toBe(true);
    const perName = new Map<string, number>();
    for (const c of sim.containers()) perName.set(c.name, (perName.get(c.name) ?? 0) + 1);
    expect(Math.max(...perName.values())).toBeLessThanOrEqual(2);
    expect(statusOf(sim, 'web', 'crash')?.restartCount).toBeGreaterThan(15);
    expect(sim.nodes()[0]?.ipPool.used).toHaveLength(1);
  });
});
