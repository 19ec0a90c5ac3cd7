/** Init containers and sidecars (restartable init containers), KUBELET.md §1, §4. */
import { describe, expect, it } from 'vitest';
import { WATCH_DELAY_MS } from './constants';
import { createSimulation, kubectlStatus, type ContainerInfo, type Simulation } from './index';
import { container, phaseOf, podManifest, startPod, statusOf } from './testing/fixtures';

describe('init containers', () => {
  it('run one by one before the app; Init:0/1 then Running', () => {
    const sim = createSimulation();
    sim.dispatch({
      type: 'createPod',
      manifest: podManifest({
        initContainers: [container('setup', { run: 'sleep 5' })],
        containers: [container('app')],
      }),
    });
    sim.advance(3000);
    expect(kubectlStatus(sim.pod('web')!)).toBe('Init:0/1');
    expect(statusOf(sim, 'web', 'app')?.state?.waiting?.reason).toBe('PodInitializing');
    const initialized = sim.pod('web')?.status?.conditions?.find((c) => c.type === 'Initialized');
    expect(initialized).toMatchObject({
      status: 'False',
      reason: 'ContainersNotInitialized',
      message: 'containers with incomplete status: [setup]',
    });
    sim.advance(12_000);
    expect(phaseOf(sim, 'web')).toBe('Running');
    const setup = sim.containers().find((c) => c.name === 'setup');
    const app = sim.containers().find((c) => c.name === 'app');
    expect(app!.createdAt).toBeGreaterThan(setup!.finishedAt!);
  });

  it('a failing init container fails a Never pod, and is retried with back-off otherwise', () => {
    const never = createSimulation();
    startPod(
      never,
      podManifest({ restartPolicy: 'Never', initContainers: [container('setup', { run: 'exit 3' })] }),
    );
    expect(phaseOf(never, 'web')).toBe('Failed');
    expect(never.containers().map((c) => c.name)).toEqual(['setup']);
    const always = createSimulation();
    startPod(always, podManifest({ initContainers: [container('setup', { run: 'exit 3' })] }), 0);
    const newest = () => always.containers().findLast((c) => c.name === 'setup');
    while (newest()?.backOffUntil === undefined) always.advance(100);
    // Backed off after its second crash: STATUS says Init:Error until the sync at the back-off's expiry, which
    // writes Init:CrashLoopBackOff (the reason it cached) and restarts it.
    expect(phaseOf(always, 'web')).toBe('Pending');
    expect(always.events().some((e) => e.reason === 'BackOff')).toBe(true);
    expect(kubectlStatus(always.pod('web')!)).toBe('Init:Error');
    const until = newest()?.backOffUntil ?? 0;
    always.advance(until - always.now() - 1);
    expect(kubectlStatus(always.pod('web')!)).toBe('Init:Error');
    always.advance(1);
    expect(kubectlStatus(always.pod('web')!)).toBe('Init:CrashLoopBackOff');
    expect(phaseOf(always, 'web')).toBe('Pending');
  });

  it('a sidecar starts, then the next init container, and keeps running beside the app', () => {
    const sim = createSimulation();
    startPod(
      sim,
      podManifest({
        initContainers: [
          container('proxy', { restartPolicy: 'Always', run: 'sleep infinity' }),
          container('setup', { run: 'sleep 1' }),
        ],
        containers: [container('app')],
      }),
      15_000,
    );
    const byName = Object.fromEntries(sim.containers().map((c) => [c.name, c]));
    expect(byName.setup!.createdAt).toBeGreaterThanOrEqual(byName.proxy!.startedAt!);
    expect(byName.proxy).toMatchObject({ kind: 'sidecar', state: 'CONTAINER_RUNNING' });
    expect(byName.app?.state).toBe('CONTAINER_RUNNING');
    expect(phaseOf(sim, 'web')).toBe('Running');
    expect(statusOf(sim, 'web', 'proxy')).toMatchObject({ ready: true, started: true });
    // Sidecars always restart, whatever the pod's restartPolicy.
    sim.dispatch({ type: 'exitContainer', pod: 'web', container: 'proxy', exitCode: 0 });
    sim.advance(5000);
    expect(statusOf(sim, 'web', 'proxy')?.restartCount).toBe(1);
  });
});

/** Runs a deleted Pod to its removal; its container instances as last seen (they go with the object). */
function runUntilRemoved(sim: Simulation, pod: string): ContainerInfo[] {
  let seen = sim.containers();
  for (let i = 0; i < 1200 && sim.pod(pod) !== undefined; i++) {
    seen = sim.containers();
    sim.advance(100);
  }
  return seen;
}

describe('termination order', () => {
  it('stops sidecars after the app containers, in reverse order', () => {
    const sim = createSimulation();
    startPod(
      sim,
      podManifest({
        initContainers: [
          container('proxy', { restartPolicy: 'Always', run: "trap 'exit 0' TERM; sleep infinity & wait" }),
          container('logs', { restartPolicy: 'Always', run: "trap 'exit 0' TERM; sleep infinity & wait" }),
        ],
        containers: [container('app', { run: 'trap "" TERM; sleep 3600' })],
        terminationGracePeriodSeconds: 5,
      }),
      15_000,
    );
    sim.dispatch({ type: 'deletePod', pod: 'web' });
    sim.advance(1000);
    expect(statusOf(sim, 'web', 'proxy')?.state?.running).toBeDefined();
    sim.advance(6000);
    const killing = sim
      .events()
      .filter((e) => e.reason === 'Killing')
      .map((e) => e.message);
    expect(killing).toEqual([
      'Stopping container app',
      'Stopping container logs',
      'Stopping container proxy',
    ]);
    const finished = (name: string) => sim.containers().find((c) => c.name === name)?.finishedAt ?? 0;
    expect(finished('proxy')).toBeGreaterThanOrEqual(finished('app'));
  });

  it('each sidecar waits for the ones after it; the wait is taken off its grace in whole seconds, cut down', () => {
    const sim = createSimulation();
    startPod(
      sim,
      podManifest({
        initContainers: [
          container('a', { restartPolicy: 'Always', run: 'tail -f /dev/null' }),
          container('b', { restartPolicy: 'Always', run: 'tail -f /dev/null' }),
        ],
        // Ignores TERM, but its own work ends some seconds into the kill.
        containers: [container('app', { run: 'sleep 20' })],
      }),
      15_000,
    );
    sim.dispatch({ type: 'deletePod', pod: 'web' });
    const killedAt = sim.now() + WATCH_DELAY_MS; // the kubelet sees the deletion
    const seen = runUntilRemoved(sim, 'web');
    const end = (name: string) => seen.find((c) => c.name === name)?.finishedAt ?? NaN;
    const waited = (end('app') - killedAt) / 1000;
    expect(waited % 1).not.toBe(0); // a wait of whole seconds and a fraction: floor and ceil differ
    // b: TERM when app is gone, with 30 s less the whole seconds waited; a: TERM when b is gone, nothing left: 2 s.
    expect(end('b') - end('app')).toBe((30 - Math.floor(waited)) * 1000);
    expect(end('a') - end('b')).toBe(2_000);
  });

  it('announces every kill at once; a sidecar waits for its turn and gets what is left of the grace period (≥ 2 s)', () => {
    const sim = createSimulation();
    startPod(
      sim,
      podManifest({
        // `tail` and `sleep` are PID 1 with no TERM handler: only SIGKILL ends them.
        initContainers: [container('logs', { restartPolicy: 'Always', run: 'tail -f /dev/null' })],
        containers: [container('app', { run: 'sleep 3600' })],
      }),
      15_000,
    );
    const deletedAt = sim.now();
    sim.dispatch({ type: 'deletePod', pod: 'web' });
    sim.advance(1000);
    // killContainer records Killing before waitForTurn: both at once, the sidecar still running.
    const killing = sim.events().filter((e) => e.reason === 'Killing');
    expect(killing.map((e) => e.message)).toEqual(['Stopping container app', 'Stopping container logs']);
    expect(statusOf(sim, 'web', 'logs')?.state?.running).toBeDefined();
    // Watch the runtime until the object is gone (its instances go with it).
    const seen = runUntilRemoved(sim, 'web');
    const instance = (name: string) => seen.find((c) => c.name === name);
    // app: SIGKILL when the 30 s are over; logs: TERM then, 30 − 30 s left, so the 2 s floor, then SIGKILL.
    expect(instance('app')).toMatchObject({ exitCode: 137 });
    expect(instance('logs')).toMatchObject({ exitCode: 137 });
    const appEnd = instance('app')!.finishedAt!;
    expect(appEnd - deletedAt).toBeGreaterThanOrEqual(30_000);
    expect(appEnd - deletedAt).toBeLessThan(31_000);
    expect(instance('logs')!.finishedAt! - appEnd).toBe(2_000);
    // The object is removed soon after, not after a second 30 s grace period.
    expect(sim.now() - deletedAt).toBeLessThan(35_000);
    expect(sim.pod('web')).toBeUndefined();
  });
});
