/**
 * Small pure readers over a frame, named in the domain's words, so a step's outcome reads like the claim it
 * checks: `podIp(frame, 'web') !== podIp(before, 'web')`.
 */
import type { ContainerStatus, Event, Pod } from 'kubernetes-types/core/v1';
import { listFiles } from '../sim/files';
// Lessons read logs as evidence: their reader loads with the lessons.
import '../sim/logs';
import type { ContainerInfo, NamespaceKind, SandboxInfo } from '../sim/types';
import type { SimFrame } from '../store/frame';
import type { StepProbe } from './types';

export function findPod(frame: SimFrame, name: string): Pod | undefined {
  return frame.pods.find((p) => p.metadata?.name === name);
}

export function podIp(frame: SimFrame, name: string): string {
  return findPod(frame, name)?.status?.podIP ?? '';
}

export function containerStatus(
  frame: SimFrame,
  pod: string,
  container: string,
): ContainerStatus | undefined {
  const status = findPod(frame, pod)?.status;
  return [...(status?.initContainerStatuses ?? []), ...(status?.containerStatuses ?? [])].find(
    (s) => s.name === container,
  );
}

export function restarts(frame: SimFrame, pod: string, container: string): number {
  return containerStatus(frame, pod, container)?.restartCount ?? 0;
}

export function isRunning(frame: SimFrame, pod: string, container: string): boolean {
  return containerStatus(frame, pod, container)?.state?.running !== undefined;
}

/** Every container of the Pod (init containers that finished aside) is running and ready. */
export function podReady(frame: SimFrame, name: string): boolean {
  const found = findPod(frame, name);
  const statuses = found?.status?.containerStatuses ?? [];
  return (
    found?.status?.phase === 'Running' &&
    statuses.length === (found.spec?.containers.length ?? -1) &&
    statuses.every((s) => s.ready)
  );
}

/** The Pod's newest sandbox (the live pause container, or the latest one that died). */
export function sandboxOf(frame: SimFrame, pod: string): SandboxInfo | undefined {
  const uid = findPod(frame, pod)?.metadata?.uid;
  return frame.sandboxes
    .filter((s) => s.podUid === uid)
    .reduce<SandboxInfo | undefined>((best, s) => (!best || s.attempt > best.attempt ? s : best), undefined);
}

/** The newest runtime instance of a container (what `crictl ps` shows for it now). */
export function instanceOf(frame: SimFrame, pod: string, container: string): ContainerInfo | undefined {
  return frame.containers
    .filter((c) => c.podName === pod && c.name === container)
    .reduce<ContainerInfo | undefined>(
      (best, c) => (!best || c.createdAt >= best.createdAt ? c : best),
      undefined,
    );
}

/** `ls -l /proc/<pid>/ns` style: `net:[4026532281]`. */
export function nsLabel(kind: NamespaceKind, id: number | undefined): string {
  return id === undefined ? '—' : `${kind}:[${id}]`;
}

export function nsOfContainer(frame: SimFrame, pod: string, container: string, kind: NamespaceKind) {
  return instanceOf(frame, pod, container)?.namespaces[kind];
}

export function nsOfSandbox(frame: SimFrame, pod: string, kind: NamespaceKind) {
  return sandboxOf(frame, pod)?.namespaces[kind];
}

export function nsOfNode(frame: SimFrame, kind: NamespaceKind) {
  return frame.nodes[0]?.namespaces[kind];
}

/** How many times an Event with this reason was recorded for an object (aggregated counts added up). */
export function eventCount(frame: SimFrame, object: string, reason: string): number {
  return eventsFor(frame, object, reason).reduce((sum, e) => sum + (e.count ?? 1), 0);
}

export function eventsFor(frame: SimFrame, object: string, reason: string): Event[] {
  return frame.events.filter((e) => e.involvedObject.name === object && e.reason === reason);
}

/** Did this Event happen (again) since the learner acted? */
export function newEvent(probe: StepProbe, object: string, reason: string): boolean {
  return eventCount(probe.frame, object, reason) > eventCount(probe.before, object, reason);
}

export function lastEventMessage(frame: SimFrame, object: string, reason: string): string {
  return eventsFor(frame, object, reason).at(-1)?.message ?? '';
}

/** What a container printed, this instance and the one before (`kubectl logs` and `--previous`); [] if none. */
export function logLines(probe: StepProbe, pod: string, container: string): string[] {
  const read = (previous: boolean) => {
    try {
      return probe.reader.logs(pod, container, { previous });
    } catch {
      return []; // No such instance (yet): the engine refuses, a learner would see an error message.
    }
  };
  return [...read(true), ...read(false)];
}

/** Paths a container can see (its own filesystem plus its volumes), like `find / -type f`. */
export function filesSeenBy(probe: StepProbe, pod: string, container: string): string[] {
  return listFiles(probe.reader.snapshot(), pod, container).map((f) => f.path);
}

export function fileContent(probe: StepProbe, pod: string, container: string, path: string): string {
  return listFiles(probe.reader.snapshot(), pod, container).find((f) => f.path === path)?.content ?? '';
}

/** Live Pods owned by a ReplicaSet. */
export function replicaPods(frame: SimFrame, replicaSet: string): string[] {
  return frame.replicaSets.find((rs) => rs.name === replicaSet)?.pods ?? [];
}

/** Virtual ms → "2.1 s" (language-neutral, like the time bar). */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** Short ids, the way `crictl` prints them. */
export function shortId(id: string): string {
  return id.slice(0, 13);
}
