/**
 * Pod conditions the kubelet sets (pkg/kubelet/status/generate.go; KUBELET.md §7), in the kubelet's order:
 * PodReadyToStartContainers, Initialized, Ready, ContainersReady, PodScheduled. lastTransitionTime changes only
 * when a condition's status changes.
 */
import { isSidecar } from './phase';
import { podSandboxChanged } from './podActions';
import type { PodState } from './state';
import { isoAt } from './time';
import type { PodPhase, PodSpec, PodStatus } from './types';

type ContainerStatus = NonNullable<PodStatus['containerStatuses']>[number];
type PodCondition = NonNullable<PodStatus['conditions']>[number];
type Draft = { type: string; status: 'True' | 'False'; reason?: string; message?: string };

/** Go's `%s` of a []string: `[a b]`. */
const goList = (names: string[]): string => `[${names.join(' ')}]`;

function anyRegularStarted(spec: PodSpec, statuses: ContainerStatus[]): boolean {
  return spec.containers.some((c) => {
    const s = statuses.find((x) => x.name === c.name);
    return s?.state?.running !== undefined || s?.state?.terminated !== undefined;
  });
}

/** GeneratePodInitializedCondition. */
function initialized(spec: PodSpec, statuses: ContainerStatus[], phase: PodPhase): Draft {
  const incomplete: string[] = [];
  for (const c of spec.initContainers ?? []) {
    const s = statuses.find((x) => x.name === c.name);
    if (isSidecar(c) ? s?.started !== true : s?.ready !== true) incomplete.push(c.name);
  }
  if (phase === 'Succeeded') return { type: 'Initialized', status: 'True', reason: 'PodCompleted' };
  if (incomplete.length === 0 || anyRegularStarted(spec, statuses))
    return { type: 'Initialized', status: 'True' };
  return {
    type: 'Initialized',
    status: 'False',
    reason: 'ContainersNotInitialized',
    message: `containers with incomplete status: ${goList(incomplete)}`,
  };
}

/** GenerateContainersReadyCondition: regular containers and sidecars must be ready. */
function containersReady(spec: PodSpec, statuses: ContainerStatus[], phase: PodPhase): Draft {
  if (phase === 'Succeeded') return { type: 'ContainersReady', status: 'False', reason: 'PodCompleted' };
  if (phase === 'Failed') return { type: 'ContainersReady', status: 'False', reason: 'PodFailed' };
  const unready = [...(spec.initContainers ?? []).filter(isSidecar), ...spec.containers]
    .filter((c) => statuses.find((x) => x.name === c.name)?.ready !== true)
    .map((c) => c.name);
  if (unready.length === 0) return { type: 'ContainersReady', status: 'True' };
  return {
    type: 'ContainersReady',
    status: 'False',
    reason: 'ContainersNotReady',
    message: `containers with unready status: ${goList(unready)}`,
  };
}

function stamp(pod: PodState, d: Draft, now: number): PodCondition {
  const prev = pod.conditionTimes[d.type];
  if (prev === undefined || prev.status !== d.status)
    pod.conditionTimes[d.type] = { status: d.status, at: now };
  const at = pod.conditionTimes[d.type]?.at ?? now;
  return {
    type: d.type,
    status: d.status,
    lastTransitionTime: isoAt(at),
    ...(d.reason ? { reason: d.reason } : {}),
    ...(d.message ? { message: d.message } : {}),
  };
}

/** The PodScheduled condition alone (before the kubelet has seen the pod). */
export function scheduledCondition(pod: PodState, now: number): PodCondition {
  if (pod.node === '') {
    return stamp(
      pod,
      { type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: pod.unschedulable ?? '' },
      now,
    );
  }
  return stamp(pod, { type: 'PodScheduled', status: 'True' }, now);
}

export function podConditions(
  pod: PodState,
  statuses: ContainerStatus[],
  phase: PodPhase,
  now: number,
): PodCondition[] {
  const spec = pod.manifest.spec as PodSpec;
  const sandboxReady = !podSandboxChanged(pod).changed && !pod.terminal;
  const ready = containersReady(spec, statuses, phase);
  return [
    stamp(pod, { type: 'PodReadyToStartContainers', status: sandboxReady ? 'True' : 'False' }, now),
    stamp(pod, initialized(spec, statuses, phase), now),
    // GeneratePodReadyCondition: Ready mirrors ContainersReady (no readiness gates modelled).
    stamp(pod, { ...ready, type: 'Ready' }, now),
    stamp(pod, ready, now),
    scheduledCondition(pod, now),
  ];
}
