/**
 * `lsns [-t TYPE]` on the Node (util-linux): one row per namespace that has a process, with the number of
 * processes in it and the lowest PID's user and command. The pause process owns each Pod's net/ipc/uts;
 * the app containers add only their own mnt/pid/cgroup rows — equal ids are shared namespaces. `-t net` adds
 * util-linux's NETNSID (the id the Node's root namespace gave each Pod's: the lowest free one when the Pod's
 * network was set up, kept until it is torn down) and NSFS (the file the runtime pinned it to: it outlives
 * the pause process).
 */
import { netnsFile } from './crictlInspect';
import { nodeProcesses, type Proc } from './processes';
import type { TerminalContext } from './types';

const TYPES = ['mnt', 'net', 'pid', 'uts', 'ipc', 'user', 'cgroup', 'time'] as const;
type LsnsType = (typeof TYPES)[number];

const idOf = (proc: Proc, type: LsnsType): number => proc.ns[type];

/** Columns of a libsmartcols table: right-aligned numbers, left-aligned text, the last column unpadded. */
function columns(rows: string[][], right: readonly boolean[]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows
    .map((r) =>
      r
        .map((cell, i) =>
          i === r.length - 1 ? cell : right[i] ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0),
        )
        .join(' '),
    )
    .join('\n');
}

export function lsns(ctx: TerminalContext, args: readonly string[]): string {
  const node = ctx.frame.nodes[0];
  if (!node) return '';
  const t =
    args.indexOf('-t') >= 0
      ? args[args.indexOf('-t') + 1]
      : args.find((a) => a.startsWith('--type='))?.slice(7);
  if (t !== undefined && !TYPES.includes(t as LsnsType)) return `lsns: unknown namespace type: ${t}`;
  const types = t === undefined ? TYPES : [t as LsnsType];
  const groups = new Map<string, { id: number; type: LsnsType; procs: Proc[] }>();
  for (const proc of nodeProcesses(ctx, node)) {
    for (const type of types) {
      const key = `${type}:${idOf(proc, type)}`;
      const group = groups.get(key) ?? { id: idOf(proc, type), type, procs: [] };
      group.procs.push(proc);
      groups.set(key, group);
    }
  }
  const net = t === 'net';
  const hostNet = node.namespaces.net;
  const netnsIds = new Map(ctx.frame.sandboxes.map((s) => [s.namespaces.net, s.netnsId]));
  // A sandbox without an id (a snapshot from before ids were kept): the Pods in order, as the kernel numbers them first.
  const podNets = [...groups.values()].filter((g) => g.type === 'net' && g.id !== hostNet).map((g) => g.id);
  const netnsId = (net: number) => netnsIds.get(net) ?? podNets.indexOf(net);
  const rows = [...groups.values()]
    .sort((a, b) => a.id - b.id)
    .map((g) => {
      const first = g.procs.reduce((a, b) => (b.hostPid < a.hostPid ? b : a));
      const user = first.hostUid === 0 ? 'root' : String(first.hostUid);
      const row = [String(g.id), g.type, String(g.procs.length), String(first.hostPid), user];
      if (net) {
        const pod = g.id !== hostNet;
        row.push(pod ? String(netnsId(g.id)) : 'unassigned', pod ? netnsFile(g.id) : '');
      }
      return [...row, first.command];
    });
  const head = ['NS', 'TYPE', 'NPROCS', 'PID', 'USER', ...(net ? ['NETNSID', 'NSFS'] : []), 'COMMAND'];
  return columns([head, ...rows], [true, false, true, true, false, ...(net ? [true, false] : [])]);
}
