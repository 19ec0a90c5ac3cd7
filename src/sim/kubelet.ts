/**
 * The kubelet's pod worker: one sync looks at the runtime, computes actions (podActions.ts) and carries them out
 * (SyncPod in pkg/kubelet/kuberuntime/kuberuntime_manager.go). Slow work (image pulls, container starts, waiting
 * for a TERM'd container) blocks the worker; when it completes the sync simply runs again, so every sync is
 * level-triggered and idempotent.
 */
import { backoffPolicy, isInBackOffSince, nextBackoff } from './backoff';
import { DEFAULT_GRACE_SECONDS, RESYNC_INTERVAL_MS } from './constants';
import { syncTerminatingPod } from './deletion';
import type { Engine } from './engine';
import { ensureImage } from './images';
import { intToIp } from './ipam';
import { formatPod, kubeletEvent } from './objectRefs';
import { computePodActions, type PodActions } from './podActions';
import { isSidecar } from './phase';
import { finalPhase, refreshStatus } from './podStatus';
import {
  createContainer,
  currentSandbox,
  newestInstance,
  purgeInitContainers,
  runPodSandbox,
  stopContainer,
  stopPodSandbox,
} from './runtime';
import type { ContainerState, PodState } from './state';
import { goDuration } from './time';
import type { ContainerKind, PodSpec } from './types';

type Container = PodSpec['containers'][number];

/** The pod worker is blocked: an image pull, a container start or a TERM'd container is still in flight. */
export function isBusy(pod: PodState): boolean {
  return (
    pod.pulling !== undefined ||
    pod.containers.some((c) => c.state === 'CONTAINER_CREATED' || c.stopping !== undefined)
  );
}

/** Grace for kubelet kills: deletionGracePeriodSeconds, else terminationGracePeriodSeconds (killContainer). */
export function killGraceSeconds(pod: PodState): number {
  return (
    pod.deletion?.graceSeconds ??
    (pod.manifest.spec as PodSpec).terminationGracePeriodSeconds ??
    DEFAULT_GRACE_SECONDS
  );
}

function killingEvent(eng: Engine, pod: PodState, c: ContainerState, message: string): void {
  kubeletEvent(eng, pod, c.name, 'Killing', message);
}

/** killContainer: event Killing (once, with the kubelet's reason), then TERM with the pod's grace period. */
function killContainer(eng: Engine, pod: PodState, c: ContainerState, message: string): void {
  if (c.stopping === undefined) killingEvent(eng, pod, c, message);
  stopContainer(eng, pod, c, killGraceSeconds(pod));
}

/**
 * killPodWithSyncResult, container part: every running container is killed at once (event Killing for each), but
 * a sidecar waits for its turn (KEP-753 termination ordering: the other containers first, sidecars in reverse spec
 * order) before its TERM, and then gets only what is left of the grace period, at least 2 s (killContainer:
 * `gracePeriod -= waitForTurn(...)`). True while any still runs.
 */
export function killRunningContainers(eng: Engine, pod: PodState): boolean {
  const running = (sidecar: boolean): ContainerState[] =>
    pod.containers.filter((c) => c.state === 'CONTAINER_RUNNING' && (c.kind === 'sidecar') === sidecar);
  const grace = killGraceSeconds(pod);
  const starting = pod.killStartedAt === undefined;
  pod.killStartedAt ??= eng.now;
  for (const c of running(false)) killContainer(eng, pod, c, `Stopping container ${c.name}`);
  if (starting)
    for (const c of running(true).reverse()) killingEvent(eng, pod, c, `Stopping container ${c.name}`);
  if (running(false).length === 0) {
    // killContainer truncates the wait to whole seconds (int64 of waitForTurn's float).
    const waited = Math.floor((eng.now - pod.killStartedAt) / 1000);
    // Each sidecar waits for the ones after it: TERM the last, and the one before once that one is gone.
    for (const c of running(true).reverse()) if (stopContainer(eng, pod, c, grace - waited)) break;
  }
  if (running(false).length + running(true).length > 0) return true;
  pod.killStartedAt = undefined;
  return false;
}

/** The kubelet is done with the pod: sandboxes stopped, terminal phase fixed, IPs kept in the final status. */
export function finishPod(eng: Engine, pod: PodState, podIsTerminal: boolean): void {
  const sandbox = currentSandbox(pod);
  // preserveDataFromBeforeStopping keeps the IPs the runtime reported before the stop, which it reads only from
  // a READY sandbox (whose IP is still held): a Pod whose pause was killed ends with no IP.
  if (sandbox?.state === 'SANDBOX_READY' && sandbox.ip !== '') pod.keptIP = sandbox.ip;
  else if (pod.status.podIP !== undefined) pod.keptIP = pod.status.podIP;
  pod.status.phase = finalPhase(pod, podIsTerminal);
  for (const s of pod.sandboxes) if (!s.stopped) stopPodSandbox(eng, pod, s);
  pod.terminal = true;
  eng.touch(pod);
}

/** A start either got going (the worker now waits for the pull or the start) or is held back by back-off. */
type StartResult = 'busy' | 'backoff';

/** The `start` closure of SyncPod: doBackOff, then EnsureImageExists, CreateContainer, StartContainer. */
function startContainerOnce(eng: Engine, pod: PodState, spec: Container, kind: ContainerKind): StartResult {
  const last = newestInstance(pod, spec.name);
  // A container stopped for a new definition is started again at once: SyncPod's doBackOff saw it running.
  const changed = pod.definitionChanged?.includes(spec.name) === true;
  // doBackOff (kuberuntime_manager.go): measured from the FinishedAt of the last exited instance.
  if (
    !changed &&
    last !== undefined &&
    last.state === 'CONTAINER_EXITED' &&
    pod.backoff[spec.name]?.afterId !== last.id
  ) {
    const kept = pod.backoff[spec.name];
    const entry = kept?.image === spec.image ? kept : undefined;
    const finishedAt = last.finishedAt ?? eng.now;
    if (entry !== undefined && isInBackOffSince(entry, finishedAt, eng.now)) {
      const podName = formatPod(pod);
      // doBackOff records the event on every sync it holds the container back (the recorder counts them).
      kubeletEvent(
        eng,
        pod,
        spec.name,
        'BackOff',
        `Back-off restarting failed container ${spec.name} in pod ${podName}`,
        'Warning',
      );
      pod.reasons[spec.name] = {
        reason: 'CrashLoopBackOff',
        message: `back-off ${goDuration(entry.backoffMs)} restarting failed container=${spec.name} pod=${podName}`,
        containerId: last.id,
      };
      eng.touch(pod);
      // BackoffError: the pod worker re-syncs when the back-off expires, or at its resync interval if that comes
      // first (completeWork). The status that sync writes says CrashLoopBackOff; this one's said Error.
      eng.requestSync(pod, Math.min(finishedAt + entry.backoffMs, eng.now + RESYNC_INTERVAL_MS));
      return 'backoff';
    }
    pod.backoff[spec.name] = {
      ...nextBackoff(entry, finishedAt, eng.now, backoffPolicy(eng.state.options.backoff)),
      afterId: last.id,
      image: spec.image,
    };
    // The wait is over (the card's countdown ends), even while the restart pulls its image.
    eng.touch(pod);
  }
  // EnsureImageExists: the image is on the Node, or a pull starts (the worker waits), or it is refused.
  const image = ensureImage(eng, pod, spec, last?.id ?? '');
  if (image !== 'ready') return image;
  const sandbox = currentSandbox(pod);
  if (sandbox === undefined) return 'busy';
  createContainer(eng, pod, spec, kind, sandbox);
  if (changed) {
    pod.definitionChanged = pod.definitionChanged?.filter((n) => n !== spec.name);
    if (pod.definitionChanged?.length === 0) delete pod.definitionChanged;
  }
  kubeletEvent(eng, pod, spec.name, 'Created', 'Container created');
  return 'busy';
}

/**
 * SyncPod step 3: stop the running containers whose definition changed (event Killing "Container app
 * definition changed, will be restarted", for a sidecar "Init container log-shipper definition changed").
 * The sync that follows their exit starts them again. True while any is still stopping.
 */
function stopChangedContainers(eng: Engine, pod: PodState, actions: PodActions): boolean {
  const spec = pod.manifest.spec as PodSpec;
  for (const name of actions.containersToKill ?? []) {
    const running = newestInstance(pod, name);
    if (running?.state !== 'CONTAINER_RUNNING') continue;
    if (!pod.definitionChanged?.includes(name))
      pod.definitionChanged = [...(pod.definitionChanged ?? []), name];
    const sidecar = spec.initContainers?.some((c) => c.name === name) === true;
    const message = sidecar
      ? `Init container ${name} definition changed`
      : `Container ${name} definition changed, will be restarted`;
    killContainer(eng, pod, running, message);
  }
  return isBusy(pod);
}

/**
 * The pod worker is inside one SyncPod: blocked on a pull, a start or a TERM'd container, or about to resume
 * after the last of those (the kubelet writes the API status only when a sync starts).
 */
export function isMidSync(pod: PodState): boolean {
  return isBusy(pod) || pod.syncContinues === true;
}

/**
 * One pod worker sync (SyncPod, or the terminating path for deleted pods). `continuing`: a pull or a start
 * the sync was blocked on has finished, and the same SyncPod goes on.
 */
export function syncPod(eng: Engine, pod: PodState, continuing = false): void {
  eng.state.syncs++;
  if (pod.cleanedUp || pod.node === '' || isBusy(pod)) return;
  const resumed = continuing || pod.syncContinues === true;
  delete pod.syncContinues;
  if (pod.startTime === undefined) {
    pod.startTime = eng.now;
    eng.touch(pod);
  }
  // A sync begins by writing the API status from the runtime as it is now (generateAPIPodStatus), with the
  // start failures the syncs before it cached: this sync's own are cached after its runtime sync.
  if (!resumed) {
    // What a blocked sync's pull left for it to resume with is no longer meant for anyone.
    delete pod.pulledFor;
    delete pod.pullFailedFor;
    if (JSON.stringify(pod.reasonsWritten ?? {}) !== JSON.stringify(pod.reasons)) {
      pod.reasonsWritten = { ...pod.reasons };
      eng.touch(pod);
    }
    if (pod.statusHeld || eng.dirty.has(pod)) {
      refreshStatus(eng, pod);
      delete pod.statusHeld;
    }
  }
  // A delete that came while this SyncPod was blocked on a pull or a start does not cancel it (context.WithoutCancel
  // in kubelet.go SyncPod): the container in flight is created and started, then the terminating sync follows.
  if (pod.deletion !== undefined && !continuing) return syncTerminatingPod(eng, pod);
  if (pod.terminal) return;
  runtimeSync(eng, pod);
  // That SyncPod has returned with a delete waiting: the pod worker's next work is the terminating sync.
  if (pod.deletion !== undefined && !isBusy(pod) && !pod.terminal) syncTerminatingPod(eng, pod);
}

/** SyncPod's runtime part (kuberuntime_manager.go SyncPod): kill, sandbox, then the containers to start. */
function runtimeSync(eng: Engine, pod: PodState): void {
  const spec = pod.manifest.spec as PodSpec;
  if (pod.deletion !== undefined) {
    // Deleted while this SyncPod was blocked: it finishes the container in flight (pulled → created → started);
    // the rest of its plan, and anything a fresh plan would add (a new sandbox), gives way to the terminating sync.
    const inits = spec.initContainers ?? [];
    const c = [...inits, ...spec.containers].find((x) => x.name === pod.pulledFor?.container);
    if (c)
      startContainerOnce(eng, pod, c, !inits.includes(c) ? 'regular' : isSidecar(c) ? 'sidecar' : 'init');
    return;
  }
  const actions = pod.killing ?? computePodActions(pod);
  if (actions.killPod) {
    if (actions.createSandbox && actions.sandboxId !== '' && pod.killing === undefined) {
      kubeletEvent(
        eng,
        pod,
        undefined,
        'SandboxChanged',
        'Pod sandbox changed, it will be killed and re-created.',
      );
    }
    pod.killing = actions;
    if (killRunningContainers(eng, pod)) return;
    pod.killing = undefined;
    if (!actions.createSandbox) return finishPod(eng, pod, false);
    for (const s of pod.sandboxes) if (!s.stopped) stopPodSandbox(eng, pod, s);
    purgeInitContainers(eng, pod);
  }
  if (actions.createSandbox) {
    const previousIp = currentSandbox(pod)?.ip;
    if (runPodSandbox(eng, pod, actions.attempt, previousIp) === undefined) {
      const pool = eng.node(pod.node).pool;
      const range = `${intToIp(pool.first)}-${intToIp(pool.last)}`;
      const message = `Failed to create pod sandbox: plugin type="host-local" failed (add): failed to allocate for range 0: no IP addresses available in range set: ${range}`;
      kubeletEvent(eng, pod, undefined, 'FailedCreatePodSandBox', message, 'Warning');
      eng.requestSync(pod, eng.now + 10_000);
      return;
    }
  }
  if (stopChangedContainers(eng, pod, actions)) return;
  const inits = spec.initContainers ?? [];
  for (const idx of actions.initContainersToStart) {
    const c = inits[idx] as Container;
    const r = startContainerOnce(eng, pod, c, isSidecar(c) ? 'sidecar' : 'init');
    if (r === 'busy') return;
    // A regular init container that cannot start stops initialization; a sidecar is skipped.
    if (r === 'backoff' && !isSidecar(c)) return;
  }
  for (const idx of actions.containersToStart) {
    if (startContainerOnce(eng, pod, spec.containers[idx] as Container, 'regular') === 'busy') return;
  }
}
