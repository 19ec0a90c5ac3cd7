/**
 * A Pod re-created under the same name (Apply of a change the API server refuses: delete, then create) while
 * the runtime is still stopping the old one's containers: the new Pod's view shows only its own.
 */
import { expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../lessons/presets';
import { createSimulationStore } from './simulationStore';

it('shows a re-created Pod without the old Pod’s containers, which the runtime may still be stopping', () => {
  const store = createSimulationStore({ scenario: DEFAULT_SCENARIO, playing: false });
  const old = store.getState().frame.pods.find((p) => p.metadata?.name === 'web');
  const oldUid = old?.metadata?.uid;
  const spec = structuredClone(old!.spec!);
  const manifest = {
    apiVersion: 'v1' as const,
    kind: 'Pod' as const,
    metadata: { name: 'web', labels: { ...old?.metadata?.labels } },
    spec: { ...spec, containers: [...spec.containers, { name: 'redis', image: 'redis:7' }] },
  };
  expect(store.getState().dispatch({ type: 'applyPod', manifest })).toBe(true);

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
