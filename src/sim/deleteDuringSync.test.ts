/**
 * A delete that arrives while the pod worker is blocked in a SyncPod (an image pull, a container start): kubelet.go
 * SyncPod runs the runtime sync with context.WithoutCancel, so the container in flight is created and started, and
 * the terminating sync then stops it.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation, kubectlStatus } from './index';
import { container, eventReasons, podManifest, statusOf } from './testing/fixtures';

/** What the container in flight goes through: its SyncPod finishes it, the terminating sync stops it. */
const IN_FLIGHT = ['Pulling', 'Pulled', 'Created', 'Started', 'Killing'];

/** A new Pod, deleted one second in: during its first image pull. */
function deletedDuringPull(manifest: ReturnType<typeof podManifest>) {
  const sim = createSimulation();
  sim.dispatch({ type: 'createPod', manifest });
  sim.advance(1000);
  sim.dispatch({ type: 'deletePod', pod: 'web' });
  return sim;
}

describe('a delete during a pull or a start', () => {
  it('a delete during the image pull does not cancel the start: pulled, created, started, then stopped', () => {
    // kubelet.go SyncPod runs the runtime sync with context.WithoutCancel: the pull, CreateContainer and
    // StartContainer finish, and SyncTerminatingPod stops the container after (nginx exits 0 on TERM).
    const sim = deletedDuringPull(podManifest({ containers: [container('app')] }));
    expect(sim.events().some((e) => e.reason === 'Pulling')).toBe(true);
    expect(kubectlStatus(sim.pod('web')!)).toBe('Terminating');
    sim.advance(30_000);
    const reasons = eventReasons(sim, 'web');
    expect(reasons.slice(reasons.indexOf('Pulling'))).toEqual(IN_FLIGHT);
    expect(sim.pod('web')).toBeUndefined();
    expect(sim.containers()).toEqual([]);
    expect(sim.nodes()[0]?.ipPool.used).toEqual([]);
  });

  it('the delete-during-pull Pod ends Succeeded, with its container Completed', () => {
    const sim = deletedDuringPull(podManifest({ containers: [container('app')] }));
    // Step until the final status is written, before the object goes.
    let final: string | undefined;
    for (let t = 0; t < 30_000 && sim.pod('web'); t += 100) {
      sim.advance(100);
      final = sim.pod('web')?.status?.phase ?? final;
      if (final === 'Succeeded' || final === 'Failed') break;
    }
    expect(final).toBe('Succeeded');
    expect(statusOf(sim, 'web', 'app')?.state?.terminated).toMatchObject({
      exitCode: 0,
      reason: 'Completed',
    });
  });

  it('a delete during a pull finishes only the container in flight, not the next in the plan', () => {
    // The sidecar is pulled, created and started; the init container after it is never pulled or started.
    const manifest = podManifest({
      initContainers: [
        container('proxy', {
          image: 'envoyproxy/envoy:v1.31-latest',
          restartPolicy: 'Always',
          run: 'sleep infinity',
        }),
        container('first', { run: 'exit 0' }),
      ],
      containers: [container('app')],
    });
    const sim = deletedDuringPull(manifest);
    sim.advance(60_000);
    const told = sim.events().map((e) => `${e.reason} ${e.involvedObject.fieldPath ?? ''}`);
    expect(told.filter((e) => e.includes('{first}') || e.includes('{app}'))).toEqual([]);
    expect(told.filter((e) => e.includes('{proxy}')).map((e) => e.split(' ')[0])).toEqual(IN_FLIGHT);
    expect(sim.pod('web')).toBeUndefined();
  });

  it('a delete during a pull whose sandbox also died: no new sandbox, and the Pod still goes', () => {
    for (const restartPolicy of ['Never', 'Always'] as const) {
      const sim = createSimulation();
      const manifest = podManifest({
        restartPolicy,
        containers: [container('a', { run: 'exit 0' }), container('b', { image: 'redis:7' })],
      });
      sim.dispatch({ type: 'createPod', manifest });
      for (
        let t = 0;
        t < 20_000 && !sim.events().some((e) => e.message === 'Pulling image "redis:7"');
        t += 100
      )
        sim.advance(100);
      sim.dispatch({ type: 'killSandbox', pod: 'web' });
      sim.dispatch({ type: 'deletePod', pod: 'web' });
      sim.advance(120_000);
      expect(sim.pod('web'), restartPolicy).toBeUndefined();
      expect(eventReasons(sim, 'web'), restartPolicy).not.toContain('SandboxChanged');
      expect(sim.sandboxes(), restartPolicy).toEqual([]);
      expect(sim.nextStepAt(), restartPolicy).toBeUndefined();
    }
  });
});
