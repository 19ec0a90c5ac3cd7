/**
 * Pod phase, ported from the kubelet (KUBELET.md §1).
 *
 * Source: kubernetes/kubernetes `pkg/kubelet/kubelet_pods.go` `getPhase` (v1.35 dev line, commit 001a80e9) and
 * `pkg/api/v1/pod/util.go` (`IsRestartableInitContainer`, `ContainerShouldRestart`). Pure: no clock, no I/O.
 */
import type { PodPhase, PodSpec, PodStatus } from './types';

type Container = PodSpec['containers'][number];
type ContainerStatus = NonNullable<PodStatus['containerStatuses']>[number];

/**
 * A container-level restart rule (`restartPolicyRules`, ContainerRestartRules, beta in v1.35).
 * Not in our `kubernetes-types` version, so declared here.
 */
export interface ContainerRestartRule {
  /** `Restart` (or `RestartAllContainers`, which `containerShouldRestart` treats as "no decision", like upstream). */
  action: string;
  /** `In` or `NotIn`. */
  exitCodes?: { operator: string; values?: readonly number[] };
}

/** A container that may carry `restartPolicyRules`. Plain containers fit too. */
export type ContainerWithRestartRules = Container & { restartPolicyRules?: readonly ContainerRestartRule[] };

export interface PodPhaseOptions {
  /**
   * The kubelet passes true from `SyncTerminatingPod` (all containers stopped, pod being deleted/evicted):
   * the pod then gets Succeeded/Failed whatever its restartPolicy. Default false (`SyncPod`).
   */
  podIsTerminal?: boolean;
  /**
   * `kubecontainer.HasAnyActiveRegularContainerStarted`: some regular container belongs to the *current* sandbox.
   * False again right after a sandbox is re-created. Default false, as in most of the kubelet's own test rows.
   */
  podHasInitialized?: boolean;
  /**
   * The `ContainerRestartRules` feature gate (beta, on by default in v1.35). PodScope decides with it off
   * (default false): for pod-level restart policies both branches give the same phase (KUBELET.md §1; the tests
   * run every upstream row both ways). Turn it on only to honour container-level `restartPolicy` on regular containers.
   */
  containerRestartRules?: boolean;
}

/** `podutil.IsRestartableInitContainer`: an init container with container-level `restartPolicy: Always` (a sidecar). */
export function isSidecar(container: Container | undefined): boolean {
  return container?.restartPolicy === 'Always';
}

/** `findMatchingContainerRestartRule` (pkg/api/v1/pod/util.go): first rule whose exit-code matcher matches. */
function findMatchingContainerRestartRule(
  container: ContainerWithRestartRules,
  exitCode: number,
): ContainerRestartRule | undefined {
  for (const rule of container.restartPolicyRules ?? []) {
    if (rule.exitCodes === undefined) continue;
    const matched = (rule.exitCodes.values ?? []).includes(exitCode);
    if (rule.exitCodes.operator === 'In' && matched) return rule;
    if (rule.exitCodes.operator === 'NotIn' && !matched) return rule;
  }
  return undefined;
}

/**
 * `podutil.ContainerShouldRestart` (pkg/api/v1/pod/util.go): would this container be restarted after exiting with
 * `exitCode`? Container rules (only when a container-level restartPolicy is set) → container restartPolicy →
 * pod restartPolicy (unset = Always).
 */
export function containerShouldRestart(
  container: ContainerWithRestartRules,
  spec: PodSpec,
  exitCode: number,
): boolean {
  if (container.restartPolicy !== undefined) {
    const rule = findMatchingContainerRestartRule(container, exitCode);
    if (rule?.action === 'Restart') return true;
    switch (container.restartPolicy) {
      case 'Always':
        return true;
      case 'OnFailure':
        return exitCode !== 0;
      case 'Never':
        return false;
      default:
      // fall back to the pod-level restart policy
    }
  }
  switch (spec.restartPolicy) {
    case 'OnFailure':
      return exitCode !== 0;
    case 'Never':
      return false;
    default:
      // Always, or unset (the API server defaults it to Always).
      return true;
  }
}

/** `podutil.GetContainerStatus`: the first status with this name. */
function getContainerStatus(info: readonly ContainerStatus[], name: string): ContainerStatus | undefined {
  return info.find((s) => s.name === name);
}

/**
 * The phase the kubelet computes for a pod: a port of `getPhase(logger, pod, info, podIsTerminal, podHasInitialized)`.
 *
 * `info` is built like `generateAPIPodStatus` does: `status.containerStatuses` then `status.initContainerStatuses`,
 * looked up by name (first match wins). Differences from the Go code, none reachable from the API:
 * - an unset `spec.restartPolicy` is treated as `Always` (the API server always defaults it);
 * - static pods (`kubetypes.IsStaticPod`) are not modelled, so `podIsTerminal` always applies;
 * - the alpha `RestartAllContainersOnContainerExits` gate is off (no `RestartingAllContainers` reason check).
 */
export function podPhase(spec: PodSpec, status: PodStatus, options: PodPhaseOptions = {}): PodPhase {
  const podIsTerminal = options.podIsTerminal ?? false;
  const podHasInitialized = options.podHasInitialized ?? false;
  const containerRestartRules = options.containerRestartRules ?? false;
  const restartPolicy = spec.restartPolicy ?? 'Always';
  const info = [...(status.containerStatuses ?? []), ...(status.initContainerStatuses ?? [])];
  const initContainers = spec.initContainers ?? [];

  let pendingRestartableInitContainers = 0;
  let pendingRegularInitContainers = 0;
  let failedInitialization = 0;
  let failedInitializationNotRestartable = 0;

  // regular init containers
  for (const container of initContainers) {
    // Sidecars are handled separately below: they differ from init containers for the pod phase.
    if (isSidecar(container)) continue;
    const containerStatus = getContainerStatus(info, container.name);
    if (containerStatus === undefined) {
      pendingRegularInitContainers++;
      continue;
    }
    const state = containerStatus.state;
    if (state?.running) {
      pendingRegularInitContainers++;
    } else if (state?.terminated) {
      const exitCode = state.terminated.exitCode;
      if (exitCode !== 0) {
        failedInitialization++;
        // Upstream computes restartability in this branch only with the ContainerRestartRules gate on.
        if (containerRestartRules && !containerShouldRestart(container, spec, exitCode)) {
          failedInitializationNotRestartable++;
        }
      }
    } else if (state?.waiting) {
      const last = containerStatus.lastState?.terminated;
      if (last) {
        const exitCode = last.exitCode;
        if (exitCode !== 0) {
          failedInitialization++;
          if (!containerShouldRestart(container, spec, exitCode)) failedInitializationNotRestartable++;
        }
      } else {
        pendingRegularInitContainers++;
      }
    } else {
      pendingRegularInitContainers++;
    }
  }

  // counters for restartable init and regular containers
  let unknown = 0;
  let running = 0;
  let waiting = 0;
  let stopped = 0;
  let stoppedNotRestartable = 0;
  let succeeded = 0;

  // sidecar init containers
  for (const container of initContainers) {
    if (!isSidecar(container)) continue;
    const containerStatus = getContainerStatus(info, container.name);
    if (containerStatus === undefined) {
      unknown++;
      continue;
    }
    const state = containerStatus.state;
    if (state?.running) {
      if (containerStatus.started !== true) pendingRestartableInitContainers++;
      running++;
    } else if (state?.terminated) {
      // Terminated sidecars are not taken into account for the pod phase.
    } else if (state?.waiting) {
      if (!containerStatus.lastState?.terminated) {
        pendingRestartableInitContainers++;
        waiting++;
      }
      // else: a crash-looping sidecar is not taken into account either.
    } else {
      pendingRestartableInitContainers++;
      unknown++;
    }
  }

  // regular containers
  for (const container of spec.containers) {
    const containerStatus = getContainerStatus(info, container.name);
    if (containerStatus === undefined) {
      unknown++;
      continue;
    }
    const state = containerStatus.state;
    if (state?.running) {
      running++;
    } else if (state?.terminated) {
      stopped++;
      const exitCode = state.terminated.exitCode;
      if (containerRestartRules && !containerShouldRestart(container, spec, exitCode))
        stoppedNotRestartable++;
      if (exitCode === 0) succeeded++;
    } else if (state?.waiting) {
      const last = containerStatus.lastState?.terminated;
      if (last) {
        // Crash-looping (waiting to restart after an exit) counts as stopped.
        stopped++;
        if (containerRestartRules && !containerShouldRestart(container, spec, last.exitCode)) {
          stoppedNotRestartable++;
        }
      } else {
        waiting++;
      }
    } else {
      unknown++;
    }
  }

  if (containerRestartRules) {
    if (failedInitializationNotRestartable > 0) return 'Failed';
  } else if (failedInitialization > 0 && restartPolicy === 'Never') {
    return 'Failed';
  }

  if (
    pendingRegularInitContainers > 0 ||
    // Once the pod has initialized, restarting sidecars do not put it back to Pending.
    (pendingRestartableInitContainers > 0 && !podHasInitialized) ||
    waiting > 0
  ) {
    // One or more containers has not been started.
    return 'Pending';
  }
  if (running > 0 && unknown === 0) {
    // All containers have been started, and at least one container is running.
    return 'Running';
  }
  if (running === 0 && stopped > 0 && unknown === 0) {
    // The pod is terminal, so its containers won't be restarted regardless of the restart policy.
    if (podIsTerminal) return stopped === succeeded ? 'Succeeded' : 'Failed';
    if (containerRestartRules) {
      // At least one container is in the process of restarting.
      if (stopped !== stoppedNotRestartable) return 'Running';
      return stopped === succeeded ? 'Succeeded' : 'Failed';
    }
    // All containers are in the process of restarting.
    if (restartPolicy === 'Always') return 'Running';
    if (stopped === succeeded) return 'Succeeded';
    if (restartPolicy === 'Never') return 'Failed';
    // OnFailure, at least one failure, in the process of restarting.
    return 'Running';
  }
  return 'Pending';
}
