/**
 * Linux namespaces of sandboxes and containers (KUBELET.md §6, §10). pkg/kubelet/kuberuntime/util/util.go
 * NamespacesForPod decides the modes; containerd joins containers to the sandbox's net/ipc/uts.
 */
import { FIRST_NAMESPACE_INODE } from './constants';
import type { NodeState } from './state';
import type { NamespaceIds, PodSpec } from './types';

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

/**
 * The pause container's namespaces: new net/uts (Node's with hostNetwork), ipc (Node's with hostIPC), its own pid
 * namespace (the Pod's with shareProcessNamespace, the Node's with hostPID), mnt and cgroup; user = Node's unless
 * `hostUsers: false`, then a new one that the Pod's containers share.
 */
export function sandboxNamespaces(spec: PodSpec, node: NodeState): NamespaceIds {
  const root = node.rootNamespaces;
  const net = spec.hostNetwork ? root.net : newInode(node);
  return {
    net,
    // UTS follows the network mode: a hostNetwork pod sees the Node's hostname.
    uts: spec.hostNetwork ? root.uts : newInode(node),
    ipc: spec.hostIPC ? root.ipc : newInode(node),
    pid: spec.hostPID ? root.pid : newInode(node),
    mnt: newInode(node),
    cgroup: newInode(node),
    user: spec.hostUsers === false ? newInode(node) : root.user,
  };
}

/** An app container joins the sandbox's net/ipc/uts (and user); pid is its own unless shared; mnt/cgroup are new. */
export function containerNamespaces(spec: PodSpec, sandbox: NamespaceIds, node: NodeState): NamespaceIds {
  const root = node.rootNamespaces;
  let pid: number;
  if (spec.hostPID) pid = root.pid;
  else if (spec.shareProcessNamespace) pid = sandbox.pid;
  else pid = newInode(node);
  return {
    net: sandbox.net,
    ipc: sandbox.ipc,
    uts: sandbox.uts,
    user: sandbox.user,
    pid,
    mnt: newInode(node),
    cgroup: newInode(node),
  };
}
