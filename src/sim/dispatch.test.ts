/** dispatch is a trust boundary: bad actions throw a clear error and change nothing. Snapshots and determinism. */
import { describe, expect, it } from 'vitest';
import { createSimulation, type Action, type SimSnapshot } from './index';
import { container, podManifest, startPod } from './testing/fixtures';

function busySim() {
  const sim = createSimulation({ seed: 11 });
  startPod(
    sim,
    podManifest({ containers: [container('app'), container('crash', { run: 'exit 1' })] }),
    30_000,
  );
  return sim;
}

const bad: [unknown, RegExp | string][] = [
  [null, 'an action must be an object'],
  [{ type: 'explode' }, /unknown action type "explode"/],
  [{ type: 'killContainer', pod: 'nope', container: 'app' }, 'pods "nope" not found'],
  [{ type: 'killContainer', pod: 'web', container: 'nope' }, 'container "nope" not found in pod "web"'],
  [{ type: 'killContainer', pod: 42, container: 'app' }, '"pod" must be a non-empty string'],
  [
    { type: 'exitContainer', pod: 'web', container: 'app', exitCode: 256 },
    /"exitCode" must be an integer from 0 to 255/,
  ],
  [{ type: 'exitContainer', pod: 'web', container: 'app', exitCode: 1.5 }, /"exitCode" must be an integer/],
  [{ type: 'deletePod', pod: 'web', gracePeriodSeconds: -1 }, /gracePeriodSeconds/],
  [{ type: 'createPod', manifest: 7 }, '"manifest" must be a Pod object or YAML text'],
  [{ type: 'createPod', manifest: 'kind: [' }, /^yaml: /],
  [
    { type: 'createPod', manifest: podManifest({ name: 'other' }), node: 'node-9' },
    'spec.nodeName: Not found: "node-9"',
  ],
  [{ type: 'scaleReplicaSet', name: 'web', replicas: 2 }, 'replicasets.apps "web" not found'],
  [
    { type: 'createReplicaSet', name: 'Bad_Name', replicas: 1, template: podManifest() },
    /Invalid value: "Bad_Name"/,
  ],
  [
    { type: 'createReplicaSet', name: 'rs', replicas: 1e9, template: podManifest() },
    /"replicas" must be an integer/,
  ],
  [{ type: 'writeFile', pod: 'web', container: 'app', path: '/x', content: 5 }, '"content" must be a string'],
];

describe('dispatch of invalid actions', () => {
  it.each(bad)('%j throws and leaves the state exactly as it was', (action, message) => {
    const sim = busySim();
    const before = sim.snapshot();
    expect(() => sim.dispatch(action as Action)).toThrow(message);
    expect(sim.snapshot()).toEqual(before);
  });

  it('killSandbox on a dead sandbox is refused', () => {
    const sim = busySim();
    sim.dispatch({ type: 'killSandbox', pod: 'web' });
    expect(() => sim.dispatch({ type: 'killSandbox', pod: 'web' })).toThrow(
      'the sandbox of pod "web" is not running',
    );
  });
});

describe('snapshots', () => {
  it('the same seed and actions give identical snapshots', () => {
    const a = busySim();
    const b = busySim();
    expect(a.snapshot()).toEqual(b.snapshot());
    expect(createSimulation({ seed: 12 }).snapshot()).not.toEqual(a.snapshot());
  });

  it('snapshotText is the snapshot as JSON, and restores to the same state', () => {
    const a = busySim();
    expect(a.snapshotText()).toBe(JSON.stringify(a.snapshot()));
    const b = createSimulation();
    b.restore(JSON.parse(a.snapshotText()) as SimSnapshot);
    expect(b.snapshot()).toEqual(a.snapshot());
  });

  it('a JSON round-trip restored into a fresh simulation evolves identically', () => {
    const a = busySim();
    const b = createSimulation();
    b.restore(JSON.parse(JSON.stringify(a.snapshot())) as SimSnapshot);
    for (const sim of [a, b]) {
      sim.dispatch({ type: 'killSandbox', pod: 'web' });
      sim.advance(120_000);
    }
    expect(b.snapshot()).toEqual(a.snapshot());
    expect(b.pods()).toEqual(a.pods());
    expect(b.events()).toEqual(a.events());
  });

  it('refuses a malformed snapshot without changing state', () => {
    const sim = busySim();
    const before = sim.snapshot();
    expect(() => sim.restore({ version: 2 } as never)).toThrow('invalid snapshot: unsupported version 2');
    expect(() => sim.restore({ ...before, pods: [{ uid: 1 }] })).toThrow(/invalid snapshot: pods\[0\]/);
    expect(() => sim.restore({ ...before, nodes: 'x' })).toThrow('invalid snapshot: nodes must be an array');
    // A pending kill's plan is acted on later: it may only name containers the pod has.
    const plan = {
      killPod: true,
      createSandbox: true,
      sandboxId: 'x',
      attempt: 1,
      initContainersToStart: [],
      containersToStart: [0, 7],
    };
    const pods = (before as unknown as { pods: object[] }).pods;
    const withPlan = (killing: unknown) => ({
      ...before,
      pods: pods.map((p, i) => (i === 0 ? { ...p, killing } : p)),
    });
    expect(() => sim.restore(withPlan(plan) as never)).toThrow(
      'invalid snapshot: pods[0].killing names containers the pod does not have',
    );
    expect(() => sim.restore(withPlan(true) as never)).toThrow(
      'invalid snapshot: pods[0].killing must be an object',
    );
    // The image pull's state: read by the kubelet later, so checked now.
    const withPod = (extra: object) => ({
      ...before,
      pods: pods.map((p, i) => (i === 0 ? { ...p, ...extra } : p)),
    });
    expect(() => sim.restore(withPod({ pullBackoff: { nginx: { at: 'x' } } }) as never)).toThrow(
      'invalid snapshot: pods[0].pullBackoff must map images to { at, ms, error }',
    );
    expect(() => sim.restore(withPod({ pulledFor: 'app' }) as never)).toThrow(
      'invalid snapshot: pods[0].pulledFor must name a container and an image',
    );
    expect(sim.snapshot()).toEqual(before);
    sim.restore(withPlan({ ...plan, containersToStart: [0] }));
    expect((sim.snapshot() as unknown as { pods: object[] }).pods[0]).toMatchObject({
      killing: { containersToStart: [0] },
    });
  });

  it('returns read-only views: changing one throws, and nothing reaches the engine', () => {
    const sim = busySim();
    const pod = sim.pod('web')!;
    expect(() => ((pod.status as { phase?: string }).phase = 'Failed')).toThrow(TypeError);
    expect(() => (sim.sandboxes()[0]!.namespaces.net = 1)).toThrow(TypeError);
    expect(() => (sim.containers()[0]!.namespaces.pid = 1)).toThrow(TypeError);
    expect(() => ((sim.events()[0] as { reason?: string }).reason = 'x')).toThrow(TypeError);
    // The lists themselves are the caller's own.
    sim.pods().pop();
    sim.events().length = 0;
    sim.nodes()[0]!.ipPool.used.push('1.2.3.4');
    expect(sim.pods()).toHaveLength(1);
    expect(sim.events().length).toBeGreaterThan(0);
    expect(sim.pod('web')?.status?.phase).toBe('Running');
    expect(sim.nodes()[0]?.ipPool.used).toEqual(['10.244.1.2']);
  });

  it('shares a Pod’s views until the Pod changes', () => {
    const sim = busySim();
    const before = { pod: sim.pod('web'), sandboxes: sim.sandboxes(), events: sim.events() };
    sim.advance(1);
    expect(sim.pod('web')).toBe(before.pod);
    expect(sim.sandboxes()[0]).toBe(before.sandboxes[0]);
    expect(sim.events()[0]).toBe(before.events[0]);
    sim.dispatch({ type: 'killSandbox', pod: 'web' });
    expect(sim.pod('web')).not.toBe(before.pod);
    expect(sim.pod('web')?.status?.podIP).toBeUndefined();
    expect(sim.sandboxes()[0]?.state).toBe('SANDBOX_NOTREADY');
  });

  it('caps and aggregates events', () => {
    const sim = busySim();
    sim.advance(3_600_000);
    const backOff = sim.events().filter((e) => e.reason === 'BackOff');
    expect(backOff).toHaveLength(1);
    expect(backOff[0]?.count).toBeGreaterThan(10);
    expect(sim.events().length).toBeLessThanOrEqual(1000);
  });
});

describe('applyPod and scheduling', () => {
  it('applyPod replaces a pod at once (new uid), createPod would refuse', () => {
    const sim = busySim();
    const uid = sim.pod('web')?.metadata?.uid;
    sim.dispatch({
      type: 'applyPod',
      manifest: podManifest({ containers: [container('app', { image: 'nginx:1.28' })] }),
    });
    expect(sim.pod('web')?.metadata?.uid).not.toBe(uid);
    sim.advance(10_000);
    expect(sim.pod('web')?.status?.phase).toBe('Running');
    expect(sim.pods()).toHaveLength(1);
  });

  it('applyPod of what the Pod already is changes nothing (kubectl: "unchanged"), whatever the key order', () => {
    const sim = busySim();
    const before = sim.snapshot();
    const { apiVersion, kind, metadata, spec } = sim.pod('web')!;
    // The API object, with the nodeName the scheduler set and the server's metadata: still the same Pod.
    sim.dispatch({ type: 'applyPod', manifest: { spec, metadata, kind, apiVersion } as never });
    const containers = [container('app'), container('crash', { run: 'exit 1' })];
    sim.dispatch({ type: 'applyPod', manifest: podManifest({ containers }) });
    expect(sim.snapshot()).toEqual(before);
    // A new label changes in place: same Pod, nothing restarts.
    sim.dispatch({ type: 'applyPod', manifest: podManifest({ containers, labels: { tier: 'web' } }) });
    expect(sim.pod('web')?.metadata?.uid).toBe(metadata?.uid);
    expect(sim.pod('web')?.metadata?.labels).toEqual({ tier: 'web' });
    // A new port is not something a Pod update may change: replaced.
    const withPort = [container('app', { ports: [{ containerPort: 81 }] }), containers[1]!];
    sim.dispatch({ type: 'applyPod', manifest: podManifest({ containers: withPort }) });
    expect(sim.pod('web')?.metadata?.uid).not.toBe(metadata?.uid);
  });

  it('peeking at the next step does not change the snapshot', () => {
    const a = busySim();
    const b = busySim();
    a.dispatch({ type: 'deletePod', pod: 'web' });
    b.dispatch({ type: 'deletePod', pod: 'web' });
    a.advance(30_000);
    for (let i = 0; i < 300; i++) {
      b.advance(100);
      b.nextStepAt();
    }
    expect(b.snapshot()).toEqual(a.snapshot());
  });

  it('keeps a pod Pending (FailedScheduling) when the Node is full, and places it when room frees up', () => {
    const sim = createSimulation();
    for (let i = 0; i < 111; i++)
      sim.dispatch({ type: 'createPod', manifest: podManifest({ name: `p${i}` }) });
    const last = sim.pod('p110');
    expect(last?.spec?.nodeName).toBeUndefined();
    expect(last?.status?.conditions?.[0]).toMatchObject({
      type: 'PodScheduled',
      status: 'False',
      reason: 'Unschedulable',
    });
    expect(sim.events().at(-1)).toMatchObject({ reason: 'FailedScheduling', type: 'Warning' });
    sim.dispatch({ type: 'deletePod', pod: 'p0', gracePeriodSeconds: 0 });
    sim.advance(5000);
    expect(sim.pod('p110')?.spec?.nodeName).toBe('node-1');
  });
});
