/**
 * `kubectl exec`: what each program prints follows the namespace model (KUBELET.md §6, §10), in the formats of
 * iproute2, procps-ng / BusyBox ps, GNU ls, util-linux ipcs, curl and the kernel's /proc files.
 */
import { describe, expect, it } from 'vitest';
import { container, noteOf, podManifest, sh, simWith } from './testing/scene';

const web = podManifest({
  name: 'web',
  volumes: [{ name: 'logs', emptyDir: {} }],
  containers: [
    container('app', {
      ports: [{ containerPort: 80 }],
      volumeMounts: [{ name: 'logs', mountPath: '/var/log/nginx' }],
    }),
    container('side', { run: 'sleep infinity', volumeMounts: [{ name: 'logs', mountPath: '/logs' }] }),
  ],
});

/** `{ net: '4026532200', … }` from `ls -l /proc/self/ns`. */
function nsIds(output: string): Record<string, string> {
  return Object.fromEntries(
    [...output.matchAll(/ (\w+) -> '\w+:\[(\d+)\]'$/gm)].map((m) => [m[1] ?? '', m[2] ?? '']),
  );
}

describe('kubectl exec: hostname and ip addr (uts and net are the Pod’s)', () => {
  it('every container prints the Pod’s name and the same eth0 with the Pod IP', () => {
    const duo = podManifest({
      name: 'duo',
      containers: [container('a', { run: 'sleep infinity' }), container('b', { run: 'sleep infinity' })],
    });
    const sim = simWith([web, duo]);
    expect(sh(sim, 'kubectl exec web -c app -- hostname')).toBe('web');
    expect(sh(sim, 'kubectl exec web -c side -- hostname')).toBe('web');
    const ip = sh(sim, 'kubectl exec duo -c a -- ip addr');
    expect(sh(sim, 'kubectl exec duo -c b -- ip a')).toBe(ip);
    expect(ip.split('\n')[0]).toBe(
      '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000',
    );
    expect(ip).toMatch(
      /^2: eth0@if\d+: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default$/m,
    );
    expect(ip).toMatch(
      /^ {4}link\/ether ([0-9a-f]{2}:){5}[0-9a-f]{2} brd ff:ff:ff:ff:ff:ff link-netnsid 0$/m,
    );
    expect(ip).toContain('    inet 10.244.1.3/24 brd 10.244.1.255 scope global eth0');
    expect(ip).toMatch(/^ {4}inet6 fe80::[0-9a-f:]+\/64 scope link$/m);
  });

  it('a new sandbox is a new network namespace: new MAC, new IP', () => {
    const sim = simWith([web]);
    const before = sh(sim, 'kubectl exec web -c side -- ip addr');
    expect(before).toContain('inet 10.244.1.2/');
    sim.dispatch({ type: 'killSandbox', pod: 'web' });
    sim.advance(45_000);
    const after = sh(sim, 'kubectl exec web -c side -- ip addr');
    expect(after).toMatch(/^ {4}inet 10\.244\.1\.\d+\/24 /m);
    expect(after).not.toBe(before);
    expect(after).not.toContain('inet 10.244.1.2/');
  });

  it('hostNetwork: the Node’s hostname and interfaces', () => {
    const sim = simWith([
      podManifest({ name: 'hn', hostNetwork: true, containers: [container('c', { run: 'sleep infinity' })] }),
    ]);
    expect(sh(sim, 'kubectl exec hn -- hostname')).toBe('node-1');
    expect(sh(sim, 'kubectl exec hn -- ip addr')).toContain(
      'inet 192.168.49.2/24 brd 192.168.49.255 scope global eth0',
    );
  });
});

describe('kubectl exec: ls -l /proc/self/ns and uid_map', () => {
  it('prints GNU ls links with the container’s real inode ids: net/ipc/uts shared, mnt/pid/cgroup own', () => {
    const sim = simWith([web]);
    const out = sh(sim, 'kubectl exec web -c app -- ls -l /proc/self/ns');
    const app = sim.containers().find((c) => c.name === 'app')!;
    expect(out.split('\n')[0]).toBe('total 0');
    expect(out).toContain(`lrwxrwxrwx 1 root root 0 Jan  1 00:00 net -> 'net:[${app.namespaces.net}]'`);
    expect(out).toContain(
      `lrwxrwxrwx 1 root root 0 Jan  1 00:00 pid_for_children -> 'pid:[${app.namespaces.pid}]'`,
    );
    const a = nsIds(out);
    const b = nsIds(sh(sim, 'kubectl exec web -c side -- ls -l /proc/self/ns'));
    expect(Object.keys(a)).toEqual([
      'cgroup',
      'ipc',
      'mnt',
      'net',
      'pid',
      'pid_for_children',
      'time',
      'time_for_children',
      'user',
      'uts',
    ]);
    for (const k of ['net', 'ipc', 'uts', 'user', 'time']) expect(a[k], k).toBe(b[k]);
    for (const k of ['mnt', 'pid', 'cgroup']) expect(a[k], k).not.toBe(b[k]);
    expect(a.net).toBe(String(sim.sandboxes()[0]!.namespaces.net));
  });

  it('/proc/1/ns: the container’s own process, or pause when the PID namespace is shared; no such PID, no such file', () => {
    const sim = simWith([web, podManifest({ name: 'shared', shareProcessNamespace: true })]);
    const self = sh(sim, 'kubectl exec web -c app -- ls -l /proc/self/ns');
    expect(sh(sim, 'kubectl exec web -c app -- ls -l /proc/1/ns')).toBe(self);
    expect(sh(sim, 'kubectl exec web -c app -- ls /proc/1/ns').split('\n')).toContain('pid_for_children');
    // Shared: PID 1 is pause, in the Pod's net and pid but its own mount namespace.
    const pause = sim.sandboxes().find((s) => s.podName === 'shared')!;
    const one = nsIds(sh(sim, 'kubectl exec shared -- ls -l /proc/1/ns'));
    const mine = nsIds(sh(sim, 'kubectl exec shared -- ls -l /proc/self/ns'));
    expect(one.mnt).toBe(String(pause.namespaces.mnt));
    expect(one.mnt).not.toBe(mine.mnt);
    expect(one.pid).toBe(mine.pid);
    expect(one.net).toBe(mine.net);
    expect(sh(sim, 'kubectl exec web -c app -- ls /proc/99/ns')).toContain(
      "ls: cannot access '/proc/99/ns': No such file or directory",
    );
  });

  it('uid_map: the whole range for host users, 65536 ids at a high base with hostUsers: false', () => {
    const sim = simWith([web, podManifest({ name: 'userns', hostUsers: false })]);
    expect(sh(sim, 'kubectl exec web -c app -- cat /proc/self/uid_map')).toBe(
      '         0          0 4294967295',
    );
    const mapped = sh(sim, 'kubectl exec userns -- cat /proc/self/uid_map');
    expect(mapped).toMatch(/^ {9}0 +\d{6,10} {6}65536$/);
    const base = Number(mapped.trim().split(/\s+/)[1]);
    expect(base % 65536).toBe(0);
    expect(base).toBeGreaterThanOrEqual(65536);
  });
});

describe('kubectl exec: ps (pid is per container unless shared)', () => {
  it('a container sees only its own process as PID 1 (procps layout in an image that has procps)', () => {
    const sim = simWith([
      podManifest({
        name: 'u',
        containers: [container('app', { image: 'ubuntu:24.04', command: ['sleep', 'infinity'] })],
      }),
    ]);
    expect(sh(sim, 'kubectl exec u -- ps aux').split('\n')).toEqual([
      'USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND',
      'root           1  0.0  0.0   1624     4 ?        Ss   00:00   0:00 sleep infinity',
      'root           7  0.0  0.0   1624     4 ?        Rs   00:00   0:00 ps aux',
    ]);
  });

  it('nginx’s slim Debian image has no ps or ip: the runtime’s error, then where to run them', () => {
    const sim = simWith([web]);
    // runc searches $PATH for a bare name and stats a path.
    for (const [line, program, why] of [
      ['ps aux', 'ps', 'executable file not found in \\$PATH'],
      ['ip addr', 'ip', 'executable file not found in \\$PATH'],
      ['/bin/ps', '/bin/ps', 'stat /bin/ps: no such file or directory'],
    ] as const) {
      const extra = { slimImage: '{image} lacks {command}' };
      // The runtime's one error line; PodScope's note apart from it.
      expect(sh(sim, `kubectl exec web -c app -- ${line}`, extra)).toMatch(
        new RegExp(`^error: .*exec: "${program}": ${why}: unknown$`),
      );
      expect(noteOf(sim, `kubectl exec web -c app -- ${line}`, extra)).toBe(
        `nginx lacks ${program.slice(program.lastIndexOf('/') + 1)}`,
      );
    }
    // BusyBox has both, and sees the same network: what the note suggests works.
    expect(sh(sim, 'kubectl exec web -c side -- ip addr')).toContain('inet 10.244.1.2/24');
    // In a shell, sh's own words, and the same note: `sh: 1: ps: not found`.
    expect(sh(sim, "kubectl exec web -c app -- sh -c 'ps'")).toMatch(/^sh: 1: ps: not found$/m);
    expect(noteOf(sim, "kubectl exec web -c app -- sh -c 'ps'")).toMatch(/^nginx has no ps: /);
    // Without the UI's template, an English default.
    expect(noteOf(sim, 'kubectl exec web -c app -- ps')).toMatch(/^nginx has no ps: /);
  });

  it('the official images’ Alpine variants have BusyBox’s ps and ip', () => {
    const sim = simWith([
      podManifest({ name: 'alp', containers: [container('app', { image: 'nginx:1.27-alpine' })] }),
    ]);
    // nginx's master and its workers (one per CPU of the 2-CPU Node), as the image's own user.
    expect(sh(sim, 'kubectl exec alp -- ps').split('\n')).toEqual([
      'PID   USER     TIME  COMMAND',
      '    1 root      0:00 nginx: master process nginx -g daemon off;',
      '    7 nginx     0:00 nginx: worker process',
      '    8 nginx     0:00 nginx: worker process',
      '   14 root      0:00 ps',
    ]);
    // Its own command line, or args in place of the image's CMD: nginx still renames its master and forks.
    for (const spec of [
      { command: ['nginx', '-g', 'daemon off;'] },
      { args: ['/usr/sbin/nginx', '-g', 'daemon off;'] },
      { args: ['nginx-debug', '-g', 'daemon off;'] },
    ]) {
      const own = simWith([
        podManifest({ name: 'alp', containers: [container('app', { image: 'nginx:1.27-alpine', ...spec })] }),
      ]);
      const argv = [...(spec.command ?? []), ...(spec.args ?? [])].join(' ');
      expect(sh(own, 'kubectl exec alp -- ps').split('\n').slice(1, 4)).toEqual([
        `    1 root      0:00 nginx: master process ${argv}`,
        '    7 nginx     0:00 nginx: worker process',
        '    8 nginx     0:00 nginx: worker process',
      ]);
    }
    expect(sh(sim, 'kubectl exec alp -- ip addr')).toContain('inet 10.244.1.2/24');
  });

  it('BusyBox images print BusyBox’s table', () => {
    const sim = simWith([web]);
    expect(sh(sim, 'kubectl exec web -c side -- ps')).toBe(
      [
        'PID   USER     TIME  COMMAND',
        '    1 root      0:00 sh -c sleep infinity',
        '    7 root      0:00 ps',
      ].join('\n'),
    );
  });

  it('shareProcessNamespace: /pause is PID 1 and every container’s process is listed', () => {
    const sim = simWith([
      { ...web, metadata: { name: 'shared' }, spec: { ...web.spec!, shareProcessNamespace: true } },
    ]);
    const lines = sh(sim, 'kubectl exec shared -c side -- ps aux').split('\n');
    expect(lines[0]).toBe('PID   USER     TIME  COMMAND');
    expect(lines[1]).toBe('    1 65535     0:00 /pause');
    // As in the Kubernetes docs' example: BusyBox's passwd has no nginx user, so the workers show as 101.
    expect(lines.slice(2).map((l) => l.slice(6))).toEqual([
      'root      0:00 nginx: master process nginx -g daemon off;',
      '101       0:00 nginx: worker process',
      '101       0:00 nginx: worker process',
      'root      0:00 sh -c sleep infinity',
      'root      0:00 ps aux',
    ]);
    // The workers come a few PIDs after the master (its entrypoint's scripts ran in between: the docs show
    // master 8, worker 14), before any later process.
    const pids = lines.slice(2).map((l) => Number(l.slice(0, 5)));
    expect(pids[1]).toBe(pids[0]! + 6);
    expect(pids[2]).toBe(pids[0]! + 7);
    expect(pids[3]).toBeGreaterThan(pids[2]!);
  });

  it('hostPID: the Node’s processes with host PIDs', () => {
    const sim = simWith([
      podManifest({ name: 'hp', hostPID: true, containers: [container('c', { run: 'sleep infinity' })] }),
    ]);
    const out = sh(sim, 'kubectl exec hp -- ps aux');
    expect(out).toMatch(/^ +1 root +0:00 \/sbin\/init$/m);
    expect(out).toMatch(/^ *\d{4} 65535 +0:00 \/pause$/m);
  });

  it('hostPID sees every process on the Node, other Pods’ too; a user-namespaced Pod’s by host UID', () => {
    const sim = simWith([
      podManifest({
        name: 'hp',
        hostPID: true,
        containers: [container('c', { image: 'ubuntu:24.04', run: 'sleep infinity' })],
      }),
      podManifest({ name: 'web', containers: [container('app')] }),
      podManifest({ name: 'iso', hostUsers: false, containers: [container('app')] }),
    ]);
    // procps's `ps aux`: USER first, COMMAND after the TIME column.
    const rows = sh(sim, 'kubectl exec hp -- ps aux')
      .split('\n')
      .slice(1)
      .map((l) => `${l.split(' ')[0]} ${l.slice(l.indexOf(' 0:00 ') + 6)}`);
    expect(rows.filter((r) => r.endsWith(' nginx: master process nginx -g daemon off;'))).toHaveLength(2);
    expect(rows.filter((r) => r.endsWith(' nginx: worker process'))).toHaveLength(4);
    // web's nginx: root and 101, as in its own user namespace; iso's: its range's base and base + 101.
    expect(rows).toContain('root nginx: master process nginx -g daemon off;');
    expect(rows).toContain('101 nginx: worker process');
    const base = rows
      .filter((r) => r.endsWith('nginx: master process nginx -g daemon off;'))
      .map((r) => Number(r.split(' ')[0]))
      .find((uid) => uid > 0);
    expect(base! % 65536).toBe(0);
    expect(rows).toContain(`${base! + 101} nginx: worker process`);
  });
});
