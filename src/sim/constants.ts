/**
 * Timings and limits of the model. Kubelet constants cite their source; the others are PodScope's own small,
 * fixed choices (KUBELET.md §10: "small, fixed, documented constants so scenarios replay identically").
 */

/** The kubelet notices a new or deleted Pod through its API watch (not a kubelet constant). */
export const WATCH_DELAY_MS = 100;
/** PLEG relist period: a container or sandbox death is noticed ~1 s later (pkg/kubelet/pleg/generic.go relistPeriod). */
export const PLEG_RELIST_MS = 1000;
/** First pull of an image on a Node (PodScope's choice; real pulls take seconds to minutes). */
export const IMAGE_PULL_MS = 2000;
/** `imagePullPolicy: Always` on a Node that already has the layers: only the manifest is checked. */
export const IMAGE_REPULL_MS = 500;
/** CreateContainer → StartContainer → running (PodScope's choice). */
export const CONTAINER_START_MS = 500;
/** A server that finds its port taken gives up shortly after it starts. */
export const PORT_CLASH_EXIT_MS = 100;
/** SyncTerminatedPod runs one sync after SyncTerminatingPod; then the API object is removed. */
export const POD_CLEANUP_MS = 1000;

/** pkg/kubelet/kubelet.go initialCrashLoopBackOff / MaxContainerBackOff (KUBELET.md §3). */
export const BACKOFF_DEFAULT = { initialMs: 10_000, maxMs: 300_000 } as const;
/** ReduceDefaultCrashLoopBackOffDecay (KEP-4603, alpha v1.33). */
export const BACKOFF_REDUCED = { initialMs: 1_000, maxMs: 60_000 } as const;
/** flowcontrol HasExpiredFunc in newCrashLoopBackOff: a run longer than 10 min resets the back-off. */
export const BACKOFF_RESET_MS = 600_000;
/**
 * The pod worker's resync interval (kubelet --sync-frequency, default 1m): pod_workers.go completeWork re-queues
 * a pod in back-off at the back-off's expiry, but never later than this.
 */
export const RESYNC_INTERVAL_MS = 60_000;

/** pkg/kubelet/kuberuntime/kuberuntime_container.go minimumGracePeriodInSeconds. */
export const MIN_GRACE_SECONDS = 2;
/** API default for spec.terminationGracePeriodSeconds. */
export const DEFAULT_GRACE_SECONDS = 30;
/** Kubelet default --max-pods. */
export const MAX_PODS_PER_NODE = 110;

/** Events kept (oldest dropped first). */
export const EVENT_CAP = 1000;
/**
 * kube-apiserver --event-ttl (default 1h): an Event is deleted an hour after it was last written, and each
 * update (count+1) renews it. The kubelet's EventCorrelator still remembers it: when it recurs, the Event is
 * created again with the count and firstTimestamp it had (client-go recordToSink: a PATCH that finds nothing
 * falls back to a create).
 */
export const EVENT_TTL_MS = 60 * 60_000;
/** Exited container instances kept per container name (kubelet GC MaxPerPodContainer=1). */
export const EXITED_PER_CONTAINER = 1;
/** Sandboxes kept per pod when unreferenced (a dead one stays while a kept container instance belongs to it). */
export const SANDBOXES_PER_POD = 2;

/** The default Node (minikube-like). */
export const FIRST_NODE_IP = [192, 168, 49, 2] as const;
export const POD_CIDR_PREFIX = '10.244';
/** Inode numbers of new namespaces start here (the Node's root ones are ~4026531835–4026531841). */
export const FIRST_NAMESPACE_INODE = 4026532200;
/** Host PIDs of new processes start here. */
export const FIRST_PID = 1200;
