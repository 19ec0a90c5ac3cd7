/** A new Pod object enters the API (create, or a ReplicaSet's template) and goes to the scheduler. */
import type { Engine } from './engine';
import { randomUid } from './random';
import { schedulePod } from './scheduling';
import type { PodState } from './state';
import type { Pod, PodSpec } from './types';

/** Adds a validated, defaulted Pod; `node` pins it to a Node (the Action's `node` field). */
export function createPodState(eng: Engine, manifest: Pod, node?: string, owner?: string): PodState {
  const pod = structuredClone(manifest);
  const spec = pod.spec as PodSpec;
  // Server-set metadata from the input is ignored; views fill it from the engine's own state.
  const {
    uid: _uid,
    creationTimestamp: _c,
    deletionTimestamp: _d,
    deletionGracePeriodSeconds: _g,
    resourceVersion: _r,
    ...meta
  } = pod.metadata ?? {};
  pod.metadata = meta;
  const uid = randomUid(eng.state);
  const emptyDirs: PodState['emptyDirs'] = {};
  // The volume manager creates emptyDirs for the Pod; they live as long as the Pod (not its containers).
  for (const v of spec.volumes ?? []) if (v.emptyDir !== undefined) emptyDirs[v.name] = {};
  const state: PodState = {
    uid,
    name: meta.name ?? '',
    node: '',
    createdAt: eng.now,
    manifest: JSON.parse(JSON.stringify(pod)) as Pod,
    ...(owner !== undefined ? { owner } : {}),
    ...(node !== undefined ? { requestedNode: node } : {}),
    removedFromApi: false,
    terminal: false,
    cleanedUp: false,
    status: { phase: 'Pending' },
    sandboxes: [],
    containers: [],
    restartCounts: {},
    backoff: {},
    reasons: {},
    reasonsWritten: {},
    conditionTimes: {},
    emptyDirs,
  };
  eng.addPod(state);
  schedulePod(eng, state);
  return state;
}
