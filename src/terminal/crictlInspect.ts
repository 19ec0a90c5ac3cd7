/**
 * `crictl inspectp ID`: the sandbox status as containerd reports it (trimmed to what PodScope models): its IP,
 * the namespace *modes* the kubelet asked for (POD / CONTAINER / NODE, KUBELET.md §6) and the pause process's
 * namespaces in the OCI runtime spec. Namespace ids are what `lsns` shows.
 */
import type { Pod, SandboxInfo } from '../sim/types';
import { hexFrom, rfc3339Nano } from './format';
import { userRangeBase } from './processes';
import type { TerminalContext } from './types';

function uuidFrom(seed: string): string {
  const h = hexFrom(seed, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The file containerd's CNI setup pins a Pod's network namespace to (`/var/run/netns` is `/run/netns`). */
export const netnsFile = (netId: number) => `/run/netns/cni-${uuidFrom(`netns:${netId}`)}`;

function namespaceOptions(pod: Pod | undefined, sandbox: SandboxInfo, ctx: TerminalContext) {
  const spec = pod?.spec;
  const base = userRangeBase(
    sandbox.namespaces.user,
    ctx.frame.nodes.find((n) => n.name === sandbox.node),
  );
  const idMap = [{ containerId: 0, hostId: base, length: 65536 }];
  return {
    ipc: spec?.hostIPC ? 'NODE' : 'POD',
    network: spec?.hostNetwork ? 'NODE' : 'POD',
    pid: spec?.hostPID ? 'NODE' : spec?.shareProcessNamespace ? 'POD' : 'CONTAINER',
    targetId: '',
    usernsOptions: base === 0 ? null : { mode: 'POD', uids: idMap, gids: idMap },
  };
}

/** The pause container's namespaces in its OCI spec: the ones it creates (the Node's are simply absent). */
function specNamespaces(pod: Pod | undefined, sandbox: SandboxInfo) {
  const spec = pod?.spec;
  const list: { type: string; path?: string }[] = [];
  if (!spec?.hostPID) list.push({ type: 'pid' });
  if (!spec?.hostIPC) list.push({ type: 'ipc' });
  if (!spec?.hostNetwork) list.push({ type: 'uts' });
  list.push({ type: 'mount' });
  if (!spec?.hostNetwork) {
    list.push({ type: 'network', path: `/var${netnsFile(sandbox.namespaces.net)}` });
  }
  if (spec?.hostUsers === false) list.push({ type: 'user' });
  return list;
}

export function inspectSandbox(ctx: TerminalContext, sandbox: SandboxInfo): unknown {
  const pod = ctx.frame.pods.find((p) => p.metadata?.uid === sandbox.podUid);
  const ready = sandbox.state === 'SANDBOX_READY';
  return {
    status: {
      id: sandbox.id,
      metadata: {
        attempt: sandbox.attempt,
        name: sandbox.podName,
        namespace: 'default',
        uid: sandbox.podUid,
      },
      state: sandbox.state,
      createdAt: rfc3339Nano(sandbox.createdAt),
      network: { additionalIps: [], ip: sandbox.ip },
      linux: { namespaces: { options: namespaceOptions(pod, sandbox, ctx) } },
      labels: {
        ...(pod?.metadata?.labels ?? {}),
        'io.kubernetes.pod.name': sandbox.podName,
        'io.kubernetes.pod.namespace': 'default',
        'io.kubernetes.pod.uid': sandbox.podUid,
      },
      annotations: { 'kubernetes.io/config.source': 'api' },
      runtimeHandler: '',
    },
    info: {
      pid: sandbox.pid,
      processStatus: ready ? 'running' : 'deleted',
      netNamespaceClosed: !ready,
      image: 'registry.k8s.io/pause:3.10',
      runtimeHandler: '',
      runtimeType: 'io.containerd.runc.v2',
      runtimeSpec: { linux: { namespaces: specNamespaces(pod, sandbox) } },
    },
  };
}

/** `crictl inspectp ID...` (IDs may be unique prefixes, as the runtime resolves them). */
export function crictlInspectp(ctx: TerminalContext, ids: readonly string[]): string {
  if (ids.length === 0) return 'FATA[0000] ID cannot be empty';
  const out: unknown[] = [];
  for (const id of ids) {
    const matches = ctx.frame.sandboxes.filter((s) => id !== '' && s.id.startsWith(id));
    if (matches.length !== 1 || !matches[0]) {
      return `FATA[0000] get the status of pod sandboxes: get pod sandbox status: rpc error: code = NotFound desc = an error occurred when try to find sandbox "${id}": not found`;
    }
    out.push(inspectSandbox(ctx, matches[0]));
  }
  return out.map((o) => JSON.stringify(o, null, 2)).join('\n');
}
