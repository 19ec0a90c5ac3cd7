/** The editor's checks: located YAML and field errors, and refusals of hostile input in bounded time. */
import { describe, expect, it } from 'vitest';
import { checkManifest, portWarnings } from './manifestCheck';
import { MAX_MANIFEST_CHARS } from './manifestLimits';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: app
    image: nginx:1.27
`;

/**
 * Runs the check and fails if it *hangs*. The bound is loose on purpose (a shared CI machine can be slow);
 * the unbounded cases this guards against take minutes or crash. Real speed is for `npm run bench`.
 */
function timed(text: string, budgetMs = 10_000) {
  const started = performance.now();
  const result = checkManifest(text);
  expect(performance.now() - started).toBeLessThan(budgetMs);
  return result;
}

const laughs = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'.split('').map(
    (n, i) =>
      `${n}: &${n} [${Array(9)
        .fill(`*${'abcdefgh'[i] ?? 'a'}`)
        .join(',')}]`,
  ),
].join('\n');

describe('checkManifest', () => {
  it('skips empty documents like kubectl, and refuses two Pods in one text at the second', () => {
    expect(checkManifest(`${POD}---\n`).pod?.metadata?.name).toBe('web');
    expect(checkManifest(`---\n${POD}---\n# the end\n`).pod?.metadata?.name).toBe('web');
    const two = `${POD}---\n${POD.replace('web', 'db')}`;
    expect(checkManifest(two).issues).toEqual([
      {
        severity: 'error',
        kind: 'documents',
        message: 'yaml: the text holds 2 documents (each --- line starts one); a Pod manifest is one',
        documents: 2,
        from: POD.length,
        to: two.length,
        line: 9,
        col: 1,
      },
    ]);
  });

  it('accepts a valid Pod and returns it defaulted', () => {
    const result = checkManifest(POD);
    expect(result.issues).toEqual([]);
    expect(result.pod?.spec?.restartPolicy).toBe('Always');
  });

  it('locates YAML syntax errors by line and column', () => {
    const [issue] = checkManifest('apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n bad: [\n').issues;
    expect(issue).toMatchObject({ severity: 'error', kind: 'syntax', line: 5, col: 1 });
    expect(checkManifest('kind: Pod\nkind: Pod\n').issues[0]).toMatchObject({
      kind: 'syntax',
      message: 'mapping key "kind" already defined',
      line: 2,
      col: 1,
    });
  });

  it('locates field errors at their value (or the nearest key when the field is missing)', () => {
    const text = [
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web',
      'spec:',
      '  restartPolicy: Sometimes',
      '  hostPID: true',
      '  shareProcessNamespace: true',
      '  containers:',
      '  - name: app',
      '  - name: app',
      '    image: nginx:1.27',
    ].join('\n');
    const byField = new Map(checkManifest(text).issues.map((i) => [i.field, i]));
    expect(byField.get('spec.restartPolicy')).toMatchObject({
      message:
        'spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"',
      line: 6,
      col: 18,
    });
    // Missing: points at the list item it belongs to.
    expect(byField.get('spec.containers[0].image')).toMatchObject({
      message: 'spec.containers[0].image: Required value',
      line: 10,
      col: 5,
    });
    expect(byField.get('spec.containers[1].name')).toMatchObject({
      message: 'spec.containers[1].name: Duplicate value: "app"',
      line: 11,
      col: 11,
    });
    expect(byField.get('spec.shareProcessNamespace')).toMatchObject({
      message:
        'spec.shareProcessNamespace: Invalid value: true: ShareProcessNamespace and HostPID cannot both be enabled',
      line: 8,
      col: 26,
    });
  });

  it('refuses a ServiceAccount the cluster lacks, as ServiceAccount admission does, at its value', () => {
    const named = checkManifest(POD.replace('spec:\n', 'spec:\n  serviceAccountName: robot\n'));
    expect(named.pod).toBeUndefined();
    expect(named.issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        kind: 'admission',
        field: 'spec.serviceAccountName',
        message:
          'pods "web" is forbidden: error looking up service account default/robot: serviceaccount "robot" not found',
        line: 6,
        col: 23,
      }),
    ]);
    // The deprecated alias names it when serviceAccountName is empty; default is the one that exists.
    const alias = checkManifest(POD.replace('spec:\n', 'spec:\n  serviceAccount: robot\n'));
    expect(alias.issues.map((i) => [i.kind, i.field])).toEqual([['admission', 'spec.serviceAccount']]);
    expect(checkManifest(POD.replace('spec:\n', 'spec:\n  serviceAccountName: default\n')).pod).toBeDefined();
  });

  it('flags unknown fields as warnings at their key', () => {
    const issues = checkManifest(POD.replace('    image:', '    imagePullPolcy: Always\n    image:')).issues;
    expect(issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        kind: 'unknownField',
        message: 'unknown field "spec.containers[0].imagePullPolcy"',
        line: 8,
        col: 5,
      }),
    ]);
  });

  it('warns at a port another container already declares, as the API server does (init containers first)', () => {
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  initContainers:
  - name: proxy
    image: envoy:1
    restartPolicy: Always
    ports:
    - containerPort: 80
  containers:
  - name: app
    image: nginx:1.27
    ports:
    - containerPort: 80
    - containerPort: 80
      protocol: UDP
`;
    expect(checkManifest(text).issues.map((i) => [i.severity, i.kind, i.message, i.line])).toEqual([
      [
        'warning',
        'serverWarning',
        'spec.containers[0].ports[0]: duplicate port definition with spec.initContainers[0].ports[0]',
        16,
      ],
    ]);
  });

  it('words the other port warnings as warnings.go does: a hostIP without a hostPort, an ambiguous hostPort', () => {
    const pod = {
      apiVersion: 'v1' as const,
      kind: 'Pod' as const,
      metadata: { name: 'web' },
      spec: {
        containers: [
          { name: 'a', image: 'nginx:1.27', ports: [{ containerPort: 80, hostIP: '10.0.0.1' }] },
          { name: 'b', image: 'nginx:1.27', ports: [{ containerPort: 53, hostPort: 53, protocol: 'UDP' }] },
          {
            name: 'c',
            image: 'nginx:1.27',
            ports: [{ containerPort: 53, hostPort: 53, protocol: 'UDP', hostIP: '10.0.0.1' }],
          },
        ],
      },
    };
    expect(portWarnings(pod).map((w) => w.message)).toEqual([
      'spec.containers[0].ports[0]: hostIP set without hostPort: {Name: HostPort:0 ContainerPort:80 Protocol:TCP HostIP:10.0.0.1}',
      'spec.containers[2].ports[0]: dangerously ambiguous port definition with spec.containers[1].ports[0]',
    ]);
  });

  it('warns at each probe and lifecycle hook, which PodScope keeps but does not run', () => {
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  initContainers:
  - name: logs
    image: busybox:1.36
    restartPolicy: Always
    startupProbe:
      exec: {command: [cat, /ready]}
  containers:
  - name: app
    image: nginx:1.27
    readinessProbe:
      httpGet: {path: /, port: 80}
    lifecycle:
      preStop:
        exec: {command: [sleep, '5']}
`;
    const check = checkManifest(text);
    expect(check.pod?.spec?.containers[0]?.readinessProbe).toBeDefined(); // kept, as the API server keeps it
    expect(check.issues.map((i) => [i.severity, i.kind, i.field, i.line, i.col])).toEqual([
      ['warning', 'notSimulated', 'spec.initContainers[0].startupProbe', 10, 5],
      ['warning', 'notSimulated', 'spec.containers[0].readinessProbe', 15, 5],
      ['warning', 'notSimulated', 'spec.containers[0].lifecycle', 17, 5],
    ]);
    expect(checkManifest(POD).issues).toEqual([]);
    // Set to null is nothing set: no warning.
    expect(checkManifest(POD.replace('    image:', '    readinessProbe: null\n    image:')).issues).toEqual(
      [],
    );
  });

  it('says what is supported when the manifest is not a Pod', () => {
    const [issue] = checkManifest('apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n').issues;
    expect(issue).toMatchObject({ kind: 'kind', line: 2, col: 7 });
    expect(issue?.message).toMatch(/^kind: Deployment is not supported: PodScope simulates Pods/);
  });

  it.each([
    ['a billion laughs', laughs, 'aliases'],
    ['5 MB of text', 'x'.repeat(5_000_000), 'size'],
    ['one byte over the limit', 'x'.repeat(MAX_MANIFEST_CHARS + 1), 'size'],
    ['900 000 unclosed [', `a: ${'['.repeat(900_000)}`, 'depth'],
    ['deep block nesting', Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}k:`).join('\n'), 'depth'],
    ['deep data under the limits', `a: ${'['.repeat(60)}${']'.repeat(60)}`, 'depth'],
    ['60 000 keys', Array.from({ length: 60_000 }, (_, i) => `k${i}: v`).join('\n'), 'items'],
    [
      '60 000 keys in a flow mapping',
      `{${Array.from({ length: 60_000 }, (_, i) => `k${i}: v`).join(',')}}`,
      'items',
    ],
  ])('refuses %s quickly with the limit named', (_name, text, limit) => {
    const { issues } = timed(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'error', kind: 'limit', limit: { limit } });
  });

  it('checks the largest manifest under the limits within the budget', () => {
    const big = `${POD}  volumes:\n${Array.from({ length: 990 }, (_, i) => `  - name: v${i}\n    emptyDir: {}`).join('\n')}\n`;
    expect(timed(big).issues).toEqual([]);
  });

  it('refuses empty text and non-objects with a message', () => {
    expect(checkManifest('').issues[0]?.message).toBe('manifest must be a YAML or JSON object (a Pod)');
    expect(checkManifest('- a\n- b').issues[0]?.message).toBe(
      'manifest must be a YAML or JSON object (a Pod)',
    );
  });
});
