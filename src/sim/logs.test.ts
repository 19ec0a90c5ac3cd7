/**
 * `kubectl logs` picks its instance as the kubelet's validateContainerLogStatus does: from the Pod's API status
 * as last written (pkg/kubelet/kubelet_pods.go), not from the runtime's newest instances.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation } from './index';
import type { Simulation } from './types';
import { container, podManifest, startPod, statusOf } from './testing/fixtures';

const TICKER = 'echo hello; while true; do echo tick; sleep 10; done';

const waitingReason = (sim: Simulation) => statusOf(sim, 'web', 'app')?.state?.waiting?.reason;
const running = (sim: Simulation) => statusOf(sim, 'web', 'app')?.state?.running !== undefined;

/** Kills app `times` times, each instance after `ranMs` of running; the last after `lastRanMs`. */
function killRepeatedly(sim: Simulation, times: number, ranMs: number, lastRanMs: number) {
  for (let i = 0; i < times; i++) {
    while (!running(sim)) sim.advance(100);
    sim.advance(i === times - 1 ? lastRanMs : ranMs);
    sim.dispatch({ type: 'killContainer', pod: 'web', container: 'app' });
    sim.advance(100);
  }
}

describe('kubectl logs', () => {
  it('--previous in CrashLoopBackOff is the crash that is backing off, not the one before it', () => {
    const sim = createSimulation();
    startPod(sim, podManifest({ containers: [container('app', { run: TICKER })] }), 5_000);
    // Four instances ran 25 s (hello + 3 ticks); the fifth ran 2 s (hello + 1 tick) and backs off 80 s.
    killRepeatedly(sim, 5, 25_000, 2_000);

    // Right after the crash the status still says Error: --previous is lastState, the one before it, which
    // the container GC removed as this one exited (one exited instance per container): the kubelet says so.
    const status = statusOf(sim, 'web', 'app');
    expect(status?.state?.terminated?.reason).toBe('Error');
    const before = status?.lastState?.terminated?.containerID ?? '';
    expect(before).toMatch(/^containerd:\/\/[0-9a-f]{64}$/);
    expect(sim.containers().some((c) => `containerd://${c.id}` === before)).toBe(false);
    expect(sim.logs('web', 'app', { previous: true })).toEqual([
      `unable to retrieve container logs for ${before}`,
    ]);
    expect(sim.logs('web', 'app')).toEqual(['hello', 'tick']);

    // The next sync writes CrashLoopBackOff and moves the crash to lastState.
    const until = sim.now() + 70_000;
    while (waitingReason(sim) !== 'CrashLoopBackOff' && sim.now() < until) sim.advance(500);
    expect(waitingReason(sim)).toBe('CrashLoopBackOff');
    expect(sim.logs('web', 'app', { previous: true })).toEqual(['hello', 'tick']);
    expect(sim.logs('web', 'app')).toEqual(['hello', 'tick']);
  });

  it('names no removed instance once nothing will restart the container: deleted, or completed under OnFailure', () => {
    // Deleted while in CrashLoopBackOff (a sidecar keeps the Pod terminating): never the current crash as its
    // own lastState.
    const sim = createSimulation({ seed: 1 });
    startPod(
      sim,
      podManifest({
        containers: [
          container('app', { run: 'echo hi; exit 1' }),
          container('side', { image: 'busybox:1.36', command: ['sleep', '3600'] }),
        ],
      }),
      0,
    );
    for (let t = 0; t < 60_000 && waitingReason(sim) !== 'CrashLoopBackOff'; t += 100) sim.advance(100);
    expect(waitingReason(sim)).toBe('CrashLoopBackOff');
    sim.dispatch({ type: 'deletePod', pod: 'web', gracePeriodSeconds: 30 });
    for (let t = 0; t < 40_000 && statusOf(sim, 'web', 'app')?.state?.terminated === undefined; t += 100)
      sim.advance(100);
    const deleted = statusOf(sim, 'web', 'app');
    expect(deleted?.state?.terminated?.containerID).toMatch(/^containerd:\/\//);
    expect(deleted?.lastState?.terminated?.containerID).not.toBe(deleted?.state?.terminated?.containerID);

    // Restarted once, then completed under OnFailure: the status keeps no lastState the runtime has lost.
    const done = createSimulation();
    startPod(
      done,
      podManifest({
        restartPolicy: 'OnFailure',
        containers: [container('app', { run: 'echo hi; sleep 3600' })],
      }),
      5_000,
    );
    done.dispatch({ type: 'killContainer', pod: 'web', container: 'app' });
    while (!running(done)) done.advance(100);
    done.advance(30_000);
    done.dispatch({ type: 'exitContainer', pod: 'web', container: 'app', exitCode: 0 });
    done.advance(600_000);
    expect(statusOf(done, 'web', 'app')?.state?.terminated?.reason).toBe('Completed');
    expect(statusOf(done, 'web', 'app')?.lastState).toEqual({});
    expect(() => done.logs('web', 'app', { previous: true })).toThrow(
      'previous terminated container "app" in pod "web" not found',
    );
  });

  it('says why a container that never ran has no logs: the waiting reason the status shows', () => {
    const sim = createSimulation();
    const manifest = podManifest({
      initContainers: [container('setup', { run: 'sleep 30' })],
      containers: [container('app', { run: TICKER })],
    });
    startPod(sim, manifest, 10_000);
    expect(() => sim.logs('web', 'app')).toThrow(
      'container "app" in pod "web" is waiting to start: PodInitializing',
    );
    expect(() => sim.logs('web', 'app', { previous: true })).toThrow(
      'previous terminated container "app" in pod "web" not found',
    );
    expect(sim.logs('web', 'setup')).toEqual([]);

    const badImage = createSimulation();
    startPod(badImage, podManifest({ containers: [container('app', { image: 'busyBOX' })] }), 5_000);
    expect(() => badImage.logs('web', 'app')).toThrow(
      'container "app" in pod "web" is waiting to start: InvalidImageName',
    );
  });
});
