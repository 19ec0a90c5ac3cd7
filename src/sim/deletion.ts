/**
 * Graceful deletion (KUBELET.md §5, §8.3): the API sets deletionTimestamp = now + grace; the kubelet TERMs every
 * container (Killing), waits up to the grace period (floor 2 s) before SIGKILL, records the terminal phase with
 * podIsTerminal=true keeping the IPs (SyncTerminatingPod, preserveDataFromBeforeStopping), stops the sandbox
 * (IP back to the pool), and one sync later (SyncTerminatedPod) the object is removed.
 */
import { POD_CLEANUP_MS, WATCH_DELAY_MS } from './constants';
import type { Engine } from './engine';
import { releaseIp } from './ipam';
import { stopContainer } from './runtime';
import { finishPod, killRunningContainers } from './kubelet';
import { replicaSetController } from './replicaSetHook';
import { schedulePending } from './scheduling';
import type { PodState } from './state';
import type { PodSpec } from './types';

/** The pod worker's terminating path: SyncTerminatingPod, then SyncTerminatedPod. */
export function syncTerminatingPod(eng: Engine, pod: PodState): void {
  if (!pod.terminal) {
    if (killRunningContainers(eng, pod)) return;
    finishPod(eng, pod, true);
    eng.requestSync(pod, eng.now + POD_CLEANUP_MS);
    return;
  }
  removePod(eng, pod);
}

/** The object is gone: runtime leftovers and emptyDir volumes with it; its events stay. */
export function removePod(eng: Engine, pod: PodState): void {
  pod.cleanedUp = true;
  // finishPod already stopped every sandbox; this is a safety net so no IP can leak.
  for (const s of pod.sandboxes) {
    if (!s.ipReleased && pod.node !== '') releaseIp(eng.node(pod.node).pool, s.ip);
  }
  eng.forgetPod(pod);
  schedulePending(eng);
}

/** Validated `deletePod`: starts graceful deletion (or shortens a running one). */
export function deletePod(
  eng: Engine,
  pod: PodState,
  gracePeriodSeconds: number | undefined,
  notifyController = true,
): void {
  const spec = pod.manifest.spec as PodSpec;
  const grace = gracePeriodSeconds ?? spec.terminationGracePeriodSeconds ?? 30;
  if (pod.deletion !== undefined && pod.deletion.graceSeconds <= grace) return;
  const shorter = pod.deletion !== undefined;
  pod.deletion = { at: eng.now, graceSeconds: grace };
  // The pod worker restarts its kill with the shorter grace period: a TERM'd container is SIGKILLed sooner,
  // and a sidecar's wait for its turn counts from now.
  if (shorter) {
    if (pod.killStartedAt !== undefined) pod.killStartedAt = eng.now;
    for (const c of pod.containers) if (c.stopping) stopContainer(eng, pod, c, grace);
  }
  eng.touch(pod);
  if (pod.node === '') {
    // Never scheduled: nothing runs, the API removes it at once.
    removePod(eng, pod);
  } else {
    // grace 0 = immediate: the object disappears from the API now; the kubelet still cleans up.
    if (grace === 0) eng.hidePod(pod);
    eng.requestSync(pod, eng.now + WATCH_DELAY_MS);
  }
  // (A Pod has an owner only if a ReplicaSet made it: the controller has loaded.)
  if (notifyController && pod.owner !== undefined) replicaSetController().reconcile(eng);
}
