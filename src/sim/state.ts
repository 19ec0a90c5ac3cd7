/**
 * The simulation's internal state: plain JSON (no Maps, no classes), so a snapshot is a deep copy of it.
 * Public shapes (types.ts) are derived from this on demand.
 */
import type { PodActions } from './podActions';
import type { ProcessPlan } from './process';
import type { Step } from './scheduler';
import type { ContainerKind, NamespaceIds, Pod, PodStatus } from './types';

export interface NodeState {
  name: string;
  ip: string;
  podCIDR: string;
  rootNamespaces: NamespaceIds;
  nextInode: number;
  nextPid: number;
  pool: IpPool;
  /** Images whose layers are on this Node (pulled at least once). */
  images: string[];
}

/** host-local IPAM state for one Node's pod CIDR (addresses as 32-bit integers). */
export interface IpPool {
  first: number;
  last: number;
  /** Last address handed out: the next search starts after it (KUBELET.md §10). */
  cursor: number;
  used: string[];
}

export interface SandboxState {
  id: string;
  attempt: number;
  state: 'SANDBOX_READY' | 'SANDBOX_NOTREADY';
  /** '' for hostNetwork pods. Kept after the sandbox stops (for display); `ipReleased` says if IPAM has it back. */
  ip: string;
  ipReleased: boolean;
  pid: number;
  createdAt: number;
  /** StopPodSandbox was called (networking torn down). */
  stopped: boolean;
  namespaces: NamespaceIds;
  /**
   * The id the Node's root network namespace gave this sandbox's (its peer netns id, `lsns -t net`'s NETNSID):
   * the lowest one free when the CNI plugin moved the veth's host end out of it. Kept until StopPodSandbox
   * removes the namespace. Absent with hostNetwork (and in sessions saved before it was modelled).
   */
  netnsId?: number;
}

export interface ContainerState {
  id: string;
  name: string;
  kind: ContainerKind;
  image: string;
  /** = restartCount of this instance. */
  attempt: number;
  sandboxId: string;
  state: 'CONTAINER_CREATED' | 'CONTAINER_RUNNING' | 'CONTAINER_EXITED';
  pid: number;
  exitCode: number | null;
  reason?: string;
  createdAt: number;
  startedAt?: number;
  finishedAt?: number;
  namespaces: NamespaceIds;
  plan: ProcessPlan;
  /** Lines printed outside the plan (e.g. a port clash), with their virtual time. */
  extraLogs: { at: number; line: string }[];
  /** Files written into this instance's own writable layer (lost on restart). */
  rootfs: Record<string, string>;
  /** The kubelet sent TERM and waits (up to the deadline) for the process to end. */
  stopping?: { deadline: number };
}

export interface BackoffEntry {
  backoffMs: number;
  lastUpdate: number;
  /** The exited instance this entry was advanced for (so one crash advances the back-off once). */
  afterId?: string;
  /**
   * The image it was kept for: the kubelet's key (GetStableKey) hashes the container spec, so a new image
   * (the one change an update may make) starts from no back-off.
   */
  image?: string;
}

export interface PodState {
  uid: string;
  name: string;
  /** '' until scheduled. */
  node: string;
  /** The Node the createPod action asked for (the scheduler still binds it, with a Scheduled event). */
  requestedNode?: string;
  /** Why the scheduler could not place it (FailedScheduling message). */
  unschedulable?: string;
  createdAt: number;
  /** The defaulted API object without status. */
  manifest: Pod;
  owner?: string;
  deletion?: { at: number; graceSeconds: number };
  /** Force-deleted (grace 0): no longer in the API, the kubelet still cleans up. */
  removedFromApi: boolean;
  /** The kubelet finished with this pod (sandbox stopped, terminal phase). */
  terminal: boolean;
  /** SyncTerminatedPod done: the object may be removed. */
  cleanedUp: boolean;
  /** IPs kept in the final status (preserveDataFromBeforeStopping). */
  keptIP?: string;
  status: PodStatus;
  startTime?: number;
  sandboxes: SandboxState[];
  containers: ContainerState[];
  /** Highest restartCount used per container name (the kubelet's `<N>.log` log directory). */
  restartCounts: Record<string, number>;
  backoff: Record<string, BackoffEntry>;
  /** The kubelet's reasonCache: why the last start attempt failed (e.g. CrashLoopBackOff). */
  reasons: Record<string, { reason: string; message: string; containerId: string }>;
  /**
   * The reasonCache as the last sync read it. A sync writes the API status (generateAPIPodStatus) before its
   * runtime sync updates the cache, so a start that sync refused (CrashLoopBackOff) shows from the next sync on.
   * (Absent only in a snapshot from before it: the status then reads the cache itself until the next sync.)
   */
  reasonsWritten?: Record<string, { reason: string; message: string; containerId: string }>;
  /** The pod worker is blocked on an image pull until `pulling.until`. */
  pulling?: { image: string; container: string; since: number; until: number };
  /**
   * The pull for this container and image just finished: the resumed sync creates it without another pull
   * (for that image only: an update may have changed it meanwhile). A fresh sync forgets it.
   */
  pulledFor?: { container: string; image: string };
  /** The pull for this container and image just failed: the resumed sync moves on to the next container. */
  pullFailedFor?: { container: string; image: string };
  /** The kubelet's image back-off per image (key: image; the kubelet's is Pod UID + image). */
  pullBackoff?: Record<string, { at: number; ms: number; error: string }>;
  /**
   * A pod kill (sandbox change) is waiting for TERM'd containers, with the plan SyncPod made before it. The
   * kubelet computes its actions once and blocks in KillPod: a container that exits 0 while being stopped
   * was running when the plan was made, so OnFailure still restarts it.
   */
  killing?: PodActions;
  /**
   * Containers the kubelet stopped because their definition changed (an in-place image update): they start
   * again, without back-off, whatever the restart policy (computePodActions' containerChanged).
   */
  definitionChanged?: string[];
  /**
   * When the kubelet began stopping the Pod's containers (a deletion or a sandbox change): sidecars, TERM'd
   * only once the other containers are gone, get what is left of the grace period (killContainer's waitForTurn).
   */
  killStartedAt?: number;
  /**
   * The runtime changed while the pod worker was blocked (a kill, a pull, a start): the API status still
   * says what the kubelet wrote at the start of that sync, and is written again when the worker is free.
   */
  statusHeld?: true;
  /**
   * A container the kubelet was stopping has exited: the sync that resumes at this instant carries on the
   * same SyncPod (a pod kill, a definition change), which writes no status until it returns.
   */
  syncContinues?: true;
  /** Time of the earliest pending sync step (deduplicates sync requests). */
  syncAt?: number;
  syncSeq?: number;
  conditionTimes: Record<string, { status: string; at: number }>;
  /** What the conditions were last computed from, besides the statuses (sandbox, terminal). */
  conditionsKey?: string;
  emptyDirs: Record<string, Record<string, string>>;
}

export interface ReplicaSetState {
  name: string;
  uid: string;
  replicas: number;
  createdAt: number;
  template: Pod;
}

export interface EventRecord {
  name: string;
  object: { kind: string; apiVersion: string; name: string; uid: string; fieldPath?: string };
  reason: string;
  message: string;
  type: 'Normal' | 'Warning';
  source: { component: string; host?: string };
  count: number;
  first: number;
  last: number;
  /** Sequence number of the last occurrence (list order). */
  order: number;
}

export interface SimState {
  version: 1;
  now: number;
  seq: number;
  rng: number;
  options: { backoff: 'default' | 'reduced'; ipam: 'next' | 'reuse' };
  syncs: number;
  eventSeq: number;
  nodes: NodeState[];
  pods: PodState[];
  replicaSets: ReplicaSetState[];
  /** PersistentVolumeClaim data by claim name: it outlives the Pods that mount it. */
  claims: Record<string, Record<string, string>>;
  queue: Step[];
  events: EventRecord[];
}
