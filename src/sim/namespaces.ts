/**
 * Linux namespaces of sandboxes and containers (KUBELET.md §6, §10). pkg/kubelet/kuberuntime/util/util.go
 * NamespacesForPod decides the modes; containerd joins containers to the sandbox's net/ipc/uts.
 */
import { FIRST_NAMESPACE_INODE } from './constants';
import type { NodeState } from './state';
import type { NamespaceIds, NamespaceKind, PodSpec } from './types';

/** Inode ids of a fresh kernel's root namespaces (what `ls -l /proc/1/ns` shows on a Node). */
export function rootNamespaces(): NamespaceIds {
  return {
    cgroup: 4026531835,
    pid: 4026531836,
    user: 4026531837,
    uts: 4026531838,
    ipc: 4026531839,
    net: 4026531840,
    mnt: 4026531841,
  };
}

export function firstInode(): number {
  return FIRST_NAMESPACE_INODE;
}

function newInode(node: NodeState): number {
  return node.nextInode++;
}

/** Whose namespace of a kind a Pod's containers are in: the Pod's (held by pause), each their own, or the Node's. */
export type NamespaceScope = 'pod' | 'container' | 'host';

/**
 * The one rule the runtime builds namespaces by (and the legend describes them by): net/uts the Pod's, or the
 * Node's with hostNetwork (UTS follows the network mode); ipc the Pod's, or the Node's with hostIPC; pid each
 * container's own, the Pod's with shareProcessNamespace, the Node's with hostPID; mnt and cgroup each
 * container's own; user the Node's unless `hostUsers: false`, then one per Pod.
 */
export function namespaceScope(kind: NamespaceKind, spec: PodSpec | undefined): NamespaceScope {
  switch (kind) {
    case 'net':
    case 'uts':
      return spec?.hostNetwork ? 'host' : 'pod';
    case 'ipc':
      return spec?.hostIPC ? 'host' : 'pod';
    case 'pid':
      return spec?.hostPID ? 'host' : spec?.shareProcessNamespace ? 'pod' : 'container';
    case 'user':
      return spec?.hostUsers === false ? 'pod' : 'host';
    case 'mnt':
    case 'cgroup':
      return 'container';
  }
}

// The order in which new inodes are numbered (kept stable: ids appear in tests, links and lessons).
const SANDBOX_ORDER: readonly NamespaceKind[] = ['net', 'uts', 'ipc', 'pid', 'mnt', 'cgroup', 'user'];
const CONTAINER_ORDER: readonly NamespaceKind[] = ['net', 'ipc', 'uts', 'user', 'pid', 'mnt', 'cgroup'];

/** The pause container's namespaces: the Node's where the scope is the host's, new ones otherwise. */
export function sandboxNamespaces(spec: PodSpec, node: NodeState): NamespaceIds {
  const root = node.rootNamespaces;
  const ids = {} as NamespaceIds;
  for (const kind of SANDBOX_ORDER)
    ids[kind] = namespaceScope(kind, spec) === 'host' ? root[kind] : newInode(node);
  return ids;
}

/** A container joins the sandbox's namespaces of the Pod's scope, the Node's of the host's, and gets new ones of its own. */
export function containerNamespaces(spec: PodSpec, sandbox: NamespaceIds, node: NodeState): NamespaceIds {
  const root = node.rootNamespaces;
  const ids = {} as NamespaceIds;
  for (const kind of CONTAINER_ORDER) {
    const scope = namespaceScope(kind, spec);
    ids[kind] = scope === 'pod' ? sandbox[kind] : scope === 'host' ? root[kind] : newInode(node);
  }
  return ids;
}
