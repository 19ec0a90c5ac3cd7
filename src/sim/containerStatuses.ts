/**
 * API container statuses from runtime instances: a port of convertToAPIContainerStatuses
 * (pkg/kubelet/kubelet_pods.go; KUBELET.md §2). Newest instance → `state`, the one before → `lastState`;
 * a container that will restart and has a cached start failure (CrashLoopBackOff, as the last sync read the
 * cache) shows `Waiting` with the terminated state moved to `lastState`; terminated statuses of purged instances carry over from the old status.
 */
import { shouldContainerBeRestarted } from './podActions';
import { digestHex } from './random';
import type { ContainerState, PodState } from './state';
import { isoAt } from './time';
import type { PodSpec, PodStatus } from './types';

type ContainerStatus = NonNullable<PodStatus['containerStatuses']>[number];
type ApiContainerState = NonNullable<ContainerStatus['state']>;
type Container = PodSpec['containers'][number];

/** What containerd reports as the image: fully qualified, with a tag. */
export function normalizedImage(image: string): string {
  const slash = image.indexOf('/');
  const first = slash < 0 ? '' : image.slice(0, slash);
  let ref = image;
  if (slash < 0) ref = `docker.io/library/${image}`;
  else if (!first.includes('.') && !first.includes(':') && first !== 'localhost') ref = `docker.io/${image}`;
  const lastPart = ref.slice(ref.lastIndexOf('/') + 1);
  return lastPart.includes(':') || lastPart.includes('@') ? ref : `${ref}:latest`;
}

const imageIdCache = new Map<string, string>();

/** `repo@sha256:<digest>` (stable: does not depend on the seed). Memoised (pure, on the hot path). */
export function imageId(image: string): string {
  let id = imageIdCache.get(image);
  if (id === undefined) {
    const ref = normalizedImage(image);
    const repo = ref.includes('@') ? ref.split('@')[0] : ref.slice(0, ref.lastIndexOf(':'));
    id = `${repo}@sha256:${digestHex(ref)}`;
    if (imageIdCache.size > 1000) imageIdCache.clear();
    imageIdCache.set(image, id);
  }
  return id;
}

/** The API's containerID for a runtime instance (state or its read view): `containerd://<id>`. */
export function containerIdOf(c: Pick<ContainerState, 'id'>): string {
  return `containerd://${c.id}`;
}

/** Exited instances never change: their API state is built once (the status is regenerated on every step). */
const exitedStates = new WeakMap<ContainerState, ApiContainerState>();

function apiState(c: ContainerState): ApiContainerState {
  if (c.state === 'CONTAINER_EXITED') {
    let s = exitedStates.get(c);
    if (s === undefined) {
      s = buildApiState(c);
      exitedStates.set(c, s);
    }
    return s;
  }
  return buildApiState(c);
}

function buildApiState(c: ContainerState): ApiContainerState {
  if (c.state === 'CONTAINER_RUNNING') return { running: { startedAt: isoAt(c.startedAt ?? c.createdAt) } };
  if (c.state === 'CONTAINER_CREATED') return { waiting: {} };
  return {
    terminated: {
      exitCode: c.exitCode ?? 0,
      reason: c.reason ?? 'Error',
      startedAt: isoAt(c.startedAt ?? c.createdAt),
      finishedAt: isoAt(c.finishedAt ?? c.createdAt),
      containerID: containerIdOf(c),
    },
  };
}

function fromInstance(c: ContainerState, kind: 'init' | 'sidecar' | 'regular'): ContainerStatus {
  const running = c.state === 'CONTAINER_RUNNING';
  // No probes are modelled: running means started and ready; a regular init container is ready once it completed.
  const ready = kind === 'init' ? c.state === 'CONTAINER_EXITED' && c.exitCode === 0 : running;
  return {
    name: c.name,
    state: apiState(c),
    lastState: {},
    ready,
    restartCount: c.attempt,
    image: normalizedImage(c.image),
    imageID: imageId(c.image),
    containerID: containerIdOf(c),
    started: running,
  };
}

/**
 * Built statuses per pod and container name, with the signature of what they were built from: a status is
 * regenerated on every step, but usually nothing changed for most containers, so the old object is reused
 * (statuses are never mutated in place; views copy them).
 */
interface CacheEntry {
  newest: ContainerState;
  state: ContainerState['state'];
  prev: ContainerState | undefined;
  waiting: string | undefined;
  status: ContainerStatus;
}
const statusCache = new WeakMap<PodState, Map<string, CacheEntry>>();

/** convertToAPIContainerStatuses' words (two spaces included) for a running container the runtime lost. */
const LOST = 'The container could not be located when the pod was deleted.  The container used to be Running';

export function containerStatuses(
  pod: PodState,
  containers: readonly Container[],
  isInit: boolean,
  previous: readonly ContainerStatus[] | undefined,
): ContainerStatus[] {
  const hasInit = ((pod.manifest.spec as PodSpec).initContainers ?? []).length > 0;
  const defaultReason = hasInit ? 'PodInitializing' : 'ContainerCreating';
  let cache = statusCache.get(pod);
  if (cache === undefined) {
    cache = new Map();
    statusCache.set(pod, cache);
  }
  return containers.map((spec) => {
    const kind = !isInit ? 'regular' : spec.restartPolicy === 'Always' ? 'sidecar' : 'init';
    // The two newest instances of this name (hot path: a loop, no arrays).
    let newest: ContainerState | undefined;
    let prev: ContainerState | undefined;
    for (let i = pod.containers.length - 1; i >= 0; i--) {
      const c = pod.containers[i] as ContainerState;
      if (c.name !== spec.name) continue;
      if (newest === undefined) newest = c;
      else {
        prev = c;
        break;
      }
    }
    // A container that will be restarted and whose last start failed shows Waiting with that reason
    // (an init container that completed is never restarted).
    // (A snapshot from before reasonsWritten: the cache itself, until the next sync writes it.)
    const reason = (pod.reasonsWritten ?? pod.reasons)[spec.name];
    const completedInit = isInit && newest?.state === 'CONTAINER_EXITED' && newest.exitCode === 0;
    const waitingReason =
      reason !== undefined && !completedInit && shouldContainerBeRestarted(pod, spec.name)
        ? reason
        : undefined;
    const hit = cache.get(spec.name);
    if (
      newest !== undefined &&
      hit?.newest === newest &&
      hit.state === newest.state &&
      hit.prev === prev &&
      hit.waiting === waitingReason?.message
    ) {
      return hit.status;
    }
    const old = previous?.find((s) => s.name === spec.name);
    let status: ContainerStatus;
    if (newest !== undefined) {
      status = fromInstance(newest, kind);
      if (prev !== undefined) status.lastState = apiState(prev);
      // GC removed the one before as this one exited: while it is to be restarted, the status names that one
      // until the sync that writes CrashLoopBackOff (or starts the next). Not once nothing will restart it: the
      // kubelet's next sync finds one instance, and no lastState.
      else if (
        old?.lastState &&
        old.containerID === status.containerID &&
        shouldContainerBeRestarted(pod, spec.name)
      )
        status.lastState = old.lastState;
    } else if (old?.state?.terminated !== undefined) {
      // The runtime no longer has it (purged init container): the last known terminated status stays.
      status = structuredClone(old);
    } else {
      status = {
        name: spec.name,
        state: { waiting: { reason: defaultReason } },
        lastState: old?.lastState ? structuredClone(old.lastState) : {},
        ready: false,
        restartCount: old?.restartCount ?? 0,
        image: spec.image ?? '',
        imageID: '',
        started: false,
      };
      // The runtime lost one the last status called running (a sidecar or init container purged with its old
      // sandbox): it ended, exit unknown; and unless the Pod is being deleted, that was a restart.
      if (old?.state?.running !== undefined && status.lastState?.terminated === undefined) {
        status.lastState = { terminated: { exitCode: 137, reason: 'ContainerStatusUnknown', message: LOST } };
        if (pod.deletion === undefined) status.restartCount += 1;
      }
    }
    if (waitingReason !== undefined) {
      if (status.state?.terminated !== undefined) status.lastState = status.state;
      status.state = { waiting: { reason: waitingReason.reason, message: waitingReason.message } };
    }
    if (newest !== undefined) {
      cache.set(spec.name, { newest, state: newest.state, prev, waiting: waitingReason?.message, status });
    }
    return status;
  });
}
