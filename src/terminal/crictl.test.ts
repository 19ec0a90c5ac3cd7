/**
 * `crictl` and `lsns` on the Node: the runtime's view (cri-tools sandbox.go / container.go layouts, tabwriter
 * minwidth 20, padding 3, newest first) and util-linux lsns.
 */
import { describe, expect, it } from 'vitest';
import { container, normalizeIds, podManifest, sh, simWith } from './testing/scene';

const web = podManifest({
  name: 'web',
  containers: [
    container('app', { ports: [{ containerPort: 80 }] }),
    container('side', { run: 'sleep infinity' }),
  ],
});

const ID = 'x'.repeat(13);
const row = (cells: string[]) =>
  cells.map((c, i) => (i < cells.length - 1 ? c.padEnd(Math.max(20, c.length + 3)) : c)).join('');

describe('crictl pods', () => {
  it('lists the sandbox (the pause container) with its state and attempt', () => {
    const sim = simWith([web], 30_000);
    expect(normalizeIds(sh(sim, 'crictl pods'))).toBe(
      [
        row(['POD ID', 'CREATED', 'STATE', 'NAME', 'NAMESPACE', 'ATTEMPT', 'RUNTIME']),
        row([ID, '29 seconds ago', 'Ready', 'web', 'default', '0', '(default)']),
      ].join('\n'),
    );
    expect(sh(sim, 'crictl pods -q')).toBe(sim.sandboxes()[0]!.id);
  });

  it('after the pause container dies: a new Ready sandbox with attempt 1, the old one NotReady, a new IP', () => {
    const sim = simWith([web]);
    const oldId = sim.sandboxes()[0]!.id;
    const oldIp = sim.sandboxes()[0]!.ip;
    sim.dispatch({ type: 'killSandbox', pod: 'web' });
    // side's sleep is PID 1 and ignores SIGTERM: the new sandbox comes after the 30 s grace period
    // (then ~14 s old: the pattern below expects a two-digit age).
    sim.advance(45_000);
    const lines = sh(sim, 'crictl pods').split('\n');
    expect(lines[1]).toMatch(
      /^[0-9a-f]{13} {7}\d+ seconds ago {6}Ready {15}web {17}default {13}1 {19}\(default\)$/,
    );
    expect(lines[2]).toMatch(
      new RegExp(`^${oldId.slice(0, 13)} .* NotReady +web +default +0 +\\(default\\)$`),
    );
    const newId = lines[1]!.slice(0, 13);
    const inspect = JSON.parse(sh(sim, `crictl inspectp ${newId}`)) as {
      status: { network: { ip: string }; metadata: { attempt: number } };
    };
    expect(inspect.status.metadata.attempt).toBe(1);
    expect(inspect.status.network.ip).toMatch(/^10\.244\.1\.\d+$/);
    expect(inspect.status.network.ip).not.toBe(oldIp);
  });
});

describe('crictl ps', () => {
  it('lists running containers, -a also the exited instance the kubelet keeps (never the pause container)', () => {
    const clash = podManifest({
      name: 'clash',
      containers: [
        container('a', { ports: [{ containerPort: 80 }] }),
        container('b', { ports: [{ containerPort: 80 }] }),
      ],
    });
    const sim = simWith([clash], 30_000);
    const head = row([
      'CONTAINER',
      'IMAGE',
      'CREATED',
      'STATE',
      'NAME',
      'ATTEMPT',
      'POD ID',
      'POD',
      'NAMESPACE',
    ]);
    const running = normalizeIds(sh(sim, 'crictl ps')).split('\n');
    expect(running).toEqual([
      head,
      row([ID, ID, '27 seconds ago', 'Running', 'a', '0', ID, 'clash', 'default']),
    ]);
    // b crash-loops: its older exits (attempts 0 and 1) were removed by the container GC as the next exited.
    const all = normalizeIds(sh(sim, 'crictl ps -a')).split('\n');
    expect(all).toEqual([
      head,
      row([ID, ID, '15 seconds ago', 'Exited', 'b', '2', ID, 'clash', 'default']),
      row([ID, ID, '27 seconds ago', 'Running', 'a', '0', ID, 'clash', 'default']),
    ]);
  });
});

/** The parts of `crictl inspectp` JSON the tests read. */
interface Inspected {
  status: {
    id: string;
    state: string;
    network: { additionalIps: string[]; ip: string };
    linux: { namespaces: { options: Record<string, unknown> } };
  };
  info: { pid: number };
}

describe('crictl inspectp', () => {
  it('shows the sandbox IP and the namespace modes the kubelet asked for', () => {
    const sim = simWith([web, podManifest({ name: 'shared', shareProcessNamespace: true, hostIPC: true })]);
    const [a, b] = sim.sandboxes();
    const plain = JSON.parse(sh(sim, `crictl inspectp ${a!.id.slice(0, 8)}`)) as Inspected;
    expect(plain.status.id).toBe(a!.id);
    expect(plain.status.state).toBe('SANDBOX_READY');
    expect(plain.status.network).toEqual({ additionalIps: [], ip: a!.ip });
    expect(plain.status.linux.namespaces.options).toEqual({
      ipc: 'POD',
      network: 'POD',
      pid: 'CONTAINER',
      targetId: '',
      usernsOptions: null,
    });
    expect(plain.info.pid).toBe(a!.pid);
    const shared = JSON.parse(sh(sim, `crictl inspectp ${b!.id}`)) as Inspected;
    expect(shared.status.linux.namespaces.options).toMatchObject({ ipc: 'NODE', pid: 'POD' });
    expect(sh(sim, 'crictl inspectp nope')).toMatch(/^FATA\[0000\] .*NotFound.*"nope"/);
  });

  it('knows only its commands', () => {
    expect(sh(simWith([]), 'crictl rmp')).toBe("No help topic for 'rmp'");
  });
});

describe('lsns', () => {
  it('lists each namespace once: the pause process owns the Pod’s net/ipc/uts, containers add mnt/pid/cgroup', () => {
    const sim = simWith([web]);
    const out = sh(sim, 'lsns');
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^ {8}NS TYPE {3}NPROCS {2}PID USER +COMMAND$/);
    expect(lines[1]).toMatch(/^4026531834 time +\d+ +1 root +\/sbin\/init$/);
    const sandbox = sim.sandboxes()[0]!;
    // Five processes share the Pod's network namespace: pause, nginx's master and its 2 workers, and the
    // sidecar's shell; the lowest PID is pause.
    expect(out).toMatch(new RegExp(`^${sandbox.namespaces.net} net +5 ${sandbox.pid} 65535 +/pause$`, 'm'));
    for (const c of sim.containers()) {
      const procs = c.image.includes('nginx') ? 3 : 1;
      expect(out).toMatch(new RegExp(`^${c.namespaces.mnt} mnt +${procs} ${c.pid} root `, 'm'));
    }
    const net = sh(sim, 'lsns -t net').split('\n');
    expect(net.slice(1).every((l) => / net /.test(l))).toBe(true);
    // -t net: util-linux's NETNSID and NSFS; the Pod's namespace is pinned to the file crictl inspectp names.
    expect(net[0]).toMatch(/^ {8}NS TYPE NPROCS +PID USER +NETNSID NSFS +COMMAND$/);
    expect(net[1]).toMatch(/^\d+ net +\d+ +1 root +unassigned +\/sbin\/init$/);
    const pinned = /"path": "\/var(\/run\/netns\/cni-[\da-f-]+)"/.exec(
      sh(sim, `crictl inspectp ${sandbox.id.slice(0, 13)}`),
    );
    expect(net[2]).toBe(
      `${sandbox.namespaces.net} net       5 ${sandbox.pid} 65535          0 ${pinned?.[1]} /pause`,
    );
    expect(sh(sim, 'lsns -t nope')).toBe('lsns: unknown namespace type: nope');
  });

  it('NETNSID stays with its Pod: a deleted Pod frees its id, and the next new Pod takes the lowest free one', () => {
    const named = (name: string) => podManifest({ name, containers: [container('app')] });
    const sim = simWith([named('a'), named('b'), named('c')]);
    /** Pod name → NETNSID, from `lsns -t net` (the row's net inode is its sandbox's). */
    const ids = () => {
      const byNet = new Map(
        sim
          .sandboxes()
          .filter((s) => s.state === 'SANDBOX_READY')
          .map((s) => [s.namespaces.net, s.podName]),
      );
      const out = new Map<string, string>();
      for (const line of sh(sim, 'lsns -t net').split('\n').slice(1)) {
        const [ns, , , , , netnsid] = line.split(/ +/);
        const pod = byNet.get(Number(ns));
        if (pod) out.set(pod, netnsid!);
      }
      return Object.fromEntries([...out].sort());
    };
    expect(ids()).toEqual({ a: '0', b: '1', c: '2' });
    sim.dispatch({ type: 'deletePod', pod: 'a', gracePeriodSeconds: 0 });
    sim.advance(10_000);
    // The kernel's ids do not move: b and c keep theirs (before, they were renumbered 0 and 1).
    expect(ids()).toEqual({ b: '1', c: '2' });
    sim.dispatch({ type: 'createPod', manifest: named('d') });
    sim.advance(10_000);
    expect(ids()).toEqual({ b: '1', c: '2', d: '0' });
    // A sandbox that comes back after its pause container died gets a new namespace: the old one's id is
    // free again by then (StopPodSandbox came first), so it is the lowest free one.
    sim.dispatch({ type: 'killSandbox', pod: 'b' });
    sim.advance(45_000);
    expect(ids()).toEqual({ b: '1', c: '2', d: '0' });
  });
});
