/** Property-based tests: random action sequences at random times keep the model's invariants. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSimulation, type Action, type Simulation } from './index';
import { container, podManifest } from './testing/fixtures';

const NAMES = ['a', 'b', 'c'];
const CONTAINERS = ['app', 'side', 'init', 'nope'];

const FIXTURES = [
  podManifest({ containers: [container('app'), container('side', { run: 'sleep infinity' })] }),
  podManifest({ containers: [container('app', { run: 'echo hi; sleep 2; exit 1' })] }),
  podManifest({
    initContainers: [
      container('init', { run: 'sleep 1' }),
      container('side', { restartPolicy: 'Always', run: 'sleep infinity' }),
    ],
    containers: [container('app')],
  }),
  podManifest({ restartPolicy: 'Never', containers: [container('app', { run: 'sleep 3; exit 0' })] }),
  podManifest({
    restartPolicy: 'OnFailure',
    terminationGracePeriodSeconds: 3,
    containers: [container('app', { run: 'trap "" TERM; sleep 60' })],
  }),
  podManifest({ hostNetwork: true, containers: [container('app', { ports: [{ containerPort: 80 }] })] }),
  podManifest({
    shareProcessNamespace: true,
    hostUsers: false,
    containers: [container('app'), container('side', { ports: [{ containerPort: 80 }] })],
  }),
];

type Step = { wait: number; action: Action };

const podName = fc.constantFrom(...NAMES);
const containerName = fc.constantFrom(...CONTAINERS);
const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ fixture: fc.nat(FIXTURES.length - 1), name: podName }).map(({ fixture, name }) => ({
    type: 'createPod' as const,
    manifest: { ...FIXTURES[fixture]!, metadata: { name } },
  })),
  fc
    .record({ pod: podName, container: containerName })
    .map((r) => ({ type: 'killContainer' as const, ...r })),
  fc
    .record({ pod: podName, container: containerName, exitCode: fc.integer({ min: -1, max: 256 }) })
    .map((r) => ({ type: 'exitContainer' as const, ...r })),
  podName.map((pod) => ({ type: 'killSandbox' as const, pod })),
  fc
    .record({ pod: podName, grace: fc.option(fc.constantFrom(0, 1, 5, 30), { nil: undefined }) })
    .map(({ pod, grace }) => ({
      type: 'deletePod' as const,
      pod,
      ...(grace !== undefined ? { gracePeriodSeconds: grace } : {}),
    })),
  fc
    .nat(3)
    .map((replicas) => ({ type: 'createReplicaSet' as const, name: 'rs', replicas, template: FIXTURES[0]! })),
  fc.nat(4).map((replicas) => ({ type: 'scaleReplicaSet' as const, name: 'rs', replicas })),
  fc.constant({ type: 'deleteReplicaSet' as const, name: 'rs' }),
);
const steps = fc.array(fc.record({ wait: fc.integer({ min: 0, max: 20_000 }), action }), { maxLength: 25 });

type Tracker = { restarts: Map<string, { count: number; purged: boolean }>; terminal: Map<string, string> };

function checkInvariants(sim: Simulation, t: Tracker): void {
  // No two live sandboxes on a Node share an IP.
  const live = sim.sandboxes().filter((s) => s.state === 'SANDBOX_READY' && s.ip !== '');
  expect(new Set(live.map((s) => `${s.node}/${s.ip}`)).size).toBe(live.length);
  for (const pod of sim.pods()) {
    const uid = pod.metadata?.uid ?? '';
    const phase = pod.status?.phase ?? '';
    // A Pod never leaves Failed/Succeeded.
    const was = t.terminal.get(uid);
    if (was !== undefined) expect(phase).toBe(was);
    if (phase === 'Failed' || phase === 'Succeeded') t.terminal.set(uid, phase);
    // restartCount never decreases, but for the kubelet's own quirk: an init container or sidecar purged with its
    // sandbox (waiting PodInitializing, the count its old status had, +1 if it ran: ContainerStatusUnknown) counts
    // its next instance from its log directory, purged with it (calcRestartCountByLogDir: 0).
    const inits = new Set((pod.status?.initContainerStatuses ?? []).map((cs) => cs.name));
    for (const cs of [
      ...(pod.status?.initContainerStatuses ?? []),
      ...(pod.status?.containerStatuses ?? []),
    ]) {
      const key = `${uid}/${cs.name}`;
      const before = t.restarts.get(key);
      if (!before?.purged) expect(cs.restartCount).toBeGreaterThanOrEqual(before?.count ?? 0);
      const purged = inits.has(cs.name) && cs.state?.waiting?.reason === 'PodInitializing';
      t.restarts.set(key, { count: cs.restartCount, purged });
    }
  }
  // Every running container shares its sandbox's net/ipc/uts.
  const sandboxes = new Map(sim.sandboxes().map((s) => [s.id, s]));
  for (const c of sim.containers()) {
    if (c.state !== 'CONTAINER_RUNNING') continue;
    const s = sandboxes.get(c.sandboxId);
    expect(s).toBeDefined();
    expect([c.namespaces.net, c.namespaces.ipc, c.namespaces.uts]).toEqual([
      s!.namespaces.net,
      s!.namespaces.ipc,
      s!.namespaces.uts,
    ]);
  }
}

function run(seq: Step[], check: boolean): Simulation {
  const sim = createSimulation({ seed: 5 });
  const t: Tracker = { restarts: new Map(), terminal: new Map() };
  for (const { wait, action: a } of seq) {
    sim.advance(wait);
    if (check) checkInvariants(sim, t);
    const before = JSON.stringify(sim.snapshot());
    try {
      sim.dispatch(a);
    } catch {
      // An action that throws changes nothing.
      if (check) expect(JSON.stringify(sim.snapshot())).toBe(before);
    }
    if (check) checkInvariants(sim, t);
  }
  return sim;
}

describe('invariants under random action sequences', () => {
  it('hold after every step, and replays are identical', () => {
    fc.assert(
      fc.property(steps, (seq) => {
        const sim = run(seq, true);
        expect(run(seq, false).snapshot()).toEqual(sim.snapshot());
      }),
      { numRuns: 60 },
    );
  });

  it('shared (cached) views always equal views read fresh from the same state', () => {
    // A restored simulation starts with an empty read cache: its views are built from scratch.
    const fresh = (sim: Simulation) => {
      const copy = createSimulation();
      copy.restore(sim.snapshot());
      return copy;
    };
    const views = (sim: Simulation) =>
      JSON.stringify([sim.pods(), sim.sandboxes(), sim.containers(), sim.events(), sim.volumes()]);
    fc.assert(
      fc.property(steps, (seq) => {
        const sim = createSimulation({ seed: 5 });
        for (const { wait, action: a } of seq) {
          views(sim); // fill the cache, so each comparison checks that it was invalidated
          sim.advance(wait);
          expect(views(sim)).toBe(views(fresh(sim)));
          try {
            sim.dispatch(a);
          } catch {
            // refused: nothing changed
          }
          expect(views(sim)).toBe(views(fresh(sim)));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('deleted pods leave no sandbox, container or IP behind once gone', () => {
    fc.assert(
      fc.property(steps, (seq) => {
        const sim = run(seq, false);
        for (const pod of sim.pods()) sim.dispatch({ type: 'deletePod', pod: pod.metadata?.name ?? '' });
        sim.advance(120_000);
        const uids = new Set(sim.pods().map((p) => p.metadata?.uid));
        // Only RS replacements may remain; every runtime object belongs to a pod that still exists.
        for (const s of sim.sandboxes()) expect(uids.has(s.podUid)).toBe(true);
        const names = new Set(sim.pods().map((p) => p.metadata?.name));
        for (const c of sim.containers()) expect(names.has(c.podName)).toBe(true);
        const readyIps = new Set(
          sim
            .sandboxes()
            .filter((s) => s.state === 'SANDBOX_READY')
            .map((s) => s.ip),
        );
        for (const ip of sim.nodes()[0]!.ipPool.used) expect(readyIps.has(ip)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});
