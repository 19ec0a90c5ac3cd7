/** `kubectl get`: fixtures follow kubectl's documented output (kubernetes.io kubectl reference, printPod). */
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runCommand } from './runCommand';
import { admitted } from './serviceAccount';
import { container, contextOf, podManifest, sh, simWith } from './testing/scene';

const nginx = podManifest({
  name: 'nginx',
  containers: [container('nginx', { ports: [{ containerPort: 80 }] })],
});

describe('kubectl get pods', () => {
  it('prints the table kubectl prints', () => {
    const sim = simWith([nginx], 10_000);
    expect(sh(sim, 'kubectl get pods')).toBe(
      ['NAME    READY   STATUS    RESTARTS   AGE', 'nginx   1/1     Running   0          10s'].join('\n'),
    );
    expect(sh(sim, 'kubectl get po nginx')).toBe(sh(sim, 'kubectl get pods'));
  });

  it('-o wide adds IP, NODE, NOMINATED NODE and READINESS GATES', () => {
    const sim = simWith([nginx], 10_000);
    expect(sh(sim, 'kubectl get pods -o wide')).toBe(
      [
        'NAME    READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES',
        'nginx   1/1     Running   0          10s   10.244.1.2   node-1   <none>           <none>',
      ].join('\n'),
    );
  });

  it('shows a crash loop with the restart age, sorted by name', () => {
    const clash = podManifest({
      name: 'clash',
      containers: [
        container('a', { ports: [{ containerPort: 80 }] }),
        container('b', { ports: [{ containerPort: 80 }] }),
      ],
    });
    // b's fifth crash backs off 80 s; the kubelet's resync a minute after it wrote CrashLoopBackOff.
    const sim = simWith([nginx, clash], 140_000);
    expect(sh(sim, 'kubectl get pods')).toMatch(
      /^NAME {4}READY {3}STATUS {13}RESTARTS {6}AGE\nclash {3}1\/2 {5}CrashLoopBackOff {3}4 \(\d+s ago\) {3}2m20s\nnginx/,
    );
  });

  it('-o yaml and -o json print the API object (a List without a name)', () => {
    const sim = simWith([nginx]);
    const yaml = sh(sim, 'kubectl get pod nginx -o yaml');
    expect(yaml.split('\n').slice(0, 3)).toEqual(['apiVersion: v1', 'kind: Pod', 'metadata:']);
    // go-yaml quotes timestamps and sequences are not indented under their key.
    expect(yaml).toContain('  creationTimestamp: "2025-01-01T00:00:00Z"');
    expect(yaml).toContain('  containers:\n  - image: nginx:1.27');
    // The Pod as the API server stores it: the simulation's, plus what ServiceAccount admission added.
    expect(parse(yaml)).toEqual(admitted(sim.pod('nginx')!));
    expect(yaml).toContain(
      [
        '  - name: kube-api-access-wxk69',
        '    projected:',
        '      defaultMode: 420',
        '      sources:',
        '      - serviceAccountToken:',
        '          expirationSeconds: 3607',
        '          path: token',
        '      - configMap:',
        '          items:',
        '          - key: ca.crt',
        '            path: ca.crt',
        '          name: kube-root-ca.crt',
        '      - downwardAPI:',
        '          items:',
        '          - fieldRef:',
        '              apiVersion: v1',
        '              fieldPath: metadata.namespace',
        '            path: namespace',
      ].join('\n'),
    );
    expect(yaml).toContain(
      '    - mountPath: /var/run/secrets/kubernetes.io/serviceaccount\n      name: kube-api-access-wxk69\n      readOnly: true',
    );
    const json = sh(sim, 'kubectl get pods -o json');
    expect(json.startsWith('{\n    "apiVersion": "v1",\n    "items": [')).toBe(true);
    expect(JSON.parse(json)).toMatchObject({ kind: 'List', items: [{ metadata: { name: 'nginx' } }] });
    expect(sh(sim, 'kubectl get pods -o name')).toBe('pod/nginx');
  });

  it('answers like the API server when there is nothing, or not that', () => {
    const sim = simWith([]);
    expect(sh(sim, 'kubectl get pods')).toBe('No resources found in default namespace.');
    expect(sh(sim, 'kubectl get pods -n kube-system')).toBe('No resources found in kube-system namespace.');
    // Across all namespaces kubectl names none; -A wins over -n.
    expect(sh(sim, 'kubectl get pods -A')).toBe('No resources found');
    expect(sh(sim, 'kubectl get pods -A -n kube-system')).toBe('No resources found');
    expect(sh(sim, 'kubectl get pod nope')).toBe('Error from server (NotFound): pods "nope" not found');
    expect(sh(sim, 'kubectl get deployments')).toBe(
      'error: the server doesn\'t have a resource type "deployments"',
    );
    expect(sh(sim, 'kubectl get')).toMatch(/^error: You must specify the type of resource to get/);
    expect(sh(sim, 'kubectl get pods -o toml')).toMatch(
      /^error: unable to match a printer suitable for the output format "toml"/,
    );
    expect(sh(sim, 'kubectl get pods --bogus')).toBe(
      "error: unknown flag: --bogus\nSee 'kubectl get --help' for usage.",
    );
  });
});

describe('kubectl get events', () => {
  it('lists LAST SEEN, TYPE, REASON, OBJECT, MESSAGE, newest last', () => {
    const sim = simWith([nginx], 10_000);
    const lines = sh(sim, 'kubectl get events').split('\n');
    expect(lines[0]).toBe('LAST SEEN   TYPE     REASON      OBJECT      MESSAGE');
    expect(lines[1]).toBe(
      '10s         Normal   Scheduled   pod/nginx   Successfully assigned default/nginx to node-1',
    );
    expect(lines.at(-1)).toBe('8s          Normal   Started     pod/nginx   Container started');
    expect(sh(simWith([]), 'kubectl get events')).toBe('No resources found in default namespace.');
  });

  it('keeps the API’s order, by name: each object’s events together, not interleaved by time', () => {
    const sim = simWith([podManifest({ name: 'web' })], 5_000);
    sim.dispatch({ type: 'createPod', manifest: podManifest({ name: 'api' }) });
    sim.advance(5_000);
    const objects = sh(sim, 'kubectl get events')
      .split('\n')
      .slice(1)
      .map((line) => /pod\/(\w+)/.exec(line)?.[1]);
    // api's events are newer, but "api.<hex>" sorts before "web.<hex>".
    expect(objects[0]).toBe('api');
    expect(objects.lastIndexOf('api')).toBeLessThan(objects.indexOf('web'));
    expect(objects.at(-1)).toBe('web');
    // The usual cure: time order.
    const sorted = sh(sim, 'kubectl get events --sort-by=.lastTimestamp').split('\n');
    expect(sorted[1]).toMatch(/pod\/web .*Successfully assigned default\/web/);
    expect(sorted.at(-1)).toMatch(/pod\/api .*Container started/);
  });
});

describe('kubectl get --sort-by', () => {
  const sim = simWith([podManifest({ name: 'web' })], 5_000);
  sim.dispatch({ type: 'createPod', manifest: podManifest({ name: 'api' }) });
  sim.advance(5_000);
  sim.dispatch({ type: 'killContainer', pod: 'api', container: 'app' });
  sim.advance(5_000);
  const names = (line: string) =>
    sh(sim, line)
      .split('\n')
      .slice(1)
      .map((row) => row.split(' ')[0]);

  it('sorts by a JSONPath field in any of kubectl’s spellings: times in time order, numbers as numbers', () => {
    expect(names('kubectl get pods')).toEqual(['api', 'web']);
    for (const path of [
      '.metadata.creationTimestamp',
      '{.metadata.creationTimestamp}',
      'metadata.creationTimestamp',
    ])
      expect(names(`kubectl get pods --sort-by=${path}`)).toEqual(['web', 'api']);
    expect(names("kubectl get pods --sort-by='.status.containerStatuses[0].restartCount'")).toEqual([
      'web',
      'api',
    ]);
    expect(sh(sim, 'kubectl get pods -o name --sort-by=.metadata.creationTimestamp')).toBe(
      'pod/web\npod/api',
    );
  });

  it('orders names naturally (web-2 before web-10), and warns that a watch ignores it', () => {
    const many = simWith(
      ['web-10', 'web-2', 'web-1'].map((name) => podManifest({ name })),
      5_000,
    );
    const rows = (line: string) =>
      sh(many, line)
        .split('\n')
        .slice(1)
        .map((row) => row.split(' ')[0]);
    expect(rows('kubectl get pods --sort-by=.metadata.name')).toEqual(['web-1', 'web-2', 'web-10']);
    expect(sh(many, 'kubectl get pods -w --sort-by=.metadata.name').split('\n')[0]).toBe(
      'warning: --watch requested, --sort-by will be ignored for watch events received',
    );
  });

  it('says what is wrong with a path, as kubectl does', () => {
    expect(sh(sim, 'kubectl get pods --sort-by=.spec.nope')).toBe(
      'error: couldn\'t find any field with path "{.spec.nope}" in the list of objects',
    );
    expect(sh(sim, 'kubectl get events --sort-by=a..b')).toMatch(/^error: unexpected path string/);
  });
});

describe('kubectl get nodes, and pods -A', () => {
  it('lists the Node, Ready since the simulation began, with its address in -o wide', () => {
    const sim = simWith([nginx], 90_000);
    expect(sh(sim, 'kubectl get nodes')).toBe(
      ['NAME     STATUS   ROLES    AGE   VERSION', 'node-1   Ready    <none>   90s   v1.35.0'].join('\n'),
    );
    expect(sh(sim, 'kubectl get no node-1 -o wide')).toMatch(
      /^NAME +STATUS +ROLES +AGE +VERSION +INTERNAL-IP +EXTERNAL-IP +OS-IMAGE +KERNEL-VERSION +CONTAINER-RUNTIME\nnode-1 +Ready +<none> +90s +v1\.35\.0 +192\.168\.49\.2 +<none> /,
    );
    // What a real Node reports of itself, not <unknown> and a bare runtime name.
    expect(sh(sim, 'kubectl get nodes -o wide')).toMatch(
      / {3}Debian GNU\/Linux 13 \(trixie\) {3}6\.12\.\S+ {3}containerd:\/\/2\.\d+\.\d+$/,
    );
    expect(sh(sim, 'kubectl get node/node-1 -o name')).toBe('node/node-1');
    const node = parse(sh(sim, 'kubectl get node node-1 -o yaml')) as Record<string, never>;
    expect(node).toMatchObject({
      kind: 'Node',
      metadata: { name: 'node-1' },
      spec: { podCIDR: '10.244.1.0/24' },
    });
    expect(sh(sim, 'kubectl get nodes node-9')).toBe(
      'Error from server (NotFound): nodes "node-9" not found',
    );
  });

  it('-A adds the NAMESPACE column; other resource types name the ones PodScope has', () => {
    const sim = simWith([nginx], 10_000);
    expect(sh(sim, 'kubectl get pods -A')).toBe(
      [
        'NAMESPACE   NAME    READY   STATUS    RESTARTS   AGE',
        'default     nginx   1/1     Running   0          10s',
      ].join('\n'),
    );
    expect(runCommand('kubectl get services', contextOf(sim))).toEqual({
      output: 'error: the server doesn\'t have a resource type "services"',
      note: 'PodScope simulates pods, events and nodes only.',
    });
    // kubectl's words stay English; PodScope's own note is in the UI's language.
    expect(
      runCommand('kubectl get svc', contextOf(sim, { onlyKinds: '这里只模拟 pods、events 和 nodes。' })),
    ).toEqual({
      output: 'error: the server doesn\'t have a resource type "svc"',
      note: '这里只模拟 pods、events 和 nodes。',
    });
  });
});
