/**
 * The public shapes of the PodScope simulation (DESIGN.md §3).
 * Kubernetes objects use the API types from `kubernetes-types`, so what the engine returns is what
 * `kubectl get pod -o json` would print. The runtime view (sandboxes, containers) mirrors `crictl`.
 */
import type { Event, Pod, PodSpec, PodStatus } from 'kubernetes-types/core/v1';

export type { Event, Pod, PodSpec, PodStatus };

export type PodPhase = 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Unknown';

/** The seven Linux namespace kinds a container process lives in. */
export type NamespaceKind = 'net' | 'ipc' | 'uts' | 'pid' | 'mnt' | 'user' | 'cgroup';
export const NAMESPACE_KINDS: readonly NamespaceKind[] = [
  'net',
  'ipc',
  'uts',
  'pid',
  'mnt',
  'user',
  'cgroup',
];

/** Inode id of each namespace, as `ls -l /proc/<pid>/ns` shows it (`net:[4026532281]`). Equal id = same namespace. */
export type NamespaceIds = Record<NamespaceKind, number>;

/** What `crictl pods` lists. `pid` is the pause process. */
export interface SandboxInfo {
  id: string;
  podName: string;
  podUid: string;
  node: string;
  state: 'SANDBOX_READY' | 'SANDBOX_NOTREADY';
  attempt: number;
  /** Pod IP ('' when hostNetwork: the sandbox uses the Node's IP, reported as hostIP). */
  ip: string;
  pid: number;
  /** Virtual ms. */
  createdAt: number;
  namespaces: NamespaceIds;
  /** The Node's id for the sandbox's network namespace (`lsns -t net`'s NETNSID); absent with hostNetwork. */
  netnsId?: number;
}

export type ContainerKind = 'init' | 'sidecar' | 'regular';

/** What `crictl ps -a` lists: one entry per container *instance* (each restart is a new one). */
export interface ContainerInfo {
  id: string;
  podName: string;
  name: string;
  image: string;
  kind: ContainerKind;
  state: 'CONTAINER_CREATED' | 'CONTAINER_RUNNING' | 'CONTAINER_EXITED';
  attempt: number;
  sandboxId: string;
  /** Host pid of the container's main process (0 once exited). */
  pid: number;
  exitCode: number | null;
  /** Terminated reason when exited: Completed, Error, OOMKilled, StartError. */
  reason?: string;
  createdAt: number;
  startedAt?: number;
  finishedAt?: number;
  /**
   * The kubelet's side, not the runtime's: it refused to restart this exited instance (crash-loop back-off) and
   * will try again at this time. The API status says so (CrashLoopBackOff) only from the kubelet's next sync.
   */
  backOffUntil?: number;
  namespaces: NamespaceIds;
}

export interface NodeInfo {
  name: string;
  /** The Node's own IP (status.hostIP of its Pods). */
  ip: string;
  podCIDR: string;
  /** Host ("root") namespaces: what hostNetwork/hostPID/hostIPC pods and the default user namespace join. */
  namespaces: NamespaceIds;
  /** Addresses of the pod CIDR that IPAM can hand out, and those currently reserved. */
  ipPool: { first: string; last: string; size: number; used: string[] };
}

export interface VolumeInfo {
  podName: string;
  name: string;
  kind: 'emptyDir' | 'persistentVolumeClaim' | 'other';
  /** For persistentVolumeClaim: the claim (its data outlives the Pod). */
  claimName?: string;
  mounts: { container: string; mountPath: string; readOnly: boolean }[];
  /** Files written into the volume (path relative to the volume root → content). */
  files: Record<string, string>;
}

export interface ReplicaSetInfo {
  name: string;
  replicas: number;
  /** Names of the live Pods it owns. */
  pods: string[];
}

/**
 * Every way into the simulation (buttons, terminal, lessons, URL, postMessage) speaks this one vocabulary.
 * `at` is never part of an action: the caller advances time, then dispatches.
 */
export type Action =
  /** Create a Pod from a manifest (object or YAML text). Fails if the name is taken. */
  | { type: 'createPod'; manifest: Pod | string; node?: string }
  /** Create-or-replace (kubectl apply of a Pod whose immutable fields changed): delete at once, then create. */
  | { type: 'applyPod'; manifest: Pod | string; node?: string }
  /** Graceful delete. Default grace = spec.terminationGracePeriodSeconds ?? 30. */
  | { type: 'deletePod'; pod: string; gracePeriodSeconds?: number }
  /** SIGKILL from outside the kubelet (e.g. the OOM killer, `kill -9`): exit 137, no Killing event. */
  | { type: 'killContainer'; pod: string; container: string }
  /** The process exits by itself with this code. */
  | { type: 'exitContainer'; pod: string; container: string; exitCode: number }
  /** The pause process dies: the sandbox becomes NOTREADY. */
  | { type: 'killSandbox'; pod: string }
  /** A controller that keeps `replicas` Pods from `template` (a PodTemplateSpec: kind and apiVersion optional) alive, naming them `<name>-<5 chars>`. */
  | { type: 'createReplicaSet'; name: string; replicas: number; template: Pod | string }
  | { type: 'scaleReplicaSet'; name: string; replicas: number }
  | { type: 'deleteReplicaSet'; name: string }
  /** A process in a container writes a file (into a mounted volume if `path` is under its mountPath, else its own rootfs). */
  | { type: 'writeFile'; pod: string; container: string; path: string; content: string };

export type ActionType = Action['type'];

/** Every action type, for validating untrusted input (URLs, files, postMessage) before it reaches dispatch. */
export const ACTION_TYPES: readonly ActionType[] = [
  'createPod',
  'applyPod',
  'deletePod',
  'killContainer',
  'exitContainer',
  'killSandbox',
  'createReplicaSet',
  'scaleReplicaSet',
  'deleteReplicaSet',
  'writeFile',
];

export interface SimulationOptions {
  seed?: number;
  /** KUBELET.md §3: 'default' = 10 s ×2 capped at 300 s; 'reduced' = 1 s ×2 capped at 60 s (ReduceDefaultCrashLoopBackOffDecay). */
  backoff?: 'default' | 'reduced';
  /** KUBELET.md §10: 'next' = host-local cursor (default); 'reuse' = a re-created sandbox keeps its Pod IP. */
  ipam?: 'next' | 'reuse';
  /** How many Nodes (node-1, node-2, …; 1–16). Each holds at most 110 Pods, like the kubelet's --max-pods. */
  nodes?: number;
}

/** Plain JSON: `JSON.parse(JSON.stringify(s))` restores to an identical simulation. */
export interface SimSnapshot {
  version: 1;
  [key: string]: unknown;
}

export interface Simulation {
  /** Virtual milliseconds since the start. */
  now(): number;
  /** Applies an action at the current virtual time. Invalid → throws an Error naming the problem; state unchanged. */
  dispatch(action: Action): void;
  /** Runs virtual time forward by `ms`, processing every due kubelet step in order. */
  advance(ms: number): void;
  /** Virtual time of the next scheduled step, if any (for "step to next event"). */
  nextStepAt(): number | undefined;
  /** Virtual ms of the latest change to a Pod or the Events (0 if none since creation or restore). */
  changedAt(): number;
  pod(name: string): Pod | undefined;
  pods(): Pod[];
  /** Kubernetes Events, oldest first; repeats aggregated (count, lastTimestamp); bounded. */
  events(): Event[];
  nodes(): NodeInfo[];
  sandboxes(): SandboxInfo[];
  containers(): ContainerInfo[];
  volumes(): VolumeInfo[];
  replicaSets(): ReplicaSetInfo[];
  /**
   * What the container's process printed (`kubectl logs`), from the instance the API status names (`previous`:
   * its lastState). Needs `import './logs'` (the terminal and the lessons load it): throws until then.
   */
  logs(pod: string, container: string, options?: { previous?: boolean }): string[];
  /** Counters for benchmarks: kubelet pod syncs processed so far. */
  stats(): { syncs: number };
  snapshot(): SimSnapshot;
  /** `JSON.stringify(snapshot())`, at a third of the cost (no object built in between). */
  snapshotText(): string;
  /**
   * Replaces the whole state with a snapshot. From `index.ts` (the public API) it throws on a malformed one,
   * state unchanged; `core.ts` (the app's first page) leaves out that check and trusts snapshots its engine wrote.
   */
  restore(snapshot: SimSnapshot): void;
}

/** Virtual clock origin: timestamps are ISO strings from here. */
export const EPOCH_ISO = '2025-01-01T00:00:00Z';
