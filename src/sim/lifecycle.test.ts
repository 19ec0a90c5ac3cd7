/** Stories from KUBELET.md: first start, container kills, crash-loop back-off. */
import { describe, expect, it } from 'vitest';
import { createSimulation } from './index';
import {
  container,
  eventReasons,
  phaseOf,
  podManifest,
  startPod,
  startTimes,
  statusOf,
} from './testing/fixtures';

describe('first start', () => {
  it('schedules, pulls, creates and starts, in that order; Pending → Running', () => {
    const sim = createSimulation({ seed: 7 });
    sim.dispatch({ type: 'createPod', manifest: podManifest() });
    expect(phaseOf(sim, 'web')).toBe('Pending');
    sim.advance(10_000);
    expect(eventReasons(sim, 'web')).toEqual(['Scheduled', 'Pulling', 'Pulled', 'Created', 'Started']);
    const events = sim.events();
    expect(events[0]?.message).toBe('Successfully assigned default/web to node-1');
    expect(events[0]?.source?.component).toBe('default-scheduler');
    expect(events[3]?.message).toBe('Container created');
    expect(events[3]?.involvedObject.fieldPath).toBe('spec.containers{app}');
    expect(events[3]?.involvedObject.fieldPath).toBe('spec.containers{app}');
    expect(events[4]?.message).toBe('Container started');
    expect(events[4]?.source).toEqual({ component: 'kubelet', host: 'node-1' });
    expect(phaseOf(sim, 'web')).toBe('Running');
    const pod = sim.pod('web');
    expect(pod?.status?.podIP).toBe('10.244.1.2');
    expect(pod?.status?.hostIP).toBe('192.168.49.2');
    expect(pod?.spec?.nodeName).toBe('node-1');
    expect(pod?.status?.conditions?.map((c) => [c.type, c.status])).toEqual([
      ['PodReadyToStartContainers', 'True'],
      ['Initialized', 'True'],
      ['Ready', 'True'],
      ['ContainersReady', 'True'],
      ['PodScheduled', 'True'],
    ]);
    const app = statusOf(sim, 'web', 'app');
    expect(app?.containerID).toMatch(/^containerd:\/\/[0-9a-f]{64}$/);
    expect(app?.imageID).toMatch(/^docker\.io\/library\/nginx@sha256:[0-9a-f]{64}$/);
    expect(app).toMatchObject({
      ready: true,
      started: true,
      restartCount: 0,
      image: 'docker.io/library/nginx:1.27',
    });
  });

  it('says "already present" for an image the Node has pulled before', () => {
    const sim = createSimulation();
    startPod(sim, podManifest({ name: 'one' }));
    startPod(sim, podManifest({ name: 'two' }));
    const pulled = sim.events().filter((e) => e.involvedObject.name === 'two' && e.reason === 'Pulled');
    expect(pulled.map((e) => e.message)).toEqual([
      'Container image "nginx:1.27" already present on machine and can be accessed by the pod',
    ]);
    expect(sim.pod('two')?.status?.podIP).toBe('10.244.1.3');
  });

  it('shows ContainerCreating until the container runs, and a pod at rest schedules nothing', () => {
    const sim = createSimulation();
    sim.dispatch({ type: 'createPod', manifest: podManifest() });
    sim.advance(1000);
    expect(statusOf(sim, 'web', 'app')?.state).toEqual({ waiting: { reason: 'ContainerCreating' } });
    sim.advance(10_000);
    expect(sim.nextStepAt()).toBeUndefined();
  });
});

describe('killing an app container', () => {
  it('restarts it in the same sandbox: same IP, restartCount 1, lastState 137 Error, neighbour untouched', () => {
    const sim = createSimulation();
    startPod(
      sim,
      podManifest({ containers: [container('app'), container('log', { run: 'sleep infinity' })] }),
    );
    const ip = sim.pod('web')?.status?.podIP;
    const logBefore = statusOf(sim, 'web', 'log');
    sim.dispatch({ type: 'killContainer', pod: 'web', container: 'app' });
    expect(statusOf(sim, 'web', 'app')?.state?.terminated).toMatchObject({ exitCode: 137, reason: 'Error' });
    expect(statusOf(sim, 'web', 'app')?.ready).toBe(false);
    sim.advance(5000);
    const app = statusOf(sim, 'web', 'app');
    expect(app?.restartCount).toBe(1);
    expect(app?.state?.running).toBeDefined();
    expect(app?.lastState?.terminated).toMatchObject({ exitCode: 137, reason: 'Error' });
    expect(sim.pod('web')?.status?.podIP).toBe(ip);
    expect(statusOf(sim, 'web', 'log')).toEqual(logBefore);
    expect(eventReasons(sim, 'web')).not.toContain('Killing');
    expect(phaseOf(sim, 'web')).toBe('Running');
  });

  it('exitContainer 0 is Completed, non-zero is Error; restartPolicy OnFailure keeps a Completed one down', () => {
    const sim = createSimulation();
    startPod(sim, podManifest({ restartPolicy: 'OnFailure', containers: [container('a'), container('b')] }));
    sim.dispatch({ type: 'exitContainer', pod: 'web', container: 'a', exitCode: 0 });
    sim.dispatch({ type: 'exitContainer', pod: 'web', container: 'b', exitCode: 3 });
    sim.advance(5000);
    expect(statusOf(sim, 'web', 'a')?.state?.terminated).toMatchObject({ exitCode: 0, reason: 'Completed' });
    expect(statusOf(sim, 'web', 'b')?.lastState?.terminated).toMatchObject({ exitCode: 3, reason: 'Error' });
    expect(statusOf(sim, 'web', 'b')?.state?.running).toBeDefined();
    expect(phaseOf(sim, 'web')).toBe('Running');
  });

  it('refuses to kill a container that is not running, and changes nothing', () => {
    const sim = createSimulation();
    sim.dispatch({ type: 'createPod', manifest: podManifest() });
    const before = sim.snapshot();
    expect(() => sim.dispatch({ type: 'killContainer', pod: 'web', container: 'app' })).toThrow(
      'container "app" in pod "web" is not running',
    );
    expect(sim.snapshot()).toEqual(before);
  });
});

describe('CrashLoopBackOff', () => {
  const crashing = podManifest({ containers: [container('app', { run: 'echo starting; exit 1' })] });

  it('restarts at once, then after 10 s, 20 s, 40 s … capped at 300 s (measured from the crash)', () => {
    const sim = createSimulation();
    sim.dispatch({ type: 'createPod', manifest: crashing });
    const starts = startTimes(sim, 'web', 'app', 1_300_000, 100);
    const gaps = starts.slice(1).map((t, i) => (t - (starts[i] ?? 0)) / 1000);
    // Each gap = back-off + 0.5 s to start the container (+1 s PLEG for the first).
    expect(gaps.slice(0, 9)).toEqual([1.5, 10.5, 20.5, 40.5, 80.5, 160.5, 300.5, 300.5, 300.5]);
    expect(statusOf(sim, 'web', 'app')?.restartCount).toBe(starts.length - 1);
  });

  it('a backed-off crash reads Error until the next sync, which writes Waiting CrashLoopBackOff', () => {
    const sim = createSimulation();
    sim.dispatch({ type: 'createPod', manifest: crashing });
    sim.advance(8000);
    const pod = sim.pod('web');
    const uid = pod?.metadata?.uid ?? '';
    // The second crash: the kubelet refused the restart (event BackOff), but the status it wrote at the start of
    // that sync came before its reason cache learnt why (generateAPIPodStatus, then SyncPod, then reasonCache.Update).
    const backOff = sim.events().find((e) => e.reason === 'BackOff');
    expect(backOff).toMatchObject({
      type: 'Warning',
      message: `Back-off restarting failed container app in pod web_default(${uid})`,
    });
    expect(statusOf(sim, 'web', 'app')?.state?.terminated).toMatchObject({ exitCode: 1, reason: 'Error' });
    expect(statusOf(sim, 'web', 'app')?.restartCount).toBe(1);
    expect(pod?.status?.phase).toBe('Running');
    const crashed = sim.containers().findLast((c) => c.name === 'app');
    expect(crashed?.state).toBe('CONTAINER_EXITED');
    const until = (crashed?.finishedAt ?? 0) + 10_000;
    expect(crashed?.backOffUntil).toBe(until);
    // The sync at the back-off's expiry writes the cached reason, then starts the container.
    sim.advance(until - sim.now());
    const app = statusOf(sim, 'web', 'app');
    expect(app?.state?.waiting).toEqual({
      reason: 'CrashLoopBackOff',
      message: `back-off 10s restarting failed container=app pod=web_default(${uid})`,
    });
    expect(app?.lastState?.terminated).toMatchObject({ exitCode: 1, reason: 'Error' });
    expect(sim.containers().findLast((c) => c.name === 'app')?.state).toBe('CONTAINER_CREATED');
    sim.advance(500);
    // Started, and crashed again at once.
    expect(statusOf(sim, 'web', 'app')?.restartCount).toBe(2);
    expect(statusOf(sim, 'web', 'app')?.state?.terminated).toMatchObject({ exitCode: 1 });
    expect(sim.logs('web', 'app')).toEqual(['starting']);
  });

  it('a back-off longer than the resync interval shows CrashLoopBackOff from the resync on', () => {
    const sim = createSimulation();
    sim.dispatch({ type: 'createPod', manifest: crashing });
    // Crashes 1–5 back off 0, 10, 20, 40, 80 s: advance to the fifth crash.
    const newest = () => sim.containers().findLast((c) => c.name === 'app');
    while (newest()?.attempt !== 4 || newest()?.state !== 'CONTAINER_EXITED') sim.advance(100);
    const fifth = newest();
    expect(fifth?.backOffUntil).toBeUndefined();
    const crashedAt = fifth?.finishedAt ?? 0;
    // PLEG notices it 1 s later; that sync backs off for 80 s.
    sim.advance(crashedAt + 1000 - sim.now());
    expect(newest()?.backOffUntil).toBe(crashedAt + 80_000);
    expect(statusOf(sim, 'web', 'app')?.state?.terminated?.reason).toBe('Error');
    // completeWork re-queues at the back-off's expiry, but no later than the 1 min resync: that sync writes it.
    sim.advance(59_999);
    expect(statusOf(sim, 'web', 'app')?.state?.terminated?.reason).toBe('Error');
    sim.advance(1);
    expect(statusOf(sim, 'web', 'app')?.state?.waiting?.reason).toBe('CrashLoopBackOff');
    expect(statusOf(sim, 'web', 'app')?.restartCount).toBe(4);
  });

  it('resets after 10 minutes of running', () => {
    const sim = createSimulation();
    startPod(sim, podManifest({ containers: [container('app', { run: 'sleep 700; exit 1' })] }), 5000);
    const starts = startTimes(sim, 'web', 'app', 2_200_000, 200);
    const gaps = starts.slice(1).map((t, i) => Math.round((t - (starts[i] ?? 0)) / 100) / 10);
    // Every run lasts 700 s > 10 min, so each crash restarts at the next sync, never backing off.
    expect(gaps).toEqual([701.5, 701.5, 701.5]);
  });

  it("with backoff 'reduced' starts at 1 s and caps at 60 s", () => {
    const sim = createSimulation({ backoff: 'reduced' });
    sim.dispatch({ type: 'createPod', manifest: crashing });
    const starts = startTimes(sim, 'web', 'app', 400_000, 100);
    const gaps = starts.slice(1).map((t, i) => (t - (starts[i] ?? 0)) / 1000);
    expect(gaps.slice(0, 9)).toEqual([1.5, 1.5, 2.5, 4.5, 8.5, 16.5, 32.5, 60.5, 60.5]);
  });
});

describe('logs', () => {
  it('shows what the process printed so far, including loop output, and --previous', () => {
    const sim = createSimulation();
    startPod(
      sim,
      podManifest({
        containers: [container('app', { run: 'echo hello; while true; do echo tick; sleep 10; done' })],
      }),
      25_000,
    );
    // Started at 2.6 s: ticks at 2.6, 12.6, 22.6 s.
    expect(sim.logs('web', 'app')).toEqual(['hello', 'tick', 'tick', 'tick']);
    sim.dispatch({ type: 'killContainer', pod: 'web', container: 'app' });
    sim.advance(5000);
    expect(sim.logs('web', 'app', { previous: true })).toEqual(['hello', 'tick', 'tick', 'tick']);
    expect(sim.logs('web', 'app')).toEqual(['hello', 'tick']);
    expect(() => sim.logs('web', 'nope')).toThrow('container nope is not valid for pod web');
  });
});
