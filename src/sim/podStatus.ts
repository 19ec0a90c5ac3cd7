/**
 * The API status of a pod: a port of generateAPIPodStatus (pkg/kubelet/kubelet_pods.go). Phase by getPhase
 * (./phase), container statuses (containerStatuses.ts), conditions (conditions.ts), IPs from the newest READY
 * sandbox. A terminal phase is adopted only by the kubelet's sync that stops the pod (finishPod), so a pod shows
 * Succeeded/Failed after its sandbox is stopped (KUBELET.md §10), and never leaves it.
 */
import { podConditions, scheduledCondition } from './conditions';
import { containerStatuses } from './containerStatuses';
import type { Engine } from './engine';
import { podPhase } from './phase';
import { currentSandbox } from './runtime';
import { quantityValue, sameQuantity } from './quantity';
import type { PodState } from './state';
import { isoAt } from './time';
import type { PodPhase, PodSpec, PodStatus } from './types';

const isTerminal = (p: string | undefined): boolean => p === 'Succeeded' || p === 'Failed';

/** HasAnyActiveRegularContainerStarted: a regular container belongs to the current sandbox. */
function podHasInitialized(pod: PodState): boolean {
  const sandbox = currentSandbox(pod);
  return (
    sandbox !== undefined && pod.containers.some((c) => c.kind === 'regular' && c.sandboxId === sandbox.id)
  );
}

const qosCache = new WeakMap<PodSpec, string>();

/** QoS class, computed once per spec (specs are immutable once created). */
function qosClass(spec: PodSpec): string {
  let q = qosCache.get(spec);
  if (q === undefined) {
    q = computeQosClass(spec);
    qosCache.set(spec, q);
  }
  return q;
}

/**
 * QoS class (pkg/apis/core/v1/helper/qos ComputePodQOS): only cpu and memory count, zero counts as unset;
 * Guaranteed needs every container to limit both, and the Pod's summed requests to equal its summed limits.
 */
function computeQosClass(spec: PodSpec): string {
  const sums = { requests: {} as Record<string, number>, limits: {} as Record<string, number> };
  let guaranteed = true;
  for (const c of [...(spec.initContainers ?? []), ...spec.containers]) {
    for (const kind of ['requests', 'limits'] as const) {
      const found = ['cpu', 'memory'].filter((name) => {
        const value = quantityValue(c.resources?.[kind]?.[name]);
        if (value > 0) sums[kind][name] = (sums[kind][name] ?? 0) + value;
        return value > 0;
      });
      if (kind === 'limits' && found.length < 2) guaranteed = false;
    }
  }
  const requests = Object.entries(sums.requests);
  const limits = Object.keys(sums.limits);
  if (requests.length === 0 && limits.length === 0) return 'BestEffort';
  return guaranteed &&
    requests.length === limits.length &&
    requests.every(([name, value]) => sameQuantity(value, sums.limits[name] ?? NaN))
    ? 'Guaranteed'
    : 'Burstable';
}

function statusDraft(pod: PodState): PodStatus {
  const spec = pod.manifest.spec as PodSpec;
  return {
    initContainerStatuses: containerStatuses(
      pod,
      spec.initContainers ?? [],
      true,
      pod.status.initContainerStatuses,
    ),
    containerStatuses: containerStatuses(pod, spec.containers, false, pod.status.containerStatuses),
  };
}

/** The phase the kubelet records when it finishes the pod (SyncPod terminal, or SyncTerminatingPod with podIsTerminal). */
export function finalPhase(pod: PodState, podIsTerminal: boolean): PodPhase {
  if (isTerminal(pod.status.phase)) return pod.status.phase as PodPhase;
  const spec = pod.manifest.spec as PodSpec;
  const phase = podPhase(spec, statusDraft(pod), {
    podIsTerminal,
    podHasInitialized: podHasInitialized(pod),
  });
  // A pod killed before any container ran has no terminal phase by getPhase; it ends Failed.
  return isTerminal(phase) ? phase : 'Failed';
}

function sameItems<T>(a: readonly T[] | undefined, b: readonly T[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Regenerates `pod.status` from the runtime (called after every change to the pod). */
export function refreshStatus(eng: Engine, pod: PodState): void {
  const spec = pod.manifest.spec as PodSpec;
  const now = eng.now;
  const node = pod.node === '' ? undefined : eng.node(pod.node);
  if (pod.startTime === undefined) {
    // Not yet seen by a kubelet: only the scheduler's condition.
    pod.status = { phase: 'Pending', conditions: [scheduledCondition(pod, now)], qosClass: qosClass(spec) };
    return;
  }
  const draft = statusDraft(pod);
  let phase: PodPhase;
  if (pod.terminal || isTerminal(pod.status.phase)) phase = pod.status.phase as PodPhase;
  else {
    const computed = podPhase(spec, draft, { podHasInitialized: podHasInitialized(pod) });
    // The kubelet adopts a terminal phase only in the sync that stops the pod (finishPod).
    phase = isTerminal(computed) ? ((pod.status.phase as PodPhase | undefined) ?? 'Pending') : computed;
  }
  const sandbox = currentSandbox(pod);
  let podIP: string | undefined;
  if (spec.hostNetwork) podIP = node?.ip;
  else if (sandbox?.state === 'SANDBOX_READY' && sandbox.ip !== '') podIP = sandbox.ip;
  else if (pod.terminal) podIP = pod.keptIP;
  // Conditions derive from the container statuses, the phase and the sandbox: if none changed, neither did they.
  const old = pod.status;
  const sandboxKey = `${sandbox?.id ?? ''}/${sandbox?.state ?? ''}/${pod.terminal}`;
  const unchanged =
    phase === old.phase &&
    pod.conditionsKey === sandboxKey &&
    sameItems(draft.containerStatuses, old.containerStatuses) &&
    sameItems(draft.initContainerStatuses, old.initContainerStatuses ?? draft.initContainerStatuses);
  pod.conditionsKey = sandboxKey;
  const status: PodStatus = {
    phase,
    conditions:
      unchanged && old.conditions
        ? old.conditions
        : podConditions(
            pod,
            [...(draft.initContainerStatuses ?? []), ...(draft.containerStatuses ?? [])],
            phase,
            now,
          ),
  };
  if (node !== undefined) {
    status.hostIP = node.ip;
    status.hostIPs = [{ ip: node.ip }];
  }
  if (podIP !== undefined) {
    status.podIP = podIP;
    status.podIPs = [{ ip: podIP }];
  }
  status.startTime = isoAt(pod.startTime);
  if ((spec.initContainers ?? []).length > 0) status.initContainerStatuses = draft.initContainerStatuses;
  status.containerStatuses = draft.containerStatuses;
  status.qosClass = qosClass(spec);
  pod.status = status;
}
