/**
 * Files the kernel and the kubelet provide inside a container: `/proc/self/ns/*` (the namespace links whose
 * inode ids say what is shared), `/proc/self/uid_map` (the user namespace's mapping), and the kubelet-managed
 * `/etc/hostname`, `/etc/hosts` and `/etc/resolv.conf`.
 */
import type { NamespaceIds } from '../sim/types';
import type { ExecEnv } from './execEnv';
import { lsDate } from './format';
import { hostnameOf, TIME_NS, userRangeBase } from './processes';

/** Entries of /proc/<pid>/ns, in `ls` order, with the id each link points to (`ns`: that process's namespaces). */
export function nsLinks(ns: NamespaceIds): { name: string; target: string }[] {
  const link = (name: string, kind: string, id: number) => ({ name, target: `${kind}:[${id}]` });
  return [
    link('cgroup', 'cgroup', ns.cgroup),
    link('ipc', 'ipc', ns.ipc),
    link('mnt', 'mnt', ns.mnt),
    link('net', 'net', ns.net),
    link('pid', 'pid', ns.pid),
    link('pid_for_children', 'pid', ns.pid),
    link('time', 'time', TIME_NS),
    link('time_for_children', 'time', TIME_NS),
    link('user', 'user', ns.user),
    link('uts', 'uts', ns.uts),
  ];
}

/** `ls -l /proc/<pid>/ns`: GNU ls quotes the targets because they contain ':' and '['. */
export function nsLongListing(env: ExecEnv, ns: NamespaceIds): string {
  const date = lsDate(env.ctx.now);
  const lines = nsLinks(ns).map((l) => `lrwxrwxrwx 1 root root 0 ${date} ${l.name} -> '${l.target}'`);
  return ['total 0', ...lines].join('\n');
}

/** /proc/self/uid_map: `%10u %10u %10u` — the whole ID space for host users, 65536 IDs for hostUsers: false. */
export function uidMap(env: ExecEnv): string {
  const base = userRangeBase(env.container.namespaces.user, env.node);
  const row = (a: number, b: number, c: number) => [a, b, c].map((n) => String(n).padStart(10)).join(' ');
  return base === 0 ? row(0, 0, 4294967295) : row(0, base, 65536);
}

/** The kubelet-managed files under /etc, by path. */
export function etcFiles(env: ExecEnv): Record<string, string> {
  const hostname = hostnameOf(env.pod, env.node);
  const hostNetwork = env.pod.spec?.hostNetwork === true;
  const hosts = [
    hostNetwork ? '# Kubernetes-managed hosts file (host network).' : '# Kubernetes-managed hosts file.',
    '127.0.0.1\tlocalhost',
    '::1\tlocalhost ip6-localhost ip6-loopback',
    'fe00::0\tip6-localnet',
    'fe00::0\tip6-mcastprefix',
    'fe00::1\tip6-allnodes',
    'fe00::2\tip6-allrouters',
  ];
  const ip = hostNetwork ? env.node?.ip : env.sandbox?.ip;
  if (ip) hosts.push(`${ip}\t${hostname}`);
  return {
    '/etc/hostname': hostname,
    '/etc/hosts': hosts.join('\n'),
    '/etc/resolv.conf': [
      'search default.svc.cluster.local svc.cluster.local cluster.local',
      'nameserver 10.96.0.10',
      'options ndots:5',
    ].join('\n'),
    '/proc/self/uid_map': uidMap(env),
    '/proc/self/gid_map': uidMap(env),
  };
}
