/** An update the API server takes in place (applyOutcome 'configured'), and what the kubelet does with it. */
import { describe, expect, it } from 'vitest';
import { createSimulation } from './index';
import { container, podManifest, startPod, statusOf } from './testing/fixtures';

describe('applyPod in place', () => {
  it('applyPod of a new image updates the Pod in place: same UID and IP, the container restarts with it', () => {
    const sim = createSimulation({ seed: 3 });
    const app = (image: string) => container('app', { image });
    const sidecar = container('tail', { run: 'sleep 3600' });
    startPod(sim, podManifest({ restartPolicy: 'Never', containers: [app('nginx:1.27'), sidecar] }), 10_000);
    const before = sim.pod('web')!;
    const uid = before.metadata?.uid;
    const ip = before.status?.podIP;
    sim.dispatch({
      type: 'applyPod',
      manifest: podManifest({ restartPolicy: 'Never', containers: [app('nginx:1.28'), sidecar] }),
    });
    sim.advance(10_000);
    const after = sim.pod('web')!;
    expect(after.metadata?.uid).toBe(uid);
    expect(after.status?.podIP).toBe(ip);
    expect(after.spec?.containers[0]?.image).toBe('nginx:1.28');
    const status = (name: string) => after.status?.containerStatuses?.find((c) => c.name === name);
    // Restarted although restartPolicy is Never: the kubelet restarts a changed container whatever the policy.
    expect(status('app')).toMatchObject({
      image: 'docker.io/library/nginx:1.28',
      restartCount: 1,
      ready: true,
    });
    expect(status('app')?.state?.running).toBeDefined();
    expect(status('app')?.lastState?.terminated).toBeDefined();
    // The other container and the sandbox are untouched.
    expect(status('tail')).toMatchObject({ restartCount: 0 });
    expect(sim.sandboxes().filter((s) => s.podUid === uid)).toHaveLength(1);
    const events = sim.events().map((e) => `${e.reason}: ${e.involvedObject.fieldPath}: ${e.message}`);
    expect(events).toEqual(
      expect.arrayContaining([
        'Killing: spec.containers{app}: Container app definition changed, will be restarted',
        'Pulling: spec.containers{app}: Pulling image "nginx:1.28"',
        'Created: spec.containers{app}: Container created',
      ]),
    );
    expect(sim.events().some((e) => e.reason === 'SandboxChanged')).toBe(false);
    // Nothing left to do once it runs the new image.
    expect(sim.snapshotText()).not.toContain('definitionChanged');
  });

  it('applyPod of a new sidecar image restarts the sidecar; a finished init container is not run again', () => {
    const sim = createSimulation({ seed: 3 });
    const spec = (setup: string, logs: string) => ({
      initContainers: [
        container('setup', { image: setup, run: 'exit 0' }),
        { ...container('logs', { image: logs, run: 'sleep 3600' }), restartPolicy: 'Always' as const },
      ],
      containers: [container('app')],
    });
    startPod(sim, podManifest(spec('busybox:1.36', 'busybox:1.36')), 10_000);
    const uid = sim.pod('web')?.metadata?.uid;
    sim.dispatch({ type: 'applyPod', manifest: podManifest(spec('busybox:1.37', 'busybox:1.37')) });
    // `sleep` as PID 1 ignores SIGTERM: the sidecar stops at the end of the 30 s grace period.
    sim.advance(10_000);
    expect(statusOf(sim, 'web', 'logs')?.state?.running).toBeDefined();
    sim.advance(30_000);
    const after = sim.pod('web')!;
    expect(after.metadata?.uid).toBe(uid);
    expect(after.spec?.initContainers?.map((c) => c.image)).toEqual(['busybox:1.37', 'busybox:1.37']);
    expect(statusOf(sim, 'web', 'logs')).toMatchObject({
      image: 'docker.io/library/busybox:1.37',
      restartCount: 1,
    });
    expect(statusOf(sim, 'web', 'logs')?.state?.running).toBeDefined();
    // computeInitContainerActions skips a regular init container once the Pod has initialized.
    expect(statusOf(sim, 'web', 'setup')).toMatchObject({
      image: 'docker.io/library/busybox:1.36',
      restartCount: 0,
    });
    expect(statusOf(sim, 'web', 'app')).toMatchObject({ restartCount: 0, ready: true });
    const messages = sim.events().map((e) => `${e.reason}: ${e.involvedObject.fieldPath}: ${e.message}`);
    expect(messages).toContain('Killing: spec.initContainers{logs}: Init container logs definition changed');
    expect(
      messages.filter((m) => m === 'Created: spec.initContainers{setup}: Container created'),
    ).toHaveLength(1);
    expect(sim.snapshotText()).not.toContain('definitionChanged');
  });
});
