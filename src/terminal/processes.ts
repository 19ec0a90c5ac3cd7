/**
 * The processes on a Node, as `ps` and `lsns` see them: a few host daemons, every live pause process and every
 * running container's main process, each with its host PID, host UID and namespace ids (from the simulation).
 */
import { isNginxServer, NGINX_WORKER_OFFSET, NGINX_WORKERS } from '../sim/nginx';
import type { NamespaceIds, NodeInfo, Pod } from '../sim/types';
import type { TerminalContext } from './types';
import { containerSpec, podName } from './world';

export interface Proc {
  hostPid: number;
  /** UID as the host sees it (a user-namespaced Pod's root is a high host UID). */
  hostUid: number;
  /** UID inside the process's own user namespace. */
  uid: number;
  command: string;
  ns: NamespaceIds & { time: number };
  /** Virtual ms. */
  startedAt: number;
  image: string;
}

/** The kernel's initial time namespace: nobody in PodScope gets another. */
export const TIME_NS = 4026531834;

/** The pause image runs as 65535:65535 (`USER 65535:65535` in its Dockerfile). */
const PAUSE_UID = 65535;

/**
 * Whether the image's tools are BusyBox's: busybox and alpine, and the official images' Alpine variants
 * (`nginx:1.27-alpine`, `redis:alpine`).
 */
export function busyBoxImage(image: string): boolean {
  return ['busybox', 'alpine'].includes(imageBase(image)) || /:[^/]*alpine/.test(image);
}

/** Image repository without registry or tag: "docker.io/library/nginx:1.27" → "nginx". */
export function imageBase(image: string): string {
  const noDigest = image.split('@')[0] ?? image;
  const last = noDigest.slice(noDigest.lastIndexOf('/') + 1);
  return last.split(':')[0] ?? last;
}

const DEFAULT_COMMANDS: Record<string, string> = {
  nginx: 'nginx: master process nginx -g daemon off;',
  httpd: 'httpd -DFOREGROUND',
  redis: 'redis-server *:6379',
  busybox: 'sh',
  alpine: '/bin/sh',
  pause: '/pause',
};

/** What `ps` shows as COMMAND for a container's main process. */
export function commandLine(image: string, command?: readonly string[], args?: readonly string[]): string {
  if (command && command.length > 0) return processTitle([...command, ...(args ?? [])]);
  const base = imageBase(image);
  // `args` replace the image's CMD; only pause's /pause is an ENTRYPOINT, which takes them as arguments.
  if (args && args.length > 0)
    return base === 'pause' ? `${DEFAULT_COMMANDS.pause} ${args.join(' ')}` : processTitle(args);
  return DEFAULT_COMMANDS[base] ?? base;
}

/** nginx (or the image's nginx-debug) running as a server (not `-t`, `-v`, `-s reload`…) renames its master. */
const NGINX_MASTER = 'nginx: master process ';
function processTitle(argv: readonly string[]): string {
  const line = argv.join(' ');
  return isNginxServer(argv) ? `${NGINX_MASTER}${line}` : line;
}

/**
 * First host UID of a `hostUsers: false` Pod's range: the kubelet hands each Pod its own block of 65536 IDs
 * above 0–65535 (KUBELET.md §6). Derived from the Pod's user-namespace id so it is stable and never shared.
 */
export function userRangeBase(userNs: number, node: NodeInfo | undefined): number {
  if (node === undefined || userNs === node.namespaces.user) return 0;
  return 65536 * ((userNs % 65534) + 1);
}

function hostDaemons(node: NodeInfo): Proc[] {
  const ns = { ...node.namespaces, time: TIME_NS };
  const daemon = (hostPid: number, command: string): Proc => ({
    hostPid,
    hostUid: 0,
    uid: 0,
    command,
    ns,
    startedAt: 0,
    image: '',
  });
  return [
    daemon(1, '/sbin/init'),
    daemon(312, '/usr/bin/containerd'),
    daemon(1021, '/usr/bin/kubelet --config=/var/lib/kubelet/config.yaml'),
  ];
}

/** The nginx image's `nginx` user, which its workers run as (`user nginx;` in its nginx.conf). */
const NGINX_UID = 101;

/**
 * The worker processes nginx's master forks as it starts, on host PIDs the simulation leaves free after each
 * process (sim/runtime.ts nextPid).
 */
function nginxWorkers(master: Proc): Proc[] {
  if (!master.command.startsWith(NGINX_MASTER)) return [];
  return Array.from({ length: NGINX_WORKERS }, (_, i) => ({
    ...master,
    hostPid: master.hostPid + NGINX_WORKER_OFFSET + i,
    hostUid: master.hostUid + NGINX_UID,
    uid: NGINX_UID,
    command: 'nginx: worker process',
  }));
}

/** Every process on the Node, by host PID. */
export function nodeProcesses(ctx: TerminalContext, node: NodeInfo): Proc[] {
  const procs = hostDaemons(node);
  const pods = new Map<string, Pod>(ctx.frame.pods.map((p) => [p.metadata?.uid ?? '', p]));
  for (const sandbox of ctx.frame.sandboxes) {
    if (sandbox.node !== node.name || sandbox.state !== 'SANDBOX_READY' || sandbox.pid <= 0) continue;
    const base = userRangeBase(sandbox.namespaces.user, node);
    procs.push({
      hostPid: sandbox.pid,
      hostUid: base + PAUSE_UID,
      uid: PAUSE_UID,
      command: '/pause',
      ns: { ...sandbox.namespaces, time: TIME_NS },
      startedAt: sandbox.createdAt,
      image: 'registry.k8s.io/pause:3.10',
    });
  }
  const sandboxPods = new Map(ctx.frame.sandboxes.map((s) => [s.id, pods.get(s.podUid)]));
  for (const c of ctx.frame.containers) {
    const pod = sandboxPods.get(c.sandboxId);
    if (c.state !== 'CONTAINER_RUNNING' || c.pid <= 0 || pod === undefined) continue;
    if (pod.spec?.nodeName !== node.name) continue;
    const spec = containerSpec(pod, c.name);
    const main: Proc = {
      hostPid: c.pid,
      hostUid: userRangeBase(c.namespaces.user, node),
      uid: 0,
      command: commandLine(c.image, spec?.command, spec?.args),
      ns: { ...c.namespaces, time: TIME_NS },
      startedAt: c.startedAt ?? c.createdAt,
      image: c.image,
    };
    procs.push(main, ...nginxWorkers(main));
  }
  return procs.sort((a, b) => a.hostPid - b.hostPid);
}

/** Host name a container sees: the Pod's (spec.hostname or its name), or the Node's with hostNetwork. */
export function hostnameOf(pod: Pod, node: NodeInfo | undefined): string {
  if (pod.spec?.hostNetwork) return node?.name ?? 'node-1';
  return pod.spec?.hostname ?? podName(pod);
}
