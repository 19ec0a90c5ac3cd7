// The crash-loop back-off as the app tells it: the kubelet's decision at once (narration, the card's countdown),
// STATUS CrashLoopBackOff only from the kubelet's next sync.
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

const keys = (store: ReturnType<typeof freshStore>) =>
  store.getState().narration.flatMap((line) => line.items.map((item) => item.key));

describe('an image that cannot be pulled', () => {
  it('is told as STATUS turns ErrImagePull, then ImagePullBackOff', async () => {
    await import('../sim/registry');
    const store = freshStore();
    const manifest = {
      apiVersion: 'v1' as const,
      kind: 'Pod' as const,
      metadata: { name: 'typo' },
      spec: { containers: [{ name: 'app', image: 'ngnix' }] },
    };
    expect(store.getState().dispatch({ type: 'createPod', manifest })).toBe(true);
    play(store, 40_000);
    const refused = store
      .getState()
      .narration.flatMap((line) => line.items)
      .filter((item) => item.key === 'narrate.imageRefused')
      .map((item) => item.params.reason);
    expect(refused.slice(0, 2)).toEqual(['ErrImagePull', 'ImagePullBackOff']);
  });
});

describe('a crash-loop back-off', () => {
  it('is told and counted down when the kubelet decides, while STATUS still says Error', () => {
    const store = freshStore();
    play(store, 10_000);
    const kill = { type: 'killContainer', pod: 'web', container: 'app' } as const;
    expect(store.getState().dispatch(kill)).toBe(true);
    play(store, 3_000);
    expect(store.getState().dispatch(kill)).toBe(true);
    play(store, 2_000);
    const items = store.getState().narration.flatMap((line) => line.items);
    expect(items).toContainEqual({ key: 'narrate.backOff', params: { container: 'app', seconds: 10 } });
    expect(keys(store)).not.toContain('narrate.crashLoop');
    const app = () =>
      store
        .getState()
        .podViews.find((view) => view.name === 'web')
        ?.mainContainers.find((c) => c.name === 'app');
    expect(app()).toMatchObject({ state: 'terminated', reason: 'Error', restartCount: 1 });
    const until = app()?.backOffUntil ?? 0;
    expect(until).toBeGreaterThan(store.getState().now);
    // The sync at the back-off's expiry writes CrashLoopBackOff, then restarts app.
    play(store, until - store.getState().now + 1_000);
    expect(keys(store)).toContain('narrate.crashLoop');
    expect(keys(store).indexOf('narrate.crashLoop')).toBeLessThan(
      keys(store).lastIndexOf('narrate.restarted'),
    );
    expect(app()).toMatchObject({ state: 'running', restartCount: 2, backOffUntil: undefined });
  });
});
