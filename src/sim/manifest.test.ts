/** Manifest validation: Kubernetes-style messages with field paths. */
import { describe, expect, it } from 'vitest';
import { createSimulation, validatePodManifest } from './index';
import { container, podManifest } from './testing/fixtures';

const messages = (input: unknown): string[] => validatePodManifest(input).errors.map((e) => e.message);

describe('validatePodManifest', () => {
  it('accepts YAML and fills API defaults', () => {
    const result = validatePodManifest(`
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: nginx
      ports:
        - containerPort: 80
`);
    expect(result.errors).toEqual([]);
    expect(result.pod?.spec).toMatchObject({
      restartPolicy: 'Always',
      terminationGracePeriodSeconds: 30,
      dnsPolicy: 'ClusterFirst',
    });
    expect(result.pod?.spec?.containers[0]).toMatchObject({
      imagePullPolicy: 'Always',
      ports: [{ containerPort: 80, protocol: 'TCP' }],
    });
    expect(result.pod?.metadata?.namespace).toBe('default');
  });

  it('reports required fields with their path', () => {
    expect(messages(podManifest({ name: '' }))).toEqual(['metadata.name: Required value']);
    expect(messages({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'x' }, spec: {} })).toEqual([
      'spec.containers: Required value',
    ]);
    expect(messages(podManifest({ containers: [{ name: 'app', image: '' }] }))).toEqual([
      'spec.containers[0].image: Required value',
    ]);
  });

  it('checks names', () => {
    expect(messages(podManifest({ name: 'Foo_' }))[0]).toMatch(
      /^metadata\.name: Invalid value: "Foo_": a lowercase RFC 1123 subdomain must consist of/,
    );
    expect(
      messages(
        podManifest({ initContainers: [container('app')], containers: [container('x'), container('app')] }),
      ),
    ).toEqual(['spec.containers[1].name: Duplicate value: "app"']);
  });

  it('checks policies and switches', () => {
    expect(messages(podManifest({ restartPolicy: 'Sometimes' }))).toEqual([
      'spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"',
    ]);
    expect(messages(podManifest({ shareProcessNamespace: true, hostPID: true }))).toEqual([
      'spec.shareProcessNamespace: Invalid value: true: ShareProcessNamespace and HostPID cannot both be enabled',
    ]);
    expect(
      messages(podManifest({ initContainers: [container('init', { restartPolicy: 'Never' })] })),
    ).toEqual([
      'spec.initContainers[0].restartPolicy: Unsupported value: "Never": supported values: "Always"',
    ]);
    expect(
      messages(podManifest({ containers: [container('a', { ports: [{ containerPort: 0 }] })] })),
    ).toEqual([
      'spec.containers[0].ports[0].containerPort: Invalid value: 0: must be between 1 and 65535, inclusive',
    ]);
    expect(
      messages(
        podManifest({ containers: [container('a', { volumeMounts: [{ name: 'nope', mountPath: '/x' }] })] }),
      ),
    ).toEqual(['spec.containers[0].volumeMounts[0].name: Not found: "nope"']);
  });

  it('refuses other kinds, with a pointer to what PodScope does', () => {
    expect(
      messages({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' }, spec: {} }),
    ).toEqual(['kind: Deployment is not supported: PodScope simulates Pods (kind: Pod)']);
  });

  it('warns about unknown fields', () => {
    const pod = podManifest({
      containers: [{ name: 'app', image: 'nginx', imagePullPolcy: 'Always' } as never],
    });
    expect(validatePodManifest(pod).warnings).toEqual(['unknown field "spec.containers[0].imagePullPolcy"']);
  });

  it('drops unknown fields from the stored Pod, as the API server does, and keeps the known ones', () => {
    const input = {
      ...podManifest({
        containers: [
          {
            name: 'app',
            image: 'nginx',
            imagePullPolcy: 'Never',
            ports: [{ containerPort: 80, portt: 1 }],
            volumeMounts: [{ name: 'data', mountPath: '/d', mountPropgation: 'x' }],
          } as never,
        ],
        volumes: [{ name: 'data', emptyDir: {}, emptyDirr: {} } as never],
      }),
      extra: 1,
    };
    (input.metadata as Record<string, unknown>).lables = { a: 'b' };
    (input.spec as unknown as Record<string, unknown>).hostNetwrk = true;
    const result = validatePodManifest(input);
    expect(result.warnings).toHaveLength(7);
    const pod = result.pod as unknown as Record<string, Record<string, unknown>>;
    expect(pod.extra).toBeUndefined();
    expect(pod.metadata!.lables).toBeUndefined();
    expect(pod.spec!.hostNetwrk).toBeUndefined();
    const c = (pod.spec!.containers as Record<string, unknown>[])[0]!;
    expect(c.imagePullPolcy).toBeUndefined();
    expect(c.imagePullPolicy).toBe('Always');
    expect(c.ports).toEqual([{ containerPort: 80, protocol: 'TCP' }]);
    expect(c.volumeMounts).toEqual([{ name: 'data', mountPath: '/d' }]);
    expect(pod.spec!.volumes).toEqual([{ name: 'data', emptyDir: {} }]);
  });

  it('refuses annotations over 256 KiB in all, keys and values in bytes (ValidateAnnotationsSize)', () => {
    const withNote = (note: string) => ({
      ...podManifest(),
      metadata: { name: 'web', annotations: { note } },
    });
    // 'note' is 4 bytes: 262,140 more fill the limit exactly; a 3-byte character goes over.
    expect(messages(withNote('x'.repeat(262_140)))).toEqual([]);
    expect(messages(withNote('x'.repeat(262_138) + '界'))).toEqual([
      'metadata.annotations: Too long: may not be more than 262144 bytes',
    ]);
  });

  it('refuses malformed, huge, deep or alias-bomb YAML', () => {
    expect(messages('kind: Pod\n  bad: [')[0]).toMatch(/^yaml: /);
    expect(messages('x'.repeat(1_000_001))).toEqual(['manifest is larger than 1 MB']);
    expect(messages('a: '.repeat(1) + '['.repeat(60) + ']'.repeat(60))[0]).toMatch(/nests deeper than/);
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`),
    ].join('\n');
    expect(messages(bomb)[0]).toMatch(/^yaml: /);
    expect(messages('- 1\n- 2')).toEqual(['manifest must be a YAML or JSON object (a Pod)']);
  });
});

describe('createPod errors', () => {
  it('formats errors like kubectl and refuses duplicates', () => {
    const sim = createSimulation();
    expect(() =>
      sim.dispatch({
        type: 'createPod',
        manifest: podManifest({ containers: [{ name: 'app', image: '' }] }),
      }),
    ).toThrow('The Pod "web" is invalid: spec.containers[0].image: Required value');
    sim.dispatch({ type: 'createPod', manifest: podManifest() });
    expect(() => sim.dispatch({ type: 'createPod', manifest: podManifest() })).toThrow(
      'pods "web" already exists',
    );
  });
});

describe('hostile manifest text is refused before parsing', () => {
  // Unbounded, these take minutes or exhaust memory; Vitest's per-test timeout is the hang detector.
  it('deep nesting, many items and 5 MB come back as validation errors', () => {
    for (const text of [
      '['.repeat(900_000),
      'a:\n' + ' '.repeat(300) + 'b: 1\n',
      'k: v\n'.repeat(60_000),
      'x'.repeat(5_000_000),
    ]) {
      const result = validatePodManifest(text);
      expect(result.pod).toBeUndefined();
      expect(result.errors[0]?.message).toMatch(/nests too deeply|more than 2000 lines|larger than 1 MB/);
    }
  });
});
