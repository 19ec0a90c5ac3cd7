/**
 * A Pod re-created under the same name (Apply of a change the API server refuses: delete, then create) while
 * the runtime is still stopping the old one's containers: the new Pod's view shows only its own.
 */
import { beforeAll, expect, it } from 'vitest';
import type { Pod } from 'kubernetes-types/core/v1';
import { DEFAULT_SCENARIO } from '../lessons/presets';
import { createSimulationStore, loadNarration } from './simulationStore';
// Applies over an existing Pod come from the editor or the terminal, which load this comparison.
import '../sim/applyDiff';

// The narration's logic is a chunk the app loads after its first render (see narrationLoad.test.ts).
beforeAll(() => loadNarration());

/** The default Pod's manifest with one container more: a change the API server refuses, so a replace. */
function withRedis(old: Pod | undefined): Pod {
  const spec = structuredClone(old!.spec!);
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'web', labels: { ...old?.metadata?.labels } },
    spec: { ...spec, containers: [...spec.containers, { name: 'redis', image: 'redis:7' }] },
  };
}

it('shows a re-created Pod without the old Pod’s containers, which the runtime may still be stopping', () => {
  const store = createSimulationStore({ scenario: DEFAULT_SCENARIO, playing: false });
  const old = store.getState().frame.pods.find((p) => p.metadata?.name === 'web');
  const oldUid = old?.metadata?.uid;
  expect(store.getState().dispatch({ type: 'applyPod', manifest: withRedis(old) })).toBe(true);

  const view = store.getState().podViews.find((p) => p.name === 'web');
  expect(view?.uid).not.toBe(oldUid);
  // The old Pod's app is still on the Node (stopping), under the old sandbox.
  const oldSandboxes = new Set(
    store
      .getState()
      .frame.sandboxes.filter((s) => s.podUid === oldUid)
      .map((s) => s.id),
  );
  expect(
    store.getState().frame.containers.some((c) => c.name === 'app' && oldSandboxes.has(c.sandboxId)),
  ).toBe(true);
  for (const c of [...(view?.initContainers ?? []), ...(view?.mainContainers ?? [])]) {
    expect(c.instance === undefined || !oldSandboxes.has(c.instance.sandboxId)).toBe(true);
  }
  expect(view?.mainContainers.find((c) => c.name === 'app')?.namespaces).toBeUndefined();
});

it('tells the old Pod gone before the new one created, and nothing of the old Pod’s containers as the new one’s', () => {
  const store = createSimulationStore({ scenario: DEFAULT_SCENARIO, playing: true });
  const old = store.getState().frame.pods.find((p) => p.metadata?.name === 'web');
  const before = store.getState().narration.length;
  expect(store.getState().dispatch({ type: 'applyPod', manifest: withRedis(old) })).toBe(true);
  for (let t = 0; t < 3_000; t += 16) store.getState().tick(16);
  const items = store
    .getState()
    .narration.slice(before)
    .flatMap((line) => line.items);
  const keys = items.map((item) => item.key);
  expect(keys.indexOf('narrate.podGone')).toBeGreaterThanOrEqual(0);
  expect(keys.indexOf('narrate.podGone')).toBeLessThan(keys.indexOf('narrate.podCreated'));
  // The old Pod's app and log-shipper exit after it is gone from the API: not told as the new Pod's.
  expect(keys).not.toContain('narrate.exitedHeld');
});
