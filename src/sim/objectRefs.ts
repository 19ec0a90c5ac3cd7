/** How the kubelet names a pod in events and messages (GenerateContainerRef, format.Pod). */
import type { Engine } from './engine';
import type { EventRecord, PodState } from './state';
import type { PodSpec } from './types';

export function podObjectRef(pod: PodState, fieldPath?: string): EventRecord['object'] {
  return { kind: 'Pod', apiVersion: 'v1', name: pod.name, uid: pod.uid, ...(fieldPath ? { fieldPath } : {}) };
}

/** `spec.containers{app}` / `spec.initContainers{init}` (kubecontainer.GenerateContainerRef). */
export function podFieldPath(pod: PodState, container: string): string {
  const inits = (pod.manifest.spec as PodSpec).initContainers ?? [];
  return inits.some((c) => c.name === container)
    ? `spec.initContainers{${container}}`
    : `spec.containers{${container}}`;
}

function kubeletSource(pod: PodState): EventRecord['source'] {
  return { component: 'kubelet', host: pod.node };
}

/** An event the kubelet records on this Pod, or on one of its containers (`container`: its field path). */
export function kubeletEvent(
  eng: Engine,
  pod: PodState,
  container: string | undefined,
  reason: string,
  message: string,
  type?: 'Warning',
): void {
  const object = podObjectRef(pod, container && podFieldPath(pod, container));
  eng.event({ object, reason, message, type, source: kubeletSource(pod) });
}

/** format.Pod: `web_default(<uid>)`. */
export function formatPod(pod: PodState): string {
  return `${pod.name}_default(${pod.uid})`;
}
