/** What a process started by `kubectl exec` sees: its Pod, container instance, Node and sandbox. */
import type { Container } from 'kubernetes-types/core/v1';
import type { ContainerInfo, NodeInfo, Pod, SandboxInfo } from '../sim/types';
import { imageBase, nodeProcesses, type Proc } from './processes';
import type { TerminalContext } from './types';

export interface ExecEnv {
  ctx: TerminalContext;
  pod: Pod;
  /** The running instance the command runs in. */
  container: ContainerInfo;
  spec: Container;
  node: NodeInfo | undefined;
  sandbox: SandboxInfo | undefined;
  /** `kubectl exec -i`: stdin is attached (a shell without -c would wait for commands). */
  interactive?: boolean;
}

/** What a program prints and how it ends. */
export interface ExecResult {
  out: string;
  exit: number;
  /** PodScope's own words (CommandResult.note), not the program's. */
  note?: string;
}

export const ok = (out: string): ExecResult => ({ out, exit: 0 });
export const fail = (out: string, exit: number): ExecResult => ({ out, exit });

/** Every process in the container's PID namespace, as (pid inside the namespace, process). */
export function visibleProcesses(env: ExecEnv): { pid: number; proc: Proc }[] {
  if (env.node === undefined) return [];
  const pidNs = env.container.namespaces.pid;
  const all = nodeProcesses(env.ctx, env.node);
  // hostPID: the Node's PID namespace is the ancestor of every other, so it sees every process, by host PID.
  if (pidNs === env.node.namespaces.pid) return all.map((proc) => ({ pid: proc.hostPid, proc }));
  const procs = all.filter((p) => p.ns.pid === pidNs);
  // A fresh PID namespace numbers from 1 in creation order; host PIDs grow the same way.
  const first = procs[0]?.hostPid ?? 0;
  return procs.map((proc) => ({ pid: proc.hostPid - first + 1, proc }));
}

/**
 * Names a UID the way /etc/passwd in `image` (the container running ps) would: root; nginx's 101 in the nginx
 * images, which create that user; otherwise (BusyBox's passwd has no 101, pause's 65535 has no entry) the number.
 */
export function userName(uid: number, image: string): string {
  if (uid === 0) return 'root';
  return uid === 101 && imageBase(image) === 'nginx' ? 'nginx' : String(uid);
}
