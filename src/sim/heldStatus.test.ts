// The kubelet writes a Pod's API status when a sync starts (SyncPod, SyncTerminatingPod: generateAPIPodStatus
// then statusManager.SetPodStatus) and not again until that sync returns. A sync blocked in KillPod, an image
// pull or a container start holds the status while the runtime moves on (pkg/kubelet/kubelet.go).
import { describe, expect, it } from 'vitest';
import { createSimulation } from './index';
import { kubectlPodColumns } from './kubectlStatus';
import { container, podManifest, startPod, statusOf } from './testing/fixtures';
import type { Simulation } from './types';

const columns = (sim: Simulation) => {
  const pod = sim.pod('web');
  if (pod === undefined) throw new Error('no pod web');
  const { ready, status } = kubectlPodColumns(pod);
  return `${ready} ${status}`;
};
const runtimeState = (sim: Simulation, name: string) =>
  sim
    .containers()
    .filter((c) => c.name === name)
    .at(-1)?.state;

/** One container stops at once on TERM (exit 0), the other (PID 1 sleep, no handler) only at the SIGKILL. */
const twoContainers = (extra: object = {}) =>
  podManifest({
    containers: [
      container('graceful', { run: "trap 'exit 0' TERM; sleep infinity & wait" }),
      container('stubborn', { run: 'sleep infinity' }),
    ],
    ...extra,
  });

describe('the API status is written when a sync starts', () => {
  it('a graceful delete shows 2/2 Terminating for the whole grace period, though one container is gone', () => {
    const sim = createSimulation();
    startPod(sim, twoContainers());
    expect(columns(sim)).toBe('2/2 Running');
    sim.dispatch({ type: 'deletePod', pod: 'web' });
    sim.advance(5_000);
    expect(runtimeState(sim, 'graceful')).toBe('CONTAINER_EXITED');
    expect(runtimeState(sim, 'stubborn')).toBe('CONTAINER_RUNNING');
    expect(columns(sim)).toBe('2/2 Terminating');
    expect(statusOf(sim, 'web', 'graceful')?.state?.running).toBeDefined();
    sim.advance(24_000);
    expect(columns(sim)).toBe('2/2 Terminating');
    // SIGKILL at 30 s: KillPod returns and the sync writes the status of two stopped containers (and, being
    // the pod's last, its terminal phase: kubectl shows that rather than Terminating).
    sim.advance(1_500);
    expect(columns(sim)).toBe('0/2 Completed');
    expect(statusOf(sim, 'web', 'graceful')?.state?.terminated).toMatchObject({ exitCode: 0 });
    expect(statusOf(sim, 'web', 'stubborn')?.state?.terminated).toMatchObject({ exitCode: 137 });
  });

  it('a Pod whose pause died keeps the status its sync began with until the old containers are stopped', () => {
    const sim = createSimulation();
    startPod(sim, twoContainers({ terminationGracePeriodSeconds: 10 }));
    sim.dispatch({ type: 'killSandbox', pod: 'web' });
    sim.advance(3_000);
    expect(runtimeState(sim, 'graceful')).toBe('CONTAINER_EXITED');
    const held = sim.pod('web')?.status;
    expect(statusOf(sim, 'web', 'graceful')?.state?.running).toBeDefined();
    expect(statusOf(sim, 'web', 'stubborn')?.state?.running).toBeDefined();
    sim.advance(5_000);
    expect(sim.pod('web')?.status).toBe(held);
    // The SIGKILL (10 s), a new sandbox, both containers started again: the next sync writes all of it.
    sim.advance(10_000);
    expect(columns(sim)).toBe('2/2 Running');
    expect(statusOf(sim, 'web', 'graceful')?.restartCount).toBe(1);
    expect(statusOf(sim, 'web', 'stubborn')?.restartCount).toBe(1);
  });

  it('the runtime views move on while the status is held', () => {
    const sim = createSimulation();
    startPod(sim, twoContainers());
    sim.dispatch({ type: 'deletePod', pod: 'web' });
    const before = sim.containers();
    sim.advance(2_000);
    const after = sim.containers();
    expect(after).not.toBe(before);
    expect(after.find((c) => c.name === 'graceful')).toMatchObject({
      state: 'CONTAINER_EXITED',
      exitCode: 0,
    });
  });

  it('the first sync writes its status before the image pull that blocks it', () => {
    const sim = createSimulation();
    sim.dispatch({
      type: 'createPod',
      manifest: podManifest({ containers: [container('app', { image: 'redis:7' })] }),
    });
    sim.advance(1_000);
    const status = sim.pod('web')?.status;
    expect(status?.startTime).toBeDefined();
    expect(statusOf(sim, 'web', 'app')?.state?.waiting?.reason).toBe('ContainerCreating');
    expect(columns(sim)).toBe('0/1 ContainerCreating');
  });

  it('a first sync that pulls and starts two containers writes one status before and one after: no IP between', () => {
    const sim = createSimulation();
    const manifest = podManifest({ containers: [container('a'), container('b', { image: 'redis:7' })] });
    sim.dispatch({ type: 'createPod', manifest });
    const seen = new Set<string>();
    for (let t = 0; t < 15_000; t += 100) {
      sim.advance(100);
      seen.add(`${columns(sim)} ${sim.pod('web')?.status?.podIP ?? 'no IP'}`);
    }
    // The runtime had a sandbox with an IP and `a` running long before `b` started; the API never said so.
    const ip = sim.pod('web')?.status?.podIP;
    expect([...seen]).toEqual(['0/2 ContainerCreating no IP', `2/2 Running ${ip}`]);
  });

  it('an in-place image update keeps 1/1 Running while the kubelet stops, pulls and starts the container', () => {
    const sim = createSimulation();
    startPod(sim, podManifest({ containers: [container('app', { image: 'nginx:1.27' })] }));
    sim.dispatch({
      type: 'applyPod',
      manifest: podManifest({ containers: [container('app', { image: 'nginx:1.28' })] }),
    });
    const seen = new Set<string>();
    for (let t = 0; t < 15_000; t += 100) {
      sim.advance(100);
      seen.add(`${columns(sim)} restarts ${statusOf(sim, 'web', 'app')?.restartCount}`);
    }
    expect([...seen]).toEqual(['1/1 Running restarts 0', '1/1 Running restarts 1']);
  });

  it('a snapshot taken while the status is held replays to the same place', () => {
    const sim = createSimulation();
    startPod(sim, twoContainers());
    sim.dispatch({ type: 'deletePod', pod: 'web' });
    sim.advance(3_000);
    const copy = createSimulation();
    copy.restore(sim.snapshot());
    for (const s of [sim, copy]) s.advance(28_000);
    expect(copy.pod('web')?.status).toEqual(sim.pod('web')?.status);
    expect(columns(copy)).toBe('0/2 Completed');
  });

  it('a snapshot whose held flag is not `true` is refused', () => {
    const sim = createSimulation();
    startPod(sim, twoContainers());
    sim.dispatch({ type: 'deletePod', pod: 'web' });
    sim.advance(3_000);
    const snapshot = sim.snapshot() as unknown as { pods: Record<string, unknown>[] };
    expect(snapshot.pods[0]?.statusHeld).toBe(true);
    snapshot.pods[0]!.statusHeld = 'yes';
    expect(() => createSimulation().restore(snapshot as never)).toThrow('pods[0] is malformed');
  });
});
