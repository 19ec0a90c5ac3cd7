/**
 * Lookups over the frame that every command needs: a Pod by name, its sandboxes and container instances (matched
 * by uid, so a re-created Pod with the same name never shows its predecessor's), and its Node.
 */
import type { ContainerInfo, NodeInfo, Pod, SandboxInfo } from '../sim/types';
import type { TerminalContext } from './types';

export const podName = (pod: Pod): string => pod.metadata?.name ?? '';

export function findPod(ctx: TerminalContext, name: string): Pod | undefined {
  return ctx.frame.pods.find((p) => podName(p) === name);
}

/** Every sandbox of the Pod, oldest first (the runtime keeps a dead one while a container refers to it). */
export function sandboxesOf(ctx: TerminalContext, pod: Pod): SandboxInfo[] {
  const uid = pod.metadata?.uid;
  return ctx.frame.sandboxes.filter((s) => s.podUid === uid);
}

/** The newest sandbox: the one whose namespaces the Pod's containers live in now. */
export function currentSandbox(ctx: TerminalContext, pod: Pod): SandboxInfo | undefined {
  return sandboxesOf(ctx, pod).at(-1);
}

/** Every container instance of the Pod (each restart is a new instance), oldest first. */
export function instancesOf(ctx: TerminalContext, pod: Pod): ContainerInfo[] {
  const ids = new Set(sandboxesOf(ctx, pod).map((s) => s.id));
  return ctx.frame.containers.filter((c) => ids.has(c.sandboxId));
}

/** The newest instance of one container (what `kubectl exec -c` reaches, if it runs). */
export function newestInstance(ctx: TerminalContext, pod: Pod, container: string): ContainerInfo | undefined {
  return instancesOf(ctx, pod)
    .filter((c) => c.name === container)
    .at(-1);
}

export function nodeOf(ctx: TerminalContext, pod: Pod): NodeInfo | undefined {
  return ctx.frame.nodes.find((n) => n.name === pod.spec?.nodeName) ?? ctx.frame.nodes[0];
}

/** Every container name of the spec: init containers (and sidecars) first, like kubectl lists them. */
export function containerNames(pod: Pod): string[] {
  return [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])].map((c) => c.name);
}

/** Spec of a container by name (init or regular). */
export function containerSpec(pod: Pod, name: string) {
  return [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])].find((c) => c.name === name);
}

/** `pod/web` or `pods/web` → `web` (kubectl accepts TYPE/NAME). */
export function stripPodPrefix(arg: string): string {
  return arg.replace(/^(?:pods?|po)\//, '');
}

/** kubectl's NotFound error for a Pod. */
export const podNotFound = (name: string): string => `Error from server (NotFound): pods "${name}" not found`;
