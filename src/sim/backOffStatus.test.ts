/**
 * A crash-loop back-off as the API and the app show it: the kubelet's decision at once (BackOff, the instance's
 * backOffUntil), STATUS CrashLoopBackOff from the next sync that reads its reason cache (KUBELET.md §2, §3).
 */
import { describe, expect, it } from 'vitest';
import { createSimulation } from './index';
import type { Simulation } from './types';
import { container, podManifest, statusOf } from './testing/fixtures';

const newest = (sim: Simulation, name: string) => sim.containers().findLast((c) => c.name === name);

/** Runs until `name`'s newest instance is one the kubelet has backed off from. */
function untilBackedOff(sim: Simulation, name: string): number {
  while (newest(sim, name)?.backOffUntil === undefined) sim.advance(100);
  return newest(sim, name)?.backOffUntil ?? 0;
}

describe('a crash-loop back-off', () => {
  it('ends its countdown at the back-off’s expiry, even while the restart pulls its image', () => {
    const sim = createSimulation();
    // imagePullPolicy Always: every restart pulls (0.5 s for an image the Node has).
    const app = container('app', { run: 'exit 1', imagePullPolicy: 'Always' });
    sim.dispatch({ type: 'createPod', manifest: podManifest({ containers: [app] }) });
    const until = untilBackedOff(sim, 'app');
    const crashed = newest(sim, 'app');
    sim.advance(until - sim.now() + 100);
    // Still the crashed instance (the restart is pulling), no longer counting down.
    expect(newest(sim, 'app')?.id).toBe(crashed?.id);
    expect(sim.events().at(-1)?.reason).toBe('Pulling');
    expect(newest(sim, 'app')?.backOffUntil).toBeUndefined();
  });

  it('shows CrashLoopBackOff from the sync a sibling’s start brings (PLEG), before the back-off ends', () => {
    const sim = createSimulation();
    const manifest = podManifest({ containers: [container('a'), container('b', { run: 'exit 1' })] });
    sim.dispatch({ type: 'createPod', manifest });
    // Kill a as b crashes the second time: one sync (their PLEG events) backs b off and restarts a.
    while (newest(sim, 'b')?.attempt !== 1 || newest(sim, 'b')?.state !== 'CONTAINER_EXITED')
      sim.advance(100);
    sim.dispatch({ type: 'killContainer', pod: 'web', container: 'a' });
    const until = untilBackedOff(sim, 'b');
    expect(statusOf(sim, 'web', 'b')?.state?.terminated?.reason).toBe('Error');
    expect(newest(sim, 'a')?.attempt).toBe(1);
    // a's start is a PLEG event too: the sync a relist later writes the reason b's was cached with.
    sim.advance(2000);
    expect(sim.now()).toBeLessThan(until);
    expect(statusOf(sim, 'web', 'a')?.state?.running).toBeDefined();
    expect(statusOf(sim, 'web', 'b')?.state?.waiting?.reason).toBe('CrashLoopBackOff');
  });

  it('starts over for a new image: the kubelet keys the back-off by the container spec', () => {
    const sim = createSimulation();
    const manifest = podManifest({ containers: [container('app', { run: 'exit 1' }), container('side')] });
    sim.dispatch({ type: 'createPod', manifest });
    // Crash 5 backs off 80 s.
    while (newest(sim, 'app')?.attempt !== 4) sim.advance(100);
    const until = untilBackedOff(sim, 'app');
    expect(until - sim.now()).toBeGreaterThan(60_000);
    const newImage = podManifest({
      containers: [container('app', { run: 'exit 1', image: 'busybox:1.37' }), container('side')],
    });
    sim.dispatch({ type: 'applyPod', manifest: newImage });
    sim.advance(5_000);
    // Pulled and started with the new image at once, not 80 s later.
    expect(newest(sim, 'app')?.attempt).toBe(5);
    expect(newest(sim, 'app')?.image).toBe('docker.io/library/busybox:1.37');
  });
});
