/** Stories from KUBELET.md §5 / §8.3: deleting a Pod, and ReplicaSets replacing Pods. */
import { describe, expect, it } from 'vitest';
import { createSimulation, kubectlStatus } from './index';
import { container, eventReasons, phaseOf, podManifest, startPod, statusOf } from './testing/fixtures';

describe('deleting a pod', () => {
  it('Terminating → TERM (143) → final phase with the IP kept → sandbox stopped, IP back, pod gone', () => {
    const sim = createSimulation();
    // A shell that is not PID 1 (shared PID namespace): TERM's default action kills it.
    startPod(
      sim,
      podManifest({ shareProcessNamespace: true, containers: [container('app', { run: 'sleep 3600' })] }),
    );
    sim.dispatch({ type: 'deletePod', pod: 'web' });
    const pod = sim.pod('web');
    expect(pod?.metadata?.deletionTimestamp).toBe('2025-01-01T00:00:40Z');
    expect(pod?.metadata?.deletionGracePeriodSeconds).toBe(30);
    expect(kubectlStatus(pod!)).toBe('Terminating');
    sim.advance(200);
    expect(
      sim
        .events()
        .filter((e) => e.reason === 'Killing')
        .map((e) => e.message),
    ).toEqual(['Stopping container app']);
    expect(statusOf(sim, 'web', 'app')?.state?.terminated).toMatchObject({ exitCode: 143, reason: 'Error' });
    expect(phaseOf(sim, 'web')).toBe('Failed');
    expect(sim.pod('web')?.status?.podIP).toBe('10.244.1.2');
    expect(sim.nodes()[0]?.ipPool.used).toEqual([]);
    sim.advance(2000);
    expect(sim.pod('web')).toBeUndefined();
    expect(sim.sandboxes()).toEqual([]);
    expect(sim.containers()).toEqual([]);
    expect(eventReasons(sim, 'web')).toContain('Killing');
    expect(sim.nextStepAt()).toBeUndefined();
  });

  it('PID 1 with no TERM handler (sleep 3600) ignores TERM: Terminating for the whole grace period, then 137', () => {
    const sim = createSimulation();
    startPod(sim, podManifest({ containers: [container('app', { run: 'sleep 3600' })] }));
    sim.dispatch({ type: 'deletePod', pod: 'web' });
    sim.advance(29_000);
    expect(statusOf(sim, 'web', 'app')?.state?.running).toBeDefined();
    expect(kubectlStatus(sim.pod('web')!)).toBe('Terminating');
    sim.advance(1_500);
    expect(statusOf(sim, 'web', 'app')?.state?.terminated).toMatchObject({ exitCode: 137, reason: 'Error' });
    expect(phaseOf(sim, 'web')).toBe('Failed');
  });

  it('a second, shorter delete shortens the grace period: the SIGKILL comes sooner (2 s floor)', () => {
    const sim = createSimulation();
    startPod(sim, podManifest({ containers: [container('app', { run: 'sleep 3600' })] }));
    sim.dispatch({ type: 'deletePod', pod: 'web' });
    sim.advance(5_000);
    // `kubectl delete --grace-period=0` without --force sends 1 s.
    sim.dispatch({ type: 'deletePod', pod: 'web', gracePeriodSeconds: 1 });
    expect(sim.pod('web')?.metadata?.deletionGracePeriodSeconds).toBe(1);
    sim.advance(1_900);
    expect(statusOf(sim, 'web', 'app')?.state?.running).toBeDefined();
    sim.advance(200);
    expect(statusOf(sim, 'web', 'app')?.state?.terminated).toMatchObject({ exitCode: 137 });
    sim.advance(2_000);
    expect(sim.pod('web')).toBeUndefined();
    // A longer one changes nothing.
    startPod(sim, podManifest({ name: 'db', containers: [container('app', { run: 'sleep 3600' })] }));
    sim.dispatch({ type: 'deletePod', pod: 'db', gracePeriodSeconds: 5 });
    sim.dispatch({ type: 'deletePod', pod: 'db', gracePeriodSeconds: 60 });
    expect(sim.pod('db')?.metadata?.deletionGracePeriodSeconds).toBe(5);
    sim.advance(6_000);
    expect(statusOf(sim, 'db', 'app')?.state?.terminated).toMatchObject({ exitCode: 137 });
  });

  it('a shell that traps TERM and waits on its job stops at once with the trap’s exit code', () => {
    const sim = createSimulation();
    startPod(
      sim,
      podManifest({ containers: [container('app', { run: "trap 'exit 0' TERM; sleep 3600 & wait" })] }),
    );
    sim.dispatch({ type: 'deletePod', pod: 'web' });
    sim.advance(200);
    expect(statusOf(sim, 'web', 'app')?.state?.terminated).toMatchObject({
      exitCode: 0,
      reason: 'Completed',
    });
    expect(phaseOf(sim, 'web')).toBe('Succeeded');
  });

  it('a process that traps TERM is SIGKILLed (137) at the end of the grace period', () => {
    const sim = createSimulation();
    startPod(sim, podManifest({ containers: [container('app', { run: 'trap "" TERM; sleep 3600' })] }));
    sim.dispatch({ type: 'deletePod', pod: 'web', gracePeriodSeconds: 10 });
    sim.advance(9000);
    expect(statusOf(sim, 'web', 'app')?.state?.running).toBeDefined();
    expect(kubectlStatus(sim.pod('web')!)).toBe('Terminating');
    sim.advance(1500);
    expect(statusOf(sim, 'web', 'app')?.state?.terminated).toMatchObject({ exitCode: 137, reason: 'Error' });
    sim.advance(2000);
    expect(sim.pod('web')).toBeUndefined();
  });

  it('a clean shutdown (nginx, exit 0) ends Succeeded, even with restartPolicy Always', () => {
    const sim = createSimulation();
    startPod(sim, podManifest());
    sim.dispatch({ type: 'deletePod', pod: 'web' });
    sim.advance(200);
    expect(phaseOf(sim, 'web')).toBe('Succeeded');
  });

  it('gracePeriodSeconds 0 removes the object at once; the kubelet still cleans up within the 2 s floor', () => {
    const sim = createSimulation();
    startPod(sim, podManifest({ containers: [container('app', { run: 'trap "" TERM; sleep 3600' })] }));
    sim.dispatch({ type: 'deletePod', pod: 'web', gracePeriodSeconds: 0 });
    expect(sim.pod('web')).toBeUndefined();
    expect(sim.pods()).toEqual([]);
    sim.advance(1000);
    expect(sim.containers()[0]?.state).toBe('CONTAINER_RUNNING');
    sim.advance(5000);
    expect(sim.containers()).toEqual([]);
    expect(sim.nodes()[0]?.ipPool.used).toEqual([]);
  });

  it('the next pod gets the next address (host-local cursor), not the released one', () => {
    const sim = createSimulation();
    startPod(sim, podManifest({ name: 'a' }));
    sim.dispatch({ type: 'deletePod', pod: 'a' });
    sim.advance(5000);
    startPod(sim, podManifest({ name: 'b' }));
    expect(sim.pod('b')?.status?.podIP).toBe('10.244.1.3');
  });
});

describe('a job-like pod', () => {
  it('restartPolicy Never, sh -c "sleep 5; exit 0" → Succeeded/Completed one sync after it exits', () => {
    const sim = createSimulation();
    startPod(
      sim,
      podManifest({ restartPolicy: 'Never', containers: [container('job', { run: 'sleep 5; exit 0' })] }),
      8000,
    );
    expect(statusOf(sim, 'web', 'job')?.state?.terminated).toMatchObject({
      exitCode: 0,
      reason: 'Completed',
    });
    expect(phaseOf(sim, 'web')).toBe('Running');
    sim.advance(1000);
    expect(phaseOf(sim, 'web')).toBe('Succeeded');
    expect(kubectlStatus(sim.pod('web')!)).toBe('Completed');
    expect(sim.pod('web')?.status?.podIP).toBe('10.244.1.2');
    expect(sim.sandboxes()[0]?.state).toBe('SANDBOX_NOTREADY');
    expect(sim.nodes()[0]?.ipPool.used).toEqual([]);
    expect(sim.nextStepAt()).toBeUndefined();
  });

  it('a failing one (exit 2) ends Failed and never leaves it', () => {
    const sim = createSimulation();
    startPod(sim, podManifest({ restartPolicy: 'Never', containers: [container('job', { run: 'exit 2' })] }));
    expect(phaseOf(sim, 'web')).toBe('Failed');
    expect(kubectlStatus(sim.pod('web')!)).toBe('Error');
    sim.dispatch({ type: 'deletePod', pod: 'web' });
    sim.advance(500);
    expect(phaseOf(sim, 'web') ?? 'Failed').toBe('Failed');
  });
});

describe('ReplicaSet', () => {
  const template = podManifest({ name: 'ignored', labels: { app: 'web' } });

  it('creates named pods with ownerReferences and SuccessfulCreate events', () => {
    const sim = createSimulation({ seed: 3 });
    sim.dispatch({ type: 'createReplicaSet', name: 'web', replicas: 2, template });
    sim.advance(10_000);
    const pods = sim.pods();
    expect(pods).toHaveLength(2);
    for (const p of pods) {
      expect(p.metadata?.name).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
      expect(p.metadata?.ownerReferences?.[0]).toMatchObject({
        kind: 'ReplicaSet',
        name: 'web',
        controller: true,
      });
      expect(p.metadata?.labels).toEqual({ app: 'web' });
      expect(p.status?.phase).toBe('Running');
    }
    const created = sim.events().filter((e) => e.reason === 'SuccessfulCreate');
    expect(created.map((e) => e.message)).toEqual(pods.map((p) => `Created pod: ${p.metadata?.name}`));
    expect(created[0]?.source?.component).toBe('replicaset-controller');
    expect(sim.replicaSets()).toEqual([
      { name: 'web', replicas: 2, pods: pods.map((p) => p.metadata?.name) },
    ]);
  });

  it('takes a PodTemplateSpec as its template: metadata and spec, no kind or apiVersion', () => {
    const sim = createSimulation({ seed: 3 });
    const { metadata, spec } = template;
    sim.dispatch({
      type: 'createReplicaSet',
      name: 'web',
      replicas: 1,
      template: { metadata, spec } as never,
    });
    sim.advance(10_000);
    expect(sim.pods().map((p) => [p.kind, p.apiVersion, p.status?.phase])).toEqual([
      ['Pod', 'v1', 'Running'],
    ]);
    // A kind that is there must still be Pod.
    expect(() =>
      sim.dispatch({
        type: 'createReplicaSet',
        name: 'db',
        replicas: 1,
        template: { ...template, kind: 'Job' } as never,
      }),
    ).toThrow('kind: Job is not supported');
  });

  it('replaces a deleted pod at once with a new name, uid and IP', () => {
    const sim = createSimulation({ seed: 3 });
    sim.dispatch({ type: 'createReplicaSet', name: 'web', replicas: 1, template });
    sim.advance(10_000);
    const old = sim.pods()[0]!;
    sim.dispatch({ type: 'deletePod', pod: old.metadata!.name! });
    expect(sim.pods()).toHaveLength(2);
    sim.advance(10_000);
    const [fresh] = sim.pods();
    expect(fresh?.metadata?.name).not.toBe(old.metadata?.name);
    expect(fresh?.metadata?.uid).not.toBe(old.metadata?.uid);
    expect(fresh?.status?.podIP).not.toBe(old.status?.podIP);
    expect(fresh?.status?.phase).toBe('Running');
  });

  it('scales down newest first, and deleteReplicaSet deletes its pods', () => {
    const sim = createSimulation({ seed: 3 });
    sim.dispatch({ type: 'createReplicaSet', name: 'web', replicas: 1, template });
    sim.advance(1000);
    sim.dispatch({ type: 'scaleReplicaSet', name: 'web', replicas: 3 });
    sim.advance(10_000);
    const first = sim.pods()[0]?.metadata?.name;
    sim.dispatch({ type: 'scaleReplicaSet', name: 'web', replicas: 1 });
    sim.advance(10_000);
    expect(sim.pods().map((p) => p.metadata?.name)).toEqual([first]);
    sim.dispatch({ type: 'deleteReplicaSet', name: 'web' });
    sim.advance(10_000);
    expect(sim.pods()).toEqual([]);
    expect(sim.replicaSets()).toEqual([]);
  });

  it('refuses a template that does not restart Always', () => {
    const sim = createSimulation();
    expect(() =>
      sim.dispatch({
        type: 'createReplicaSet',
        name: 'job',
        replicas: 1,
        template: podManifest({ restartPolicy: 'Never' }),
      }),
    ).toThrow('spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"');
  });
});
