import type { Container, ContainerStatus, Pod } from 'kubernetes-types/core/v1';
import { containerIdOf } from '../sim/containerStatuses';
import { isSidecar } from '../sim/phase';
import { kubectlPodColumns } from '../sim/kubectlStatus';
import type { ContainerInfo, ContainerKind, NamespaceIds, SandboxInfo, VolumeInfo } from '../sim/types';
import { containersByPodUid, type SimFrame } from './frame';

/** One container as the canvas draws it: spec, API status and its newest runtime instance. */
export interface ContainerView {
  name: string;
  kind: ContainerKind;
  /** Position among init containers (1-based) — they run in this order. */
  order: number;
  image: string;
  ports: number[];
  status: ContainerStatus | undefined;
  instance: ContainerInfo | undefined;
  state: 'waiting' | 'running' | 'terminated';
  reason: string;
  exitCode: number | undefined;
  restartCount: number;
  ready: boolean;
  /**
   * The instance has exited but the API status still says it runs (the kubelet is blocked in a sync: it
   * writes the status when a sync starts). The card shows the runtime's truth; this is what kubectl says.
   */
  apiState?: 'Running';
  /** Virtual ms when a crash-loop back-off ends (for the countdown). */
  backOffUntil: number | undefined;
  namespaces: NamespaceIds | undefined;
}

export interface PodView {
  name: string;
  uid: string;
  phase: string;
  status: string;
  ready: string;
  restarts: string;
  ip: string;
  hostIP: string;
  node: string;
  terminating: boolean;
  /** Virtual ms when the grace period ends, while terminating. */
  graceEndsAt: number | undefined;
  sandbox: SandboxInfo | undefined;
  initContainers: ContainerView[];
  /** Sidecars and regular containers: everything that runs beside the pause container. */
  mainContainers: ContainerView[];
  volumes: VolumeInfo[];
  spec: Pod['spec'];
}

export const EPOCH_MS = Date.parse('2025-01-01T00:00:00Z');

/** ISO timestamp on the virtual clock → virtual ms. */
export function virtualMs(iso: string | undefined): number | undefined {
  if (!iso) return undefined;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : ms - EPOCH_MS;
}

function stateOf(status: ContainerStatus | undefined): Pick<ContainerView, 'state' | 'reason' | 'exitCode'> {
  const state = status?.state;
  if (state?.running) return { state: 'running', reason: 'Running', exitCode: undefined };
  if (state?.terminated)
    return {
      state: 'terminated',
      reason: state.terminated.reason ?? 'Terminated',
      exitCode: state.terminated.exitCode,
    };
  // No reason: created and not started ('Waiting'), or no status yet, before the kubelet's first sync ('').
  return {
    state: 'waiting',
    reason: state?.waiting?.reason ?? (status ? 'Waiting' : ''),
    exitCode: undefined,
  };
}

function containerView(
  container: Container,
  kind: ContainerKind,
  order: number,
  status: ContainerStatus | undefined,
  instance: ContainerInfo | undefined,
  named: ContainerInfo | undefined,
): ContainerView {
  return {
    name: container.name,
    kind,
    order,
    image: container.image ?? '',
    ports: (container.ports ?? []).map((p) => p.containerPort),
    status,
    instance,
    ...stateOf(status),
    restartCount: status?.restartCount ?? 0,
    ready: status?.ready ?? false,
    // The kubelet's back-off, from its decision on: STATUS says CrashLoopBackOff only from its next sync.
    backOffUntil: instance?.backOffUntil,
    namespaces: instance?.namespaces,
    // The API says it runs, the runtime has it exited: the status is held (see `apiState`).
    ...(status?.state?.running &&
      named?.state === 'CONTAINER_EXITED' && {
        state: 'terminated',
        reason: named.reason ?? 'Error',
        exitCode: named.exitCode ?? undefined,
        apiState: 'Running',
      }),
  };
}

/** Newest item by a numeric key. */
function newest<T>(items: T[], key: (item: T) => number): T | undefined {
  return items.reduce<T | undefined>(
    (best, item) => (best === undefined || key(item) >= key(best) ? item : best),
    undefined,
  );
}

export function podView(pod: Pod, frame: SimFrame): PodView {
  const name = pod.metadata?.name ?? '';
  const uid = pod.metadata?.uid ?? '';
  return viewOf(pod, {
    sandboxes: frame.sandboxes.filter((s) => s.podUid === uid),
    containers: containersByPodUid(frame).get(uid) ?? [],
    volumes: frame.volumes.filter((v) => v.podName === name),
  });
}

/** What a Pod's view is made of besides the Pod: its sandboxes, container instances and volumes. */
interface PodParts {
  sandboxes: readonly SandboxInfo[];
  containers: readonly ContainerInfo[];
  volumes: readonly VolumeInfo[];
}

function viewOf(pod: Pod, parts: PodParts): PodView {
  const name = pod.metadata?.name ?? '';
  const uid = pod.metadata?.uid ?? '';
  const spec = pod.spec;
  const status = pod.status ?? {};
  const sandbox = newest([...parts.sandboxes], (s) => s.attempt);
  const instances = [...parts.containers];
  const instanceOf = (container: string) =>
    newest(
      instances.filter((c) => c.name === container),
      (c) => c.createdAt * 1000 + c.attempt,
    );
  const statusOf = (list: ContainerStatus[] | undefined, container: string) =>
    list?.find((s) => s.name === container);
  /** The instance the API status names (it may not be the newest while the status is held). */
  const namedBy = (s: ContainerStatus | undefined) =>
    s?.containerID === undefined ? undefined : instances.find((c) => s.containerID === containerIdOf(c));
  const view = (c: Container, kind: ContainerKind, order: number, list: ContainerStatus[] | undefined) => {
    const s = statusOf(list, c.name);
    return containerView(c, kind, order, s, instanceOf(c.name), namedBy(s));
  };

  const inits = spec?.initContainers ?? [];
  const initContainers = inits
    .filter((c) => !isSidecar(c))
    .map((c, i) => view(c, 'init', i + 1, status.initContainerStatuses));
  const sidecars = inits
    .filter((c) => isSidecar(c))
    .map((c) => view(c, 'sidecar', 0, status.initContainerStatuses));
  const regulars = (spec?.containers ?? []).map((c) => view(c, 'regular', 0, status.containerStatuses));
  const columns = kubectlPodColumns(pod);
  const deletion = virtualMs(pod.metadata?.deletionTimestamp);
  return {
    name,
    uid,
    phase: status.phase ?? 'Pending',
    status: columns.status,
    ready: columns.ready,
    restarts: columns.restarts,
    ip: status.podIP ?? '',
    hostIP: status.hostIP ?? '',
    node: spec?.nodeName ?? '',
    terminating: deletion !== undefined,
    graceEndsAt: deletion,
    sandbox,
    initContainers,
    mainContainers: [...regulars, ...sidecars],
    volumes: [...parts.volumes],
    spec,
  };
}

/**
 * Pod views for a new frame, reusing the previous view object of every Pod whose view did not change,
 * so memoised components (one box per Pod) skip the unchanged Pods: with 60 Pods on screen, a kill
 * re-renders one box, not sixty.
 */
export function sharePodViews(previous: readonly PodView[], frame: SimFrame): PodView[] {
  const byUid = new Map(previous.map((view) => [view.uid, view]));
  const sandboxes = groupBy(frame.sandboxes, (s) => s.podUid);
  const containers = containersByPodUid(frame);
  const volumes = groupBy(frame.volumes, (v) => v.podName);
  return frame.pods.map((pod) => {
    const uid = pod.metadata?.uid ?? '';
    const name = pod.metadata?.name ?? '';
    const parts = {
      sandboxes: sandboxes.get(uid) ?? [],
      containers: containers.get(uid) ?? [],
      volumes: volumes.get(name) ?? [],
    };
    // The engine shares unchanged objects between reads: same inputs, same view, nothing to compute.
    const inputs = [pod, ...parts.sandboxes, ...parts.containers];
    const volumeJson = JSON.stringify(parts.volumes);
    const old = byUid.get(uid);
    const oldMemo = old && memo.get(old);
    if (old && oldMemo && oldMemo.volumes === volumeJson && sameItems(oldMemo.inputs, inputs)) return old;
    // Changed inputs may still draw the same (e.g. a new event only): keep the old object then too.
    const next = viewOf(pod, parts);
    const json = JSON.stringify(next);
    const kept = old && oldMemo?.json === json ? old : next;
    memo.set(kept, { inputs, volumes: volumeJson, json });
    return kept;
  });
}

/** Per view: the inputs it was made from (compared by identity) and its JSON. */
const memo = new WeakMap<PodView, { inputs: readonly object[]; volumes: string; json: string }>();

function sameItems(a: readonly object[], b: readonly object[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
