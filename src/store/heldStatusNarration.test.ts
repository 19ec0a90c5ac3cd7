// Narration and cards while the kubelet's status is held (the sync that wrote it is still blocked): what the
// runtime did is told and drawn at once, and not told again when the API catches up.
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../lessons/presets';
import { createSimulationStore, loadNarration } from './simulationStore';

// The narration's logic is a chunk the app loads after its first render (see narrationLoad.test.ts).
beforeAll(() => loadNarration());

const freshStore = () => createSimulationStore({ scenario: DEFAULT_SCENARIO, playing: true });

/** Runs the wall clock for `ms` in 16 ms frames at the store's speed. */
function play(store: ReturnType<typeof freshStore>, ms: number) {
  for (let t = 0; t < ms; t += 16) store.getState().tick(16);
}

describe('a held status', () => {
  it('a container that exits while the kubelet is blocked in a kill: told and drawn from the runtime, the status held', () => {
    const store = freshStore();
    const spec = {
      terminationGracePeriodSeconds: 60,
      containers: [
        {
          name: 'graceful',
          image: 'busybox:1.36',
          command: ['sh', '-c', "trap 'exit 0' TERM; sleep infinity & wait"],
        },
        { name: 'stubborn', image: 'busybox:1.36', command: ['sleep', 'infinity'] },
      ],
    };
    const manifest = { apiVersion: 'v1' as const, kind: 'Pod' as const, metadata: { name: 'duo' }, spec };
    expect(store.getState().dispatch({ type: 'createPod', manifest })).toBe(true);
    play(store, 10_000);
    expect(store.getState().dispatch({ type: 'deletePod', pod: 'duo' })).toBe(true);
    play(store, 3_000);
    const items = store.getState().narration.flatMap((line) => line.items);
    expect(items).toContainEqual({ key: 'narrate.exitedHeld', params: { container: 'graceful', code: 0 } });
    expect(items.some((item) => item.key === 'narrate.exited')).toBe(false);
    const duo = store.getState().podViews.find((view) => view.name === 'duo');
    const graceful = duo?.mainContainers.find((c) => c.name === 'graceful');
    expect(graceful).toMatchObject({
      state: 'terminated',
      reason: 'Completed',
      exitCode: 0,
      apiState: 'Running',
    });
    expect(graceful?.status?.state?.running).toBeDefined();
    expect(duo?.mainContainers.find((c) => c.name === 'stubborn')?.apiState).toBeUndefined();
    expect(duo?.ready).toBe('2/2');
    // The SIGKILL at 60 s: the status catches up; only stubborn's exit is news.
    play(store, 60_000);
    const exits = store
      .getState()
      .narration.flatMap((line) => line.items)
      .filter((item) => item.key === 'narrate.exited')
      .map((item) => item.params.container);
    expect(exits).toEqual(['stubborn']);
  });

  it('an exit the held status never shows (a crash while the sync pulls another image) is told from the runtime', () => {
    const store = freshStore();
    const containers = [
      { name: 'crash', image: 'busybox:1.36', command: ['sh', '-c', 'exit 1'] },
      { name: 'app', image: 'redis:7' },
    ];
    const manifest = {
      apiVersion: 'v1' as const,
      kind: 'Pod' as const,
      metadata: { name: 'duo' },
      spec: { containers },
    };
    store.getState().dispatch({ type: 'createPod', manifest });
    play(store, 15_000);
    const told = store
      .getState()
      .narration.flatMap((line) => line.items)
      .filter((item) => item.params.container === 'crash')
      .map((item) => item.key);
    // crash ran twice while the first sync was busy pulling redis; the API shows only restartCount 1 after it.
    expect(told.slice(0, 3)).toEqual(['narrate.exitedHeld', 'narrate.exitedHeld', 'narrate.restarted']);
  });
});

describe('a sidecar purged with its sandbox', () => {
  it('is not told as restarted while it waits (ContainerStatusUnknown), and is told when it starts again', () => {
    const store = freshStore();
    const spec = {
      initContainers: [
        { name: 'first', image: 'busybox:1.36', command: ['sh', '-c', 'sleep 2'] },
        { name: 'proxy', image: 'busybox:1.36', restartPolicy: 'Always', command: ['sleep', 'infinity'] },
      ],
      containers: [{ name: 'app', image: 'nginx:1.27' }],
    };
    const manifest = { apiVersion: 'v1' as const, kind: 'Pod' as const, metadata: { name: 'side' }, spec };
    expect(store.getState().dispatch({ type: 'createPod', manifest })).toBe(true);
    play(store, 20_000);
    const linesBefore = store.getState().narration.at(-1)?.id ?? 0;
    expect(store.getState().dispatch({ type: 'killSandbox', pod: 'side' })).toBe(true);
    let waitedUnknown = false;
    for (let t = 0; t < 50_000; t += 500) {
      play(store, 500);
      const proxy = store
        .getState()
        .frame.pods.find((p) => p.metadata?.name === 'side')
        ?.status?.initContainerStatuses?.find((s) => s.name === 'proxy');
      if (proxy?.lastState?.terminated?.reason === 'ContainerStatusUnknown') waitedUnknown = true;
    }
    expect(waitedUnknown).toBe(true);
    // Only what was told after the kill (the proxy's first start was told before it).
    const told = store
      .getState()
      .narration.filter((line) => line.id > linesBefore)
      .flatMap((line) => line.items)
      .filter((item) => item.params.container === 'proxy');
    expect(told.some((item) => item.key === 'narrate.restarted')).toBe(false);
    expect(told.map((item) => item.key)).toContain('narrate.started');
  });
});
