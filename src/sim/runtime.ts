/**
 * The container runtime (containerd via CRI): sandboxes with their pause process, container instances and their
 * processes. It does what it is told and reports facts; the kubelet (kubelet.ts) decides.
 */
import {
  CONTAINER_START_MS,
  EXITED_PER_CONTAINER,
  MIN_GRACE_SECONDS,
  PLEG_RELIST_MS,
  SANDBOXES_PER_POD,
} from './constants';
import type { Engine } from './engine';
import { allocateIp, releaseIp } from './ipam';
import { containerNamespaces, sandboxNamespaces } from './namespaces';
import { nextInt, randomHex } from './random';
import { planProcess } from './process';
import { checkPortClash } from './ports';
import type { ContainerState, PodState, SandboxState } from './state';
import type { ContainerKind, PodSpec } from './types';

type Container = PodSpec['containers'][number];

/** Plans depend only on the (immutable) container spec: interpret each command once. Plans are never mutated. */
const plans = new WeakMap<Container, ContainerState['plan']>();

function planFor(spec: Container): ContainerState['plan'] {
  let plan = plans.get(spec);
  if (plan === undefined) {
    plan = planProcess(spec.image ?? '', spec.command, spec.args);
    plans.set(spec, plan);
  }
  return plan;
}

/**
 * A new process's host PID: some past the last, as runc's init, the shim and an image's entrypoint scripts take
 * some. At least 8 past, so PIDs 6 and 7 after each process stay free for what it forks as it starts: nginx's
 * worker processes, one per CPU of the 2-CPU Node (terminal/processes.ts).
 */
function nextPid(eng: Engine, pod: PodState): number {
  const node = eng.node(pod.node);
  node.nextPid += 8 + nextInt(eng.state, 9);
  return node.nextPid;
}

/** The newest sandbox of the pod (the one PodSandboxChanged looks at). */
export function currentSandbox(pod: PodState): SandboxState | undefined {
  return pod.sandboxes[pod.sandboxes.length - 1];
}

/** The newest instance of a container name (podStatus.FindContainerStatusByName). */
export function newestInstance(pod: PodState, name: string): ContainerState | undefined {
  for (let i = pod.containers.length - 1; i >= 0; i--) {
    const c = pod.containers[i] as ContainerState;
    if (c.name === name) return c;
  }
  return undefined;
}

/**
 * The lowest peer netns id the Node's root namespace has free: the kernel's alloc_netid takes the lowest
 * unused one (idr_alloc), and frees it when the namespace is destroyed, so the ids of the Pods that stay
 * never change, and a new Pod takes a deleted one's.
 */
function freeNetnsId(eng: Engine, nodeName: string): number {
  const taken = new Set<number>();
  for (const pod of eng.state.pods) {
    if (pod.node !== nodeName) continue;
    for (const s of pod.sandboxes) if (!s.stopped && s.netnsId !== undefined) taken.add(s.netnsId);
  }
  let id = 0;
  while (taken.has(id)) id += 1;
  return id;
}

/** RunPodSandbox: pause process, new namespaces, a pod IP from IPAM (none for hostNetwork). Undefined if no IP is free. */
export function runPodSandbox(
  eng: Engine,
  pod: PodState,
  attempt: number,
  wantedIp?: string,
): SandboxState | undefined {
  const spec = pod.manifest.spec as PodSpec;
  const node = eng.node(pod.node);
  let ip = '';
  if (!spec.hostNetwork) {
    const got = allocateIp(node.pool, eng.state.options.ipam === 'reuse' ? wantedIp : undefined);
    if (got === undefined) return undefined;
    ip = got;
  }
  const sandbox: SandboxState = {
    id: randomHex(eng.state, 64),
    attempt,
    state: 'SANDBOX_READY',
    ip,
    ipReleased: ip === '',
    pid: nextPid(eng, pod),
    createdAt: eng.now,
    stopped: false,
    namespaces: sandboxNamespaces(spec, node),
    ...(spec.hostNetwork ? {} : { netnsId: freeNetnsId(eng, pod.node) }),
  };
  pod.sandboxes.push(sandbox);
  collectSandboxes(pod);
  eng.touch(pod);
  // PLEG relists sandboxes as containers: the new one is a ContainerStarted event, and a sync, a relist later.
  eng.requestSync(pod, eng.now + PLEG_RELIST_MS);
  return sandbox;
}

/** StopPodSandbox: pause gets TERM (exits 0), networking is torn down and the IP goes back to IPAM. */
export function stopPodSandbox(eng: Engine, pod: PodState, sandbox: SandboxState): void {
  sandbox.state = 'SANDBOX_NOTREADY';
  sandbox.pid = 0;
  sandbox.stopped = true;
  if (!sandbox.ipReleased) {
    releaseIp(eng.node(pod.node).pool, sandbox.ip);
    sandbox.ipReleased = true;
  }
  eng.touch(pod);
}

/**
 * The pause process died (killSandbox): the sandbox is NOTREADY; the kubelet notices at the next relist. With
 * `shareProcessNamespace`, pause was PID 1 of the Pod's PID namespace, and when a namespace's init dies the
 * kernel SIGKILLs every other process in it (pid_namespaces(7)): the containers die with it (137).
 */
export function pauseDied(eng: Engine, pod: PodState, sandbox: SandboxState): void {
  sandbox.state = 'SANDBOX_NOTREADY';
  sandbox.pid = 0;
  const spec = pod.manifest.spec as PodSpec;
  if (spec.shareProcessNamespace === true && spec.hostPID !== true) {
    for (const c of pod.containers)
      if (c.sandboxId === sandbox.id && c.state === 'CONTAINER_RUNNING') containerExited(eng, pod, c, 137);
  }
  eng.touch(pod);
  eng.requestSync(pod, eng.now + PLEG_RELIST_MS);
}

/** CreateContainer in the sandbox; restartCount = the log directory's highest N + 1 (kuberuntime_container.go startContainer). */
export function createContainer(
  eng: Engine,
  pod: PodState,
  spec: Container,
  kind: ContainerKind,
  sandbox: SandboxState,
): ContainerState {
  const podSpec = pod.manifest.spec as PodSpec;
  const attempt = (pod.restartCounts[spec.name] ?? -1) + 1;
  pod.restartCounts[spec.name] = attempt;
  const c: ContainerState = {
    id: randomHex(eng.state, 64),
    name: spec.name,
    kind,
    image: spec.image ?? '',
    attempt,
    sandboxId: sandbox.id,
    state: 'CONTAINER_CREATED',
    pid: 0,
    exitCode: null,
    createdAt: eng.now,
    namespaces: containerNamespaces(podSpec, sandbox.namespaces, eng.node(pod.node)),
    plan: planFor(spec),
    extraLogs: [],
    rootfs: {},
  };
  pod.containers.push(c);
  eng.schedule({ kind: 'started', pod: pod.uid, container: c.id, at: eng.now + CONTAINER_START_MS });
  eng.touch(pod);
  return c;
}

/** StartContainer completed: the process runs; schedule its own exit if its command ends. */
export function containerStarted(eng: Engine, pod: PodState, c: ContainerState): void {
  c.state = 'CONTAINER_RUNNING';
  c.startedAt = eng.now;
  c.pid = nextPid(eng, pod);
  const exit = c.plan.exit;
  if (exit !== undefined)
    eng.schedule({ kind: 'exit', pod: pod.uid, container: c.id, code: exit.code, at: eng.now + exit.at });
  checkPortClash(eng, pod, c);
  eng.touch(pod);
  // PLEG's ContainerStarted event: a sync a relist later (which writes what the last sync cached).
  eng.requestSync(pod, eng.now + PLEG_RELIST_MS);
}

/** The process ended. Exit 0 → Completed, otherwise Error (containerd's reasons). */
export function containerExited(eng: Engine, pod: PodState, c: ContainerState, code: number): void {
  const wasStopping = c.stopping !== undefined;
  c.state = 'CONTAINER_EXITED';
  c.exitCode = code;
  c.reason = code === 0 ? 'Completed' : 'Error';
  c.finishedAt = eng.now;
  c.pid = 0;
  delete c.stopping;
  collectContainers(pod, c.name);
  eng.touch(pod);
  // A kubelet kill that was waiting for this exit continues at once; otherwise PLEG notices at the next relist.
  if (wasStopping) pod.syncContinues = true;
  eng.requestSync(pod, wasStopping ? eng.now : eng.now + PLEG_RELIST_MS);
}

/**
 * What SIGTERM does to this container's process. One with no handler is killed by it (143), unless it is PID 1
 * of its own PID namespace (no `shareProcessNamespace`, no `hostPID`): the kernel drops signals init has no
 * handler for (pid_namespaces(7)), which is why a `sleep 3600` Pod takes the whole grace period to stop.
 */
function termReaction(pod: PodState, c: ContainerState): 'exit143' | 'exit0' | 'ignore' {
  if (c.plan.onTerm !== 'default') return c.plan.onTerm;
  const spec = pod.manifest.spec as PodSpec;
  return spec.shareProcessNamespace === true || spec.hostPID === true ? 'exit143' : 'ignore';
}

/**
 * The runtime's StopContainer(timeout=grace): TERM, then KILL when the grace period ends. Processes that honour
 * TERM exit at once (143, or 0 for a clean shutdown); those that ignore it get SIGKILL (137) at the deadline.
 * Returns true if the container is still running (the kubelet must wait).
 */
export function stopContainer(eng: Engine, pod: PodState, c: ContainerState, graceSeconds: number): boolean {
  if (c.state !== 'CONTAINER_RUNNING') return false;
  const grace = Math.max(graceSeconds, MIN_GRACE_SECONDS);
  if (c.stopping !== undefined) {
    // Stopped again with a shorter grace period (a second, shorter delete): the SIGKILL comes sooner.
    const deadline = eng.now + grace * 1000;
    if (deadline < c.stopping.deadline) {
      c.stopping.deadline = deadline;
      eng.schedule({ kind: 'graceKill', pod: pod.uid, container: c.id, at: deadline });
    }
    return true;
  }
  const onTerm = termReaction(pod, c);
  if (onTerm === 'ignore') {
    c.stopping = { deadline: eng.now + grace * 1000 };
    eng.schedule({ kind: 'graceKill', pod: pod.uid, container: c.id, at: c.stopping.deadline });
    eng.touch(pod);
    return true;
  }
  containerExited(eng, pod, c, onTerm === 'exit0' ? 0 : 143);
  return false;
}

/**
 * Kubelet container GC on PLEG's ContainerDied (podContainerDeletor, MaxPerPodContainer=1): of a name's exited
 * instances only the newest stays.
 */
function collectContainers(pod: PodState, name: string): void {
  let exited = 0;
  for (let i = pod.containers.length - 1; i >= 0; i--) {
    const c = pod.containers[i] as ContainerState;
    if (c.name === name && c.state === 'CONTAINER_EXITED' && ++exited > EXITED_PER_CONTAINER)
      pod.containers.splice(i, 1);
  }
  collectSandboxes(pod);
}

/** Sandbox GC (kubelet evictSandboxes): drop stopped, non-newest sandboxes that no kept container belongs to. */
function collectSandboxes(pod: PodState): void {
  while (pod.sandboxes.length > SANDBOXES_PER_POD) {
    const i = pod.sandboxes.findIndex(
      (s, idx) =>
        idx < pod.sandboxes.length - 1 && s.stopped && !pod.containers.some((c) => c.sandboxId === s.id),
    );
    if (i < 0) return;
    pod.sandboxes.splice(i, 1);
  }
}

/**
 * purgeInitContainers (kuberuntime_container.go): after a sandbox change every init container instance is
 * removed, with its log files. The first init container starts in the same SyncPod, whose (stale) status
 * still lists its old instance: its restartCount goes on from there. The others start in later syncs, find
 * neither an instance nor a `<N>.log` file, and count from 0 again (calcRestartCountByLogDir).
 */
export function purgeInitContainers(eng: Engine, pod: PodState): void {
  pod.containers = pod.containers.filter((c) => c.kind === 'regular' || c.state !== 'CONTAINER_EXITED');
  const [, ...later] = (pod.manifest.spec as PodSpec).initContainers ?? [];
  for (const c of later) delete pod.restartCounts[c.name];
  collectSandboxes(pod);
  eng.touch(pod);
}
