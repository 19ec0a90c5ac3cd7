import type { MessageKey, MessageParams } from '../i18n';
import { containerIdOf } from '../sim/containerStatuses';
import type { ContainerInfo, Pod } from '../sim/types';

/** Waiting reasons that mean the container's image could not be had (EnsureImageExists refused it). */
const IMAGE_REFUSALS = new Set(['ErrImagePull', 'ImagePullBackOff', 'InvalidImageName', 'ErrImageNeverPull']);
import { containersByPodUid, type SimFrame } from './frame';

/** One narrated fact: an i18n key with parameters (the view translates; the store stays language-free). */
export interface NarrationItem {
  key: MessageKey;
  params: MessageParams;
}

export interface NarrationLine {
  id: number;
  at: number;
  items: NarrationItem[];
}

type ContainerStatus = NonNullable<NonNullable<Pod['status']>['containerStatuses']>[number];

function statuses(pod: Pod): ContainerStatus[] {
  return [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
}

function containersOf(pod: Pod) {
  return [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])];
}

/**
 * What changed between two frames, in the order cause → effect, for the live region: "pause container
 * of web died; sandbox re-created; Pod IP 10.244.1.2 → 10.244.1.3; app restarted (1)".
 */
export function narrate(prev: SimFrame, next: SimFrame): NarrationItem[] {
  const items: NarrationItem[] = [];
  const prevPods = new Map(prev.pods.map((p) => [p.metadata?.uid ?? '', p]));
  const nextUids = new Set(next.pods.map((p) => p.metadata?.uid ?? ''));
  // The runtime's instances, built once if a Pod changed: the previous frame's by the containerID the API
  // names them with, the next frame's by Pod.
  let runtime: { before: Map<string, ContainerInfo>; byPod: Map<string, ContainerInfo[]> } | undefined;
  const instancesOf = () => ({
    before: new Map(prev.containers.map((c) => [containerIdOf(c), c])),
    byPod: containersByPodUid(next),
  });

  // Gone first: a Pod replaced under its name (kubectl replace --force) is deleted, then created.
  for (const [uid, pod] of prevPods) {
    if (!nextUids.has(uid)) items.push({ key: 'narrate.podGone', params: { pod: pod.metadata?.name ?? '' } });
  }
  for (const pod of next.pods) {
    const uid = pod.metadata?.uid ?? '';
    const name = pod.metadata?.name ?? '';
    const before = prevPods.get(uid);
    if (!before) {
      items.push({ key: 'narrate.podCreated', params: { pod: name } });
      continue;
    }
    // The engine hands out the same object while a Pod (and its sandboxes) did not change.
    if (before === pod) continue;
    const oldSandboxes = prev.sandboxes.filter((s) => s.podUid === uid);
    const newSandboxes = next.sandboxes.filter((s) => s.podUid === uid);
    // A Pod that is being deleted or has finished: the kubelet stops its sandbox itself, after the
    // containers (StopPodSandbox), so that is told after their exits, not as a death before them.
    const ending =
      pod.metadata?.deletionTimestamp !== undefined ||
      pod.status?.phase === 'Succeeded' ||
      pod.status?.phase === 'Failed';
    let stopped = false;
    for (const sandbox of newSandboxes) {
      const old = oldSandboxes.find((s) => s.id === sandbox.id);
      if (old?.state === 'SANDBOX_READY' && sandbox.state === 'SANDBOX_NOTREADY') {
        if (ending) stopped = true;
        else items.push({ key: 'narrate.pauseDied', params: { pod: name } });
      }
      if (!old && oldSandboxes.length > 0)
        items.push({ key: 'narrate.sandboxRecreated', params: { pod: name, attempt: sandbox.attempt } });
    }
    const oldIp = before.status?.podIP ?? '';
    const newIp = pod.status?.podIP ?? '';
    if (oldIp !== newIp) {
      // The status has no IP between the old sandbox and the new one: the old one's IP is the last it had.
      const from = oldIp || oldSandboxes.findLast((s) => s.ip && s.ip !== newIp)?.ip;
      if (from && newIp && from !== newIp)
        items.push({ key: 'narrate.ipChanged', params: { pod: name, from, to: newIp } });
      else if (newIp) items.push({ key: 'narrate.ipAssigned', params: { pod: name, ip: newIp } });
      // The status drops the IP once the sandbox is not ready; the Node's pool frees it only when the
      // kubelet stops the sandbox, so this is not (yet) a release.
      else items.push({ key: 'narrate.ipReleased', params: { pod: name, ip: oldIp } });
    }
    if (!before.metadata?.deletionTimestamp && pod.metadata?.deletionTimestamp)
      items.push({ key: 'narrate.terminating', params: { pod: name } });
    // An update in place (kubectl apply of a new image): told before the restart it causes.
    const oldImages = new Map(containersOf(before).map((c) => [c.name, c.image]));
    for (const c of containersOf(pod)) {
      const from = oldImages.get(c.name);
      if (from && from !== c.image)
        items.push({
          key: 'narrate.imageChanged',
          params: { pod: name, container: c.name, from, to: c.image ?? '' },
        });
    }
    // An exit the API does not show (the kubelet's sync is blocked, its status held): told from the runtime.
    runtime ??= instancesOf();
    const { before: wasBefore } = runtime;
    const shown = new Set(statuses(pod).flatMap((s) => (s.state?.terminated ? [s.containerID] : [])));
    for (const c of runtime.byPod.get(uid) ?? []) {
      const id = containerIdOf(c);
      if (c.state === 'CONTAINER_EXITED' && wasBefore.get(id)?.state !== 'CONTAINER_EXITED' && !shown.has(id))
        items.push({ key: 'narrate.exitedHeld', params: { container: c.name, code: c.exitCode ?? '' } });
    }
    const oldStatuses = new Map(statuses(before).map((s) => [s.name, s]));
    for (const status of statuses(pod)) {
      const old = oldStatuses.get(status.name);
      if (!old) continue;
      // An exit already told from the runtime while the status was held is not told again.
      const toldHeld = wasBefore.get(status.containerID ?? '')?.state === 'CONTAINER_EXITED';
      if (!old.state?.terminated && status.state?.terminated && !toldHeld)
        items.push({
          key: 'narrate.exited',
          params: {
            container: status.name,
            code: status.state.terminated.exitCode,
            reason: status.state.terminated.reason ?? '',
          },
        });
      // A purged container counted as restarted (ContainerStatusUnknown) but still waiting: told when it starts.
      if (
        status.restartCount > old.restartCount &&
        status.lastState?.terminated?.reason !== 'ContainerStatusUnknown'
      )
        items.push({
          key: 'narrate.restarted',
          params: { container: status.name, count: status.restartCount },
        });
      else if (!old.state?.running && status.state?.running && status.restartCount === 0)
        items.push({ key: 'narrate.started', params: { container: status.name } });
      const reason = status.state?.waiting?.reason;
      if (reason === 'CrashLoopBackOff' && old.state?.waiting?.reason !== reason)
        items.push({ key: 'narrate.crashLoop', params: { container: status.name } });
      // The image could not be had (a typo, a missing tag, a name the kubelet cannot parse): told as STATUS says it.
      if (reason && IMAGE_REFUSALS.has(reason) && old.state?.waiting?.reason !== reason)
        items.push({ key: 'narrate.imageRefused', params: { container: status.name, reason } });
    }
    // The kubelet chose to wait before a restart: told when it decides, not when STATUS says so (its next sync).
    for (const c of runtime.byPod.get(uid) ?? []) {
      const until = c.backOffUntil;
      if (until !== undefined && wasBefore.get(containerIdOf(c))?.backOffUntil === undefined) {
        const seconds = Math.round((until - (c.finishedAt ?? 0)) / 1000);
        items.push({ key: 'narrate.backOff', params: { container: c.name, seconds } });
      }
    }
    if (stopped) items.push({ key: 'narrate.sandboxStopped', params: { pod: name } });
    const oldPhase = before.status?.phase;
    const newPhase = pod.status?.phase;
    if (oldPhase && newPhase && oldPhase !== newPhase)
      items.push({ key: 'narrate.phase', params: { pod: name, from: oldPhase, to: newPhase } });
  }
  return items;
}
