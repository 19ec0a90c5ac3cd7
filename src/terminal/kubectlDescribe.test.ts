/** `kubectl describe pod`: the layout of kubectl's describePod (pkg/describe/describe.go), field by field. */
import { describe, expect, it } from 'vitest';
import { container, normalizeIds, podManifest, sh, simWith } from './testing/scene';

const nginx = podManifest({
  name: 'nginx',
  labels: { run: 'nginx' },
  volumes: [{ name: 'data', emptyDir: {} }],
  containers: [
    container('nginx', {
      ports: [{ containerPort: 80 }],
      volumeMounts: [{ name: 'data', mountPath: '/data' }],
    }),
  ],
});

const ID64 = 'x'.repeat(64);

describe('kubectl describe pod', () => {
  it('prints describePod’s sections, aligned by the describe tabwriter', () => {
    const sim = simWith([nginx], 10_000);
    expect(normalizeIds(sh(sim, 'kubectl describe pod nginx'))).toBe(
      [
        'Name:             nginx',
        'Namespace:        default',
        'Priority:         0',
        'Service Account:  default',
        'Node:             node-1/192.168.49.2',
        'Start Time:       Wed, 01 Jan 2025 00:00:00 +0000',
        'Labels:           run=nginx',
        'Annotations:      <none>',
        'Status:           Running',
        'IP:               10.244.1.2',
        'IPs:',
        '  IP:  10.244.1.2',
        'Containers:',
        '  nginx:',
        `    Container ID:   containerd://${ID64}`,
        '    Image:          nginx:1.27',
        `    Image ID:       docker.io/library/nginx@sha256:${ID64}`,
        '    Port:           80/TCP',
        '    Host Port:      0/TCP',
        '    State:          Running',
        '      Started:      Wed, 01 Jan 2025 00:00:02 +0000',
        '    Ready:          True',
        '    Restart Count:  0',
        '    Environment:    <none>',
        '    Mounts:',
        '      /data from data (rw)',
        // The ServiceAccount admission plugin's token volume, in every container (sorted by mount path).
        '      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-wxk69 (ro)',
        'Conditions:',
        '  Type                        Status',
        '  PodReadyToStartContainers   True ',
        '  Initialized                 True ',
        '  Ready                       True ',
        '  ContainersReady             True ',
        '  PodScheduled                True ',
        'Volumes:',
        '  data:',
        // A line without a tab (the next volume's name) ends a tabwriter block: each block aligns on its own.
        "    Type:       EmptyDir (a temporary directory that shares a pod's lifetime)",
        '    Medium:     ',
        '    SizeLimit:  <unset>',
        '  kube-api-access-wxk69:',
        '    Type:                    Projected (a volume that contains injected data from multiple sources)',
        '    TokenExpirationSeconds:  3607',
        '    ConfigMapName:           kube-root-ca.crt',
        '    Optional:                false',
        '    DownwardAPI:             true',
        'QoS Class:                   BestEffort',
        'Node-Selectors:              <none>',
        'Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s',
        '                             node.kubernetes.io/unreachable:NoExecute op=Exists for 300s',
        'Events:',
        '  Type    Reason     Age   From               Message',
        '  ----    ------     ----  ----               -------',
        '  Normal  Scheduled  10s   default-scheduler  Successfully assigned default/nginx to node-1',
        '  Normal  Pulling    10s   kubelet            spec.containers{nginx}: Pulling image "nginx:1.27"',
        '  Normal  Pulled     8s    kubelet            spec.containers{nginx}: Successfully pulled image "nginx:1.27" in 2s (2s including waiting). Image size: 69563740 bytes.',
        '  Normal  Created    8s    kubelet            spec.containers{nginx}: Container created',
        '  Normal  Started    8s    kubelet            spec.containers{nginx}: Container started',
      ].join('\n'),
    );
  });

  it('shows a crash loop: Waiting/CrashLoopBackOff, the Last State and aggregated BackOff events', () => {
    const clash = podManifest({
      name: 'clash',
      containers: [
        container('a', { ports: [{ containerPort: 80 }] }),
        container('b', { ports: [{ containerPort: 80 }] }),
      ],
    });
    // b's fifth crash backs off 80 s; the kubelet's resync a minute after it wrote CrashLoopBackOff.
    const out = sh(simWith([clash], 140_000), 'kubectl describe pod clash');
    expect(out).toMatch(
      / {2}b:\n(?:.*\n)*? {4}State: {10}Waiting\n {6}Reason: {7}CrashLoopBackOff\n {4}Last State: {5}Terminated\n {6}Reason: {7}Error\n {6}Exit Code: {4}1\n/,
    );
    // One BackOff per sync that held b back: after crashes 2–5, and at the resync a minute into the fifth's 80 s.
    expect(out).toMatch(
      / {2}Warning {2}BackOff {4}\d+s \(x5 over 2m\d+s\) +kubelet +spec\.containers\{b\}: Back-off restarting failed container b in pod clash/,
    );
  });

  it('says Terminating (lasts …) with the grace period while a Pod is deleted', () => {
    // A process that ignores SIGTERM keeps the Pod terminating for the whole grace period.
    const stubborn = podManifest({
      name: 'slow',
      containers: [container('app', { run: "trap '' TERM; sleep infinity" })],
    });
    const sim = simWith([stubborn], 10_000);
    sim.dispatch({ type: 'deletePod', pod: 'slow', gracePeriodSeconds: 30 });
    sim.advance(100);
    const out = sh(sim, 'kubectl describe pod slow');
    // deletionTimestamp lies in the future, so kubectl's "lasts" reads <invalid>, as the real one does.
    expect(out).toMatch(/^Status: +Terminating \(lasts <invalid>\)$/m);
    expect(out).toMatch(/^Termination Grace Period: {2}30s$/m);
  });

  it('reports a missing Pod like the API server, and describes every Pod without a name', () => {
    const sim = simWith([nginx, podManifest({ name: 'web' })]);
    expect(sh(sim, 'kubectl describe pod nope')).toBe('Error from server (NotFound): pods "nope" not found');
    expect(sh(sim, 'kubectl describe pods').match(/^Name:/gm)).toHaveLength(2);
    expect(sh(sim, 'kubectl describe pod/web')).toMatch(/^Name: +web$/m);
    expect(sh(sim, 'kubectl describe')).toMatch(/^error: You must specify the type of resource to describe/);
  });
});
