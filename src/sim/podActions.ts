/**
 * What the kubelet wants to change in a pod, from the runtime's view of it: a port of computePodActions and
 * computeInitContainerActions (pkg/kubelet/kuberuntime/kuberuntime_manager.go, kuberuntime_container.go) and
 * PodSandboxChanged (pkg/kubelet/kuberuntime/util/util.go). Pure: it reads the pod, changes nothing.
 */
import { containerShouldRestart, isSidecar } from './phase';
import { currentSandbox, newestInstance } from './runtime';
import type { PodState } from './state';
import type { PodSpec } from './types';

export interface PodActions {
  killPod: boolean;
  createSandbox: boolean;
  /** The old sandbox's id when it changed ('' for the first sandbox: no SandboxChanged event). */
  sandboxId: string;
  attempt: number;
  initContainersToStart: number[];
  containersToStart: number[];
  /** Running regular containers and sidecars whose spec changed (a new image): killed, then started again. */
  containersToKill?: string[];
}

/** util.go PodSandboxChanged: a new sandbox is needed if none exists, the newest is not ready, >1 are ready, or it has no IP. */
export function podSandboxChanged(pod: PodState): { changed: boolean; attempt: number; sandboxId: string } {
  const newest = currentSandbox(pod);
  if (newest === undefined) return { changed: true, attempt: 0, sandboxId: '' };
  let ready = 0;
  for (const s of pod.sandboxes) if (s.state === 'SANDBOX_READY') ready++;
  const hostNetwork = (pod.manifest.spec as PodSpec).hostNetwork === true;
  if (ready > 1 || newest.state !== 'SANDBOX_READY' || (!hostNetwork && newest.ip === '')) {
    return { changed: true, attempt: newest.attempt + 1, sandboxId: newest.id };
  }
  return { changed: false, attempt: newest.attempt, sandboxId: newest.id };
}

/** kubecontainer.ShouldContainerBeRestarted (pkg/kubelet/container/helpers.go). */
export function shouldContainerBeRestarted(pod: PodState, name: string): boolean {
  if (pod.deletion !== undefined) return false;
  const spec = pod.manifest.spec as PodSpec;
  const status = newestInstance(pod, name);
  if (status === undefined) return true;
  if (status.state === 'CONTAINER_RUNNING') return false;
  if (status.state === 'CONTAINER_CREATED') return true;
  const container = [...(spec.initContainers ?? []), ...spec.containers].find((c) => c.name === name);
  return container !== undefined && containerShouldRestart(container, spec, status.exitCode ?? 0);
}

function computeInitContainerActions(pod: PodState, spec: PodSpec, changes: PodActions): boolean {
  const inits = spec.initContainers ?? [];
  if (inits.length === 0) return true;
  // A regular container created or running means the pod initialized before (init instances may be gone).
  let podHasInitialized = spec.containers.some((c) => {
    const s = newestInstance(pod, c.name);
    return s !== undefined && s.state !== 'CONTAINER_EXITED';
  });
  let isPreviouslyInitialized = podHasInitialized;
  const restartOnFailure = spec.restartPolicy !== 'Never';
  // Iterate backwards: the last init container with a status tells how far initialization got.
  for (let i = inits.length - 1; i >= 0; i--) {
    const container = inits[i] as (typeof inits)[number];
    const status = newestInstance(pod, container.name);
    const sidecar = isSidecar(container);
    if (status === undefined) {
      if (isPreviouslyInitialized && sidecar) changes.initContainersToStart.push(i);
      continue;
    }
    if (isPreviouslyInitialized && !sidecar) continue;
    if (status.state === 'CONTAINER_CREATED') {
      changes.initContainersToStart.push(i);
    } else if (status.state === 'CONTAINER_RUNNING') {
      if (sidecar) {
        if (i === inits.length - 1) podHasInitialized = true;
        else if (!isPreviouslyInitialized) changes.initContainersToStart.push(i + 1);
        // "Restart running sidecar containers which have had their definition changed." A regular init
        // container that already ran is left alone (the `continue` above), whatever its new image.
        if (status.image !== container.image) {
          (changes.containersToKill ??= []).push(container.name);
          changes.initContainersToStart.push(i);
        }
      }
    } else if (sidecar) {
      changes.initContainersToStart.push(i);
    } else if (status.exitCode !== 0) {
      if (!restartOnFailure) {
        changes.killPod = true;
        changes.initContainersToStart = [];
        return false;
      }
      changes.initContainersToStart.push(i);
    } else if (i === inits.length - 1) {
      podHasInitialized = true;
    } else {
      changes.initContainersToStart.push(i + 1);
    }
    isPreviouslyInitialized = true;
  }
  if (!isPreviouslyInitialized) changes.initContainersToStart.push(0);
  changes.initContainersToStart.reverse();
  return podHasInitialized;
}

/** computePodActions for a pod that is not being deleted. */
export function computePodActions(pod: PodState): PodActions {
  const spec = pod.manifest.spec as PodSpec;
  const sandbox = podSandboxChanged(pod);
  const changes: PodActions = {
    killPod: sandbox.changed,
    createSandbox: sandbox.changed,
    sandboxId: sandbox.sandboxId,
    attempt: sandbox.attempt,
    initContainersToStart: [],
    containersToStart: [],
  };
  if (sandbox.changed) {
    // restartPolicy Never: once containers ran, a dead sandbox is not replaced; the pod is just killed.
    if (spec.restartPolicy === 'Never' && sandbox.attempt !== 0 && pod.containers.length > 0) {
      changes.createSandbox = false;
      return changes;
    }
    const toStart = spec.containers
      .map((c, idx) => ({ c, idx }))
      .filter(({ c }) => {
        const s = newestInstance(pod, c.name);
        const succeeded = s?.state === 'CONTAINER_EXITED' && s.exitCode === 0;
        return !(spec.restartPolicy === 'OnFailure' && succeeded);
      })
      .map(({ idx }) => idx);
    if (toStart.length === 0 && spec.containers.some((c) => newestInstance(pod, c.name) !== undefined)) {
      changes.createSandbox = false;
      return changes;
    }
    if ((spec.initContainers ?? []).length > 0) changes.initContainersToStart = [0];
    else changes.containersToStart = toStart;
    return changes;
  }
  const initialized = computeInitContainerActions(pod, spec, changes);
  if (changes.killPod || !initialized) return changes;
  let keepCount = 0;
  spec.containers.forEach((c, idx) => {
    const s = newestInstance(pod, c.name);
    if (s === undefined || s.state !== 'CONTAINER_RUNNING') {
      // Stopped because its definition changed: started again whatever the restart policy.
      if (pod.definitionChanged?.includes(c.name) || shouldContainerBeRestarted(pod, c.name))
        changes.containersToStart.push(idx);
      return;
    }
    // containerChanged (the spec hash): the running instance was made from another image.
    if (s.image !== c.image) {
      (changes.containersToKill ??= []).push(c.name);
      changes.containersToStart.push(idx);
      return;
    }
    keepCount++;
  });
  if (keepCount === 0 && changes.containersToStart.length === 0) {
    changes.killPod = true;
    // Sidecars must not keep a finished pod alive.
    changes.initContainersToStart = [];
  }
  return changes;
}
