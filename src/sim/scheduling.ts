/**
 * The default-scheduler, reduced to what a Pod's story needs: bind to the requested Node, or to the Node with the
 * fewest Pods (ties → first Node) that still has room under --max-pods; otherwise the Pod stays Pending
 * (FailedScheduling) until a Pod leaves.
 */
import { MAX_PODS_PER_NODE, WATCH_DELAY_MS } from './constants';
import type { Engine } from './engine';
import type { PodState } from './state';
import type { PodSpec } from './types';

function podsOn(eng: Engine, node: string): number {
  let n = 0;
  for (const p of eng.state.pods) if (p.node === node && !p.cleanedUp) n++;
  return n;
}

/** Binds the pod (event Scheduled) or records why it cannot be placed. */
export function schedulePod(eng: Engine, pod: PodState): void {
  const spec = pod.manifest.spec as PodSpec;
  const nodes = eng.state.nodes;
  // spec.nodeName bypasses the scheduler; the action's `node` is a request the scheduler honours.
  const preBound = spec.nodeName !== undefined && spec.nodeName !== '' ? spec.nodeName : undefined;
  const requested = preBound ?? pod.requestedNode;
  let target: string | undefined;
  if (requested !== undefined) {
    target = podsOn(eng, requested) < MAX_PODS_PER_NODE ? requested : undefined;
  } else {
    let best = Infinity;
    for (const n of nodes) {
      const count = podsOn(eng, n.name);
      if (count < MAX_PODS_PER_NODE && count < best) {
        best = count;
        target = n.name;
      }
    }
  }
  if (target === undefined) {
    const message = `0/${nodes.length} nodes are available: ${nodes.length} Too many pods. preemption: 0/${nodes.length} nodes are available: ${nodes.length} No preemption victims found for incoming pod.`;
    if (pod.unschedulable !== message) {
      eng.event({
        object: { kind: 'Pod', apiVersion: 'v1', name: pod.name, uid: pod.uid },
        reason: 'FailedScheduling',
        type: 'Warning',
        message,
        source: { component: 'default-scheduler' },
      });
    }
    pod.unschedulable = message;
    eng.touch(pod);
    return;
  }
  pod.node = target;
  delete pod.unschedulable;
  spec.nodeName = target;
  // A Pod that names its Node bypasses the scheduler: no Scheduled event.
  if (preBound === undefined) {
    eng.event({
      object: { kind: 'Pod', apiVersion: 'v1', name: pod.name, uid: pod.uid },
      reason: 'Scheduled',
      message: `Successfully assigned default/${pod.name} to ${target}`,
      source: { component: 'default-scheduler' },
    });
  }
  eng.touch(pod);
  eng.requestSync(pod, eng.now + WATCH_DELAY_MS);
}

/** A Pod left: retry the Pending ones, oldest first. */
export function schedulePending(eng: Engine): void {
  for (const pod of eng.state.pods) {
    if (pod.node === '' && pod.deletion === undefined) schedulePod(eng, pod);
  }
}
