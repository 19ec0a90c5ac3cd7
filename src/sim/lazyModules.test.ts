/**
 * The first page's simulation core leaves out what its default scene never uses: kubectl apply's comparison
 * (applyDiff.ts) and the ReplicaSet controller (replicaSet.ts). Until they load, what needs them is refused
 * with the reason and changes nothing; creating and deleting Pods never needs them.
 * (This file imports only the core: Vitest gives each test file its own module graph.)
 */
import { expect, it } from 'vitest';
import { createSimulation } from './core';

const pod = (image: string) => ({
  apiVersion: 'v1' as const,
  kind: 'Pod' as const,
  metadata: { name: 'web' },
  spec: { containers: [{ name: 'app', image }] },
});

it('applies over an existing Pod once the comparison has loaded, and says what is missing before', async () => {
  const sim = createSimulation({ seed: 1 });
  sim.dispatch({ type: 'createPod', manifest: pod('nginx:1.27') });
  sim.dispatch({ type: 'applyPod', manifest: { ...pod('nginx:1.27'), metadata: { name: 'new' } } });
  expect(sim.pods().map((p) => p.metadata?.name)).toEqual(['web', 'new']);
  expect(() => sim.dispatch({ type: 'applyPod', manifest: pod('nginx:1.28') })).toThrow(
    'applyDiff.ts not loaded',
  );

  await import('./applyDiff');
  const uid = sim.pod('web')?.metadata?.uid;
  sim.dispatch({ type: 'applyPod', manifest: pod('nginx:1.28') });
  const web = sim.pod('web');
  // An image change is taken in place: same Pod, new image.
  expect(web?.metadata?.uid).toBe(uid);
  expect(web?.spec?.containers[0]?.image).toBe('nginx:1.28');
});

it('runs ReplicaSets once the controller has loaded, and refuses one before', async () => {
  const sim = createSimulation({ seed: 1 });
  const create = { type: 'createReplicaSet', name: 'rs', replicas: 2, template: pod('nginx:1.27') } as const;
  expect(() => sim.dispatch(create)).toThrow('replicaSet.ts not loaded');
  expect(sim.replicaSets()).toEqual([]);

  await import('./replicaSet');
  sim.dispatch(create);
  expect(sim.replicaSets()[0]?.pods).toHaveLength(2);
  // A deleted Pod is replaced by a new one (the controller reconciles on deletion).
  const [first] = sim.replicaSets()[0]?.pods ?? [];
  sim.dispatch({ type: 'deletePod', pod: first! });
  expect(sim.replicaSets()[0]?.pods).toHaveLength(2);
  expect(sim.replicaSets()[0]?.pods).not.toContain(first);
});
