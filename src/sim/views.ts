/**
 * Read-only views of the state in the public shapes (types.ts): what kubectl and crictl would print. Every view
 * returns fresh copies, so callers can never change the engine's state.
 */
import type { Engine } from './engine';
import { intToIp } from './ipam';
import { normalizedImage } from './containerStatuses';
import type { ContainerState, PodState, ReplicaSetState } from './state';
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
    ...(s.netnsId !== undefined ? { netnsId: s.netnsId } : {}),
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

/** A ReplicaSet's Pods that count (controller.FilterActivePods): not terminating, not finished. */
export function activePods(eng: Engine, rs: ReplicaSetState): PodState[] {
  return eng.state.pods.filter(
    (p) => p.owner === rs.name && p.deletion === undefined && !p.terminal && !p.removedFromApi,
  );
}

export function replicaSetInfos(eng: Engine): ReplicaSetInfo[] {
  return eng.state.replicaSets.map((rs) => ({
    name: rs.name,
    replicas: rs.replicas,
    pods: activePods(eng, rs).map((p) => p.name),
  }));
}
