/**
 * `ps` inside a container: only the processes of its PID namespace. By default that is the container's own
 * main process (PID 1); with `shareProcessNamespace: true` it is the Pod's namespace, where /pause is PID 1 and
 * every container's process is listed; with `hostPID: true` it is the Node's. The layout follows the image:
 * busybox/alpine print BusyBox's short table, others procps-ng's `ps aux`.
 */
import { clock } from './format';
import { busyBoxImage } from './processes';
import { ok, userName, visibleProcesses, type ExecEnv, type ExecResult } from './execEnv';

/** Plausible VSZ/RSS (KiB) per program, so the table does not look empty. */
function memory(command: string): [number, number] {
  if (command === '/pause') return [1020, 4];
  if (command === 'nginx: worker process') return [11868, 2872];
  if (command.startsWith('nginx')) return [11408, 7392];
  if (command.startsWith('/sbin/init')) return [167744, 12800];
  if (command.includes('containerd')) return [1875324, 52140];
  if (command.includes('kubelet')) return [2160120, 98776];
  return [1624, 4];
}

interface Row {
  pid: number;
  user: string;
  command: string;
  started: number;
  stat: string;
}

function procps(rows: Row[]): string {
  const lines = ['USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND'];
  for (const r of rows) {
    const [vsz, rss] = memory(r.command);
    const mem = rss > 50_000 ? '0.6' : rss > 5000 ? '0.1' : '0.0';
    lines.push(
      `${r.user.padEnd(8)} ${String(r.pid).padStart(7)}  0.0 ${mem.padStart(4)} ${String(vsz).padStart(6)} ${String(rss).padStart(5)} ?        ${r.stat.padEnd(4)} ${clock(r.started).padStart(5)}   0:00 ${r.command}`,
    );
  }
  return lines.join('\n');
}

function busybox(rows: Row[]): string {
  const lines = ['PID   USER     TIME  COMMAND'];
  for (const r of rows)
    lines.push(`${String(r.pid).padStart(5)} ${r.user.padEnd(8).slice(0, 8)}  0:00 ${r.command}`);
  return lines.join('\n');
}

/** `ps`, `ps aux`, `ps ax`, `ps -ef`: the same processes (options only change columns in real ps). */
export function psCommand(env: ExecEnv, argv: readonly string[]): ExecResult {
  const visible = visibleProcesses(env);
  const rows: Row[] = visible.map(({ pid, proc }) => ({
    pid,
    // From another user namespace (a hostPID container sees a hostUsers: false Pod's), the host's UID.
    user: userName(
      proc.ns.user === env.container.namespaces.user ? proc.uid : proc.hostUid,
      env.container.image,
    ),
    command: proc.command,
    started: proc.startedAt,
    stat: pid === 1 ? 'Ss' : 'S',
  }));
  // ps itself: a new process in the namespace, numbered after the others.
  const last = Math.max(0, ...rows.map((r) => r.pid));
  rows.push({ pid: last + 6, user: 'root', command: argv.join(' '), started: env.ctx.now, stat: 'Rs' });
  return ok(busyBoxImage(env.container.image) ? busybox(rows) : procps(rows));
}
