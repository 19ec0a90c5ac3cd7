/**
 * Read-only views of the state in the public shapes (types.ts): what kubectl and crictl would print. Every view
 * returns fresh copies, so callers can never change the engine's state.
 */
import type { Engine } from './engine';
import { intToIp } from './ipam';
import { containerIdOf, normalizedImage } from './containerStatuses';
import { activePods } from './replicaSet';
import type { ContainerState, PodState } from './state';
import { isoAt } from './time';
import type { ContainerInfo, NodeInfo, Pod, ReplicaSetInfo, SandboxInfo } from './types';

/** `kubectl get pod -o json`. */
export function podObject(pod: PodState): Pod {
  const m = pod.manifest;
  const metadata: NonNullable<Pod['metadata']> = {
    ...structuredClone(m.metadata ?? {}),
    name: pod.name,
    namespace: 'default',
    uid: pod.uid,
    creationTimestamp: isoAt(pod.createdAt),
    // deletionTimestamp is the time after which the object may be removed: deletion time + grace.
    ...(pod.deletion !== undefined
      ? {
          deletionTimestamp: isoAt(pod.deletion.at + pod.deletion.graceSeconds * 1000),
          deletionGracePeriodSeconds: pod.deletion.graceSeconds,
        }
      : {}),
  };
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata,
    spec: structuredClone(m.spec),
    status: structuredClone(pod.status),
  };
}

/** `crictl pods`. */
export function sandboxInfos(eng: Engine): SandboxInfo[] {
  return eng.state.pods.flatMap(podSandboxInfos);
}

/** One Pod's sandboxes, oldest first. */
export function podSandboxInfos(pod: PodState): SandboxInfo[] {
  return pod.sandboxes.map((s) => ({
    id: s.id,
    podName: pod.name,
    podUid: pod.uid,
    node: pod.node,
    state: s.state,
    attempt: s.attempt,
    ip: s.ip,
    pid: s.pid,
    createdAt: s.createdAt,
    namespaces: { ...s.namespaces },
  }));
}

/** One Pod's container instances, oldest first. */
export function podContainerInfos(pod: PodState): ContainerInfo[] {
  return pod.containers.map((c) => containerInfo(pod, c));
}

function containerInfo(pod: PodState, c: ContainerState): ContainerInfo {
  return {
    id: c.id,
    podName: pod.name,
    name: c.name,
    image: normalizedImage(c.image),
    kind: c.kind,
    state: c.state,
    attempt: c.attempt,
    sandboxId: c.sandboxId,
    pid: c.pid,
    exitCode: c.exitCode,
    ...(c.reason !== undefined && c.state === 'CONTAINER_EXITED' ? { reason: c.reason } : {}),
    createdAt: c.createdAt,
    ...(c.startedAt !== undefined ? { startedAt: c.startedAt } : {}),
    ...(c.finishedAt !== undefined ? { finishedAt: c.finishedAt } : {}),
    ...backOff(pod, c),
    namespaces: { ...c.namespaces },
  };
}

/**
 * When the kubelet, which backed off restarting this exited instance, tries again (doBackOff's window). A
 * deleted or finished Pod restarts nothing.
 */
function backOff(pod: PodState, c: ContainerState): { backOffUntil?: number } | false {
  const entry = pod.backoff[c.name];
  const reason = pod.reasons[c.name];
  return (
    reason?.containerId === c.id &&
    reason.reason === 'CrashLoopBackOff' &&
    entry?.afterId !== c.id &&
    entry !== undefined &&
    !pod.deletion &&
    !pod.terminal && { backOffUntil: (c.finishedAt ?? 0) + entry.backoffMs }
  );
}

/** `crictl ps -a`: every container instance, grouped by Pod, oldest first. */
export function containerInfos(eng: Engine): ContainerInfo[] {
  return eng.state.pods.flatMap((pod) => pod.containers.map((c) => containerInfo(pod, c)));
}

export function nodeInfos(eng: Engine): NodeInfo[] {
  return eng.state.nodes.map((n) => ({
    name: n.name,
    ip: n.ip,
    podCIDR: n.podCIDR,
    namespaces: { ...n.rootNamespaces },
    ipPool: {
      first: intToIp(n.pool.first),
      last: intToIp(n.pool.last),
      size: n.pool.last - n.pool.first + 1,
      used: [...n.pool.used],
    },
  }));
}

export function replicaSetInfos(eng: Engine): ReplicaSetInfo[] {
  return eng.state.replicaSets.map((rs) => ({
    name: rs.name,
    replicas: rs.replicas,
    pods: activePods(eng, rs).map((p) => p.name),
  }));
}

/** Lines kept per container log (like a rotated log file). */
const MAX_LOG_LINES = 1000;

/**
 * Which instance `kubectl logs [--previous]` reads: a port of the kubelet's validateContainerLogStatus
 * (pkg/kubelet/kubelet_pods.go), which decides from the Pod's API status as last written, not the runtime.
 * `--previous` is lastState's container: while a crashed container waits in CrashLoopBackOff that is the
 * newest exit, not the one before it.
 */
function logContainerId(pod: PodState, container: string, previous: boolean): string {
  const { status, name } = pod;
  const cStatus = [...(status.containerStatuses ?? []), ...(status.initContainerStatuses ?? [])].find(
    (s) => s.name === container,
  );
  if (cStatus === undefined) throw new Error(`container "${container}" in pod "${name}" is not available`);
  const lastTerminated = cStatus.lastState?.terminated;
  const { waiting, running, terminated } = cStatus.state ?? {};
  if (previous) {
    if (!lastTerminated?.containerID)
      throw new Error(`previous terminated container "${container}" in pod "${name}" not found`);
    return lastTerminated.containerID;
  }
  if (running !== undefined && cStatus.containerID) return cStatus.containerID;
  if (terminated !== undefined || lastTerminated !== undefined) {
    const id = terminated?.containerID || lastTerminated?.containerID;
    if (!id) throw new Error(`container "${container}" in pod "${name}" is terminated`);
    return id;
  }
  if (waiting !== undefined) {
    throw new Error(`container "${container}" in pod "${name}" is waiting to start: ${waiting.reason ?? ''}`);
  }
  throw new Error(`container "${container}" in pod "${name}" is waiting to start - no logs yet`);
}

/** `kubectl logs [--previous]`: what the instance printed up to now (or up to its exit). */
export function containerLogs(eng: Engine, podName: string, container: string, previous: boolean): string[] {
  const pod = eng.byName.get(podName);
  if (pod === undefined) throw new Error(`pods "${podName}" not found`);
  const known = [...(pod.manifest.spec?.initContainers ?? []), ...(pod.manifest.spec?.containers ?? [])].some(
    (c) => c.name === container,
  );
  if (!known) throw new Error(`container ${container} is not valid for pod ${podName}`);
  const id = logContainerId(pod, container, previous);
  const c = pod.containers.find((instance) => containerIdOf(instance) === id);
  // The status names an instance the runtime has since removed (garbage-collected with its sandbox).
  if (c === undefined)
    throw new Error(
      `rpc error: code = NotFound desc = an error occurred when try to find container "${id.slice(id.indexOf('//') + 2)}": not found`,
    );
  if (c.startedAt === undefined) return [];
  const start = c.startedAt;
  const end = c.finishedAt ?? eng.now;
  const lines = [...c.plan.output.map((o) => ({ at: start + o.at, line: o.line })), ...c.extraLogs].filter(
    (o) => o.at <= end,
  );
  const loop = c.plan.loop;
  if (loop !== undefined && loop.output.length > 0) {
    // A `while true` body prints on every iteration: generate the newest MAX_LOG_LINES lazily.
    const iterations = Math.floor((end - start - loop.from) / loop.every) + 1;
    const first = Math.max(0, iterations - Math.ceil(MAX_LOG_LINES / loop.output.length));
    for (let k = first; k < iterations; k++) {
      for (const o of loop.output) {
        const at = start + loop.from + k * loop.every + o.at;
        if (at <= end) lines.push({ at, line: o.line });
      }
    }
  }
  return lines
    .sort((a, b) => a.at - b.at)
    .slice(-MAX_LOG_LINES)
    .map((o) => o.line);
}
