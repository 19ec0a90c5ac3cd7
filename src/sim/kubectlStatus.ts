/**
 * The READY, STATUS and RESTARTS columns of `kubectl get pods` (KUBELET.md §7).
 *
 * Port of `printPod` in kubernetes/kubernetes `pkg/printers/internalversion/printers.go` (the server-side table
 * printer kubectl shows; recent version with sidecar support: `restartableInitContainerRestarts`, SchedulingGated),
 * plus `translateTimestampSince` and apimachinery `duration.HumanDuration` for the "(10s ago)" suffix.
 * Pure: the current time is an argument.
 */
import { isSidecar } from './phase';
import type { Pod } from './types';

type PodStatus = NonNullable<Pod['status']>;
type PodCondition = NonNullable<PodStatus['conditions']>[number];
type ContainerStateTerminated = NonNullable<
  NonNullable<NonNullable<PodStatus['containerStatuses']>[number]['state']>['terminated']
>;

/** `node.NodeUnreachablePodReason`: status.reason of pods on a lost node. */
const NODE_UNREACHABLE_POD_REASON = 'NodeLost';

export interface KubectlPodColumns {
  /** READY: "ready/total"; total = regular containers + sidecars. */
  ready: string;
  /** STATUS: phase, status.reason or a container-derived reason (`CrashLoopBackOff`, `Init:0/1`, `Terminating`…). */
  status: string;
  /** RESTARTS: "3", or "3 (10s ago)" when `now` is given and a last termination time is known. */
  restarts: string;
}

/** `metav1.Time` as epoch ms; undefined is Go's zero time (unset or unparsable). */
function finishedAt(terminated: ContainerStateTerminated | undefined): number | undefined {
  if (terminated?.finishedAt === undefined) return undefined;
  const ms = Date.parse(terminated.finishedAt);
  return Number.isNaN(ms) ? undefined : ms;
}

/** `if last.Before(&t) { last = t }` with zero times. */
function later(last: number | undefined, t: number | undefined): number | undefined {
  if (t === undefined) return last;
  return last === undefined || last < t ? t : last;
}

function hasPodReadyCondition(conditions: readonly PodCondition[]): boolean {
  return conditions.some((c) => c.type === 'Ready' && c.status === 'True');
}

function isPodInitializedConditionTrue(conditions: readonly PodCondition[]): boolean {
  const initialized = conditions.find((c) => c.type === 'Initialized');
  return initialized?.status === 'True';
}

/**
 * apimachinery `duration.HumanDuration`: "45s", "2m30s", "15m", "3h5m", "20h", "2d3h", "30d", "2y10d", with Go's
 * integer truncation. `ms` is a duration in milliseconds.
 */
export function humanDuration(ms: number): string {
  const seconds = Math.trunc(ms / 1000);
  // Allow a deviation under 2 s (clock skew): it reads as "0s".
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 60 * 2) return `${seconds}s`;
  const minutes = Math.trunc(ms / 60_000);
  if (minutes < 10) {
    const s = seconds % 60;
    return s === 0 ? `${minutes}m` : `${minutes}m${s}s`;
  }
  if (minutes < 60 * 3) return `${minutes}m`;
  const hours = Math.trunc(ms / 3_600_000);
  if (hours < 8) {
    const m = minutes % 60;
    return m === 0 ? `${hours}h` : `${hours}h${m}m`;
  }
  if (hours < 48) return `${hours}h`;
  const days = Math.trunc(hours / 24);
  if (hours < 24 * 8) {
    const h = hours % 24;
    return h === 0 ? `${days}d` : `${days}d${h}h`;
  }
  if (hours < 24 * 365 * 2) return `${days}d`;
  const years = Math.trunc(days / 365);
  if (hours < 24 * 365 * 8) {
    const dy = days % 365;
    return dy === 0 ? `${years}y` : `${years}y${dy}d`;
  }
  return `${years}y`;
}

/**
 * The three columns at once, exactly as `printPod` computes them (one pass over the statuses).
 * `now` only feeds the RESTARTS "(… ago)" suffix; without it RESTARTS is the bare count.
 */
export function kubectlPodColumns(pod: Pod, now?: Date): KubectlPodColumns {
  const spec = pod.spec;
  const status: PodStatus = pod.status ?? {};
  const conditions = status.conditions ?? [];
  const specInitContainers = spec?.initContainers ?? [];

  let restarts = 0;
  let restartableInitContainerRestarts = 0;
  let totalContainers = spec?.containers.length ?? 0;
  let readyContainers = 0;
  let lastRestartDate: number | undefined;
  let lastRestartableInitContainerRestartDate: number | undefined;

  const podPhase = status.phase ?? '';
  let reason = podPhase;
  if (status.reason) reason = status.reason;

  // If the Pod carries {type:PodScheduled, reason:SchedulingGated}, set reason to 'SchedulingGated'.
  for (const condition of conditions) {
    if (condition.type === 'PodScheduled' && condition.reason === 'SchedulingGated')
      reason = 'SchedulingGated';
  }

  const initContainers = new Map(specInitContainers.map((c) => [c.name, c]));
  for (const c of specInitContainers) if (isSidecar(c)) totalContainers++;

  let initializing = false;
  for (const [i, container] of (status.initContainerStatuses ?? []).entries()) {
    restarts += container.restartCount;
    const lastTerminated = finishedAt(container.lastState?.terminated);
    lastRestartDate = later(lastRestartDate, lastTerminated);
    // Statuses may name containers the spec does not have: those are not sidecars.
    const restartable = isSidecar(initContainers.get(container.name));
    if (restartable) {
      restartableInitContainerRestarts += container.restartCount;
      lastRestartableInitContainerRestartDate = later(
        lastRestartableInitContainerRestartDate,
        lastTerminated,
      );
    }
    const terminated = container.state?.terminated;
    const waiting = container.state?.waiting;
    if (terminated && terminated.exitCode === 0) continue;
    if (restartable && container.started === true) {
      if (container.ready) readyContainers++;
      continue;
    }
    if (terminated) {
      // initialization is failed
      if (!terminated.reason) {
        reason = terminated.signal
          ? `Init:Signal:${terminated.signal}`
          : `Init:ExitCode:${terminated.exitCode}`;
      } else {
        reason = `Init:${terminated.reason}`;
      }
    } else if (waiting?.reason && waiting.reason !== 'PodInitializing') {
      reason = `Init:${waiting.reason}`;
    } else {
      reason = `Init:${i}/${specInitContainers.length}`;
    }
    initializing = true;
    break;
  }

  if (!initializing || isPodInitializedConditionTrue(conditions)) {
    restarts = restartableInitContainerRestarts;
    lastRestartDate = lastRestartableInitContainerRestartDate;
    let hasRunning = false;
    const containerStatuses = status.containerStatuses ?? [];
    for (let i = containerStatuses.length - 1; i >= 0; i--) {
      const container = containerStatuses[i];
      if (container === undefined) continue;
      restarts += container.restartCount;
      lastRestartDate = later(lastRestartDate, finishedAt(container.lastState?.terminated));
      const terminated = container.state?.terminated;
      const waiting = container.state?.waiting;
      if (waiting?.reason) {
        reason = waiting.reason;
      } else if (terminated?.reason) {
        reason = terminated.reason;
      } else if (terminated) {
        reason = terminated.signal ? `Signal:${terminated.signal}` : `ExitCode:${terminated.exitCode}`;
      } else if (container.ready && container.state?.running) {
        hasRunning = true;
        readyContainers++;
      }
    }

    // change pod status back to "Running" if there is at least one container still reporting as "Running" status
    if (reason === 'Completed' && hasRunning) {
      reason = hasPodReadyCondition(conditions) ? 'Running' : 'NotReady';
    }
  }

  const deleting = Boolean(pod.metadata?.deletionTimestamp);
  if (deleting && status.reason === NODE_UNREACHABLE_POD_REASON) {
    reason = 'Unknown';
  } else if (deleting && podPhase !== 'Succeeded' && podPhase !== 'Failed') {
    reason = 'Terminating';
  }

  let restartsStr = String(restarts);
  if (now !== undefined && restarts !== 0 && lastRestartDate !== undefined) {
    restartsStr = `${restarts} (${humanDuration(now.getTime() - lastRestartDate)} ago)`;
  }

  return { ready: `${readyContainers}/${totalContainers}`, status: reason, restarts: restartsStr };
}

/** STATUS column of `kubectl get pods` (`printPod`): e.g. Running, CrashLoopBackOff, Init:0/1, Completed, Terminating. */
export function kubectlStatus(pod: Pod): string {
  return kubectlPodColumns(pod).status;
}

/**
 * READY column (`printPod`): ready regular containers (counted only once initialization is done) plus started-and-ready
 * sidecars, over regular containers + sidecars.
 */
export function kubectlReady(pod: Pod): string {
  return kubectlPodColumns(pod).ready;
}

/**
 * RESTARTS column (`printPod`). While initializing: restarts of the init containers up to the current one.
 * Otherwise: sidecars + regular containers (regular init containers no longer count). With `now`, recent kubectl
 * appends the age of the newest `lastState.terminated.finishedAt` among the counted containers: "5 (40s ago)".
 */
export function kubectlRestarts(pod: Pod, now?: Date): string {
  return kubectlPodColumns(pod, now).restarts;
}
