/** ServiceAccount admission's token volume: in kubectl's views and the containers' files, not in the simulation. */
import { describe, expect, it } from 'vitest';
import { admitted, TOKEN_MOUNT_PATH } from './serviceAccount';
import { runCommand } from './runCommand';
import { container, contextOf, podManifest, sh, simWith } from './testing/scene';

const DIR = TOKEN_MOUNT_PATH;
const pod = podManifest({
  name: 'web',
  initContainers: [container('setup', { run: 'true' })],
  containers: [container('app'), container('side', { run: 'sleep infinity' })],
});

/** base64url → text, as `base64 -d` would after padding. */
const decode = (part: string): unknown => JSON.parse(atob(part.replace(/-/g, '+').replace(/_/g, '/')));

describe('ServiceAccount admission', () => {
  it('mounts one projected volume read-only in every container, init containers too', () => {
    const sim = simWith([pod]);
    const stored = admitted(sim.pod('web')!);
    const volumes = stored.spec?.volumes ?? [];
    expect(volumes).toHaveLength(1);
    const name = volumes[0]!.name;
    // generateName: the prefix and 5 characters without vowels or look-alikes.
    expect(name).toMatch(/^kube-api-access-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(volumes[0]!.projected?.sources?.map((s) => Object.keys(s)[0])).toEqual([
      'serviceAccountToken',
      'configMap',
      'downwardAPI',
    ]);
    for (const c of [...(stored.spec?.initContainers ?? []), ...(stored.spec?.containers ?? [])]) {
      expect(c.volumeMounts).toEqual([{ name, readOnly: true, mountPath: DIR }]);
    }
    // One stored object per Pod object: the same name every time it is read.
    expect(admitted(sim.pod('web')!)).toBe(stored);
    // Another Pod, another name.
    const other = simWith([pod, podManifest({ name: 'api' })]);
    expect(admitted(other.pod('api')!).spec?.volumes?.[0]?.name).not.toBe(
      admitted(other.pod('web')!).spec?.volumes?.[0]?.name,
    );
  });

  it('the simulation keeps the Pod as written: the canvas and kubectl apply do not see the volume', () => {
    const sim = simWith([pod]);
    expect(sim.pod('web')?.spec?.volumes).toBeUndefined();
    expect(sim.volumes()).toEqual([]);
    // Applying the same manifest changes nothing, as kubectl apply's patch leaves admission's fields alone.
    expect(sh(sim, 'kubectl apply -f -', { manifest: JSON.stringify(pod) })).toBe('pod/web unchanged');
  });

  it('kubectl get -o yaml applied back changes nothing; with a new image, it changes in place', () => {
    const sim = simWith([pod]);
    const uid = sim.pod('web')?.metadata?.uid;
    const yaml = sh(sim, 'kubectl get pod web -o yaml');
    expect(yaml).toContain('kube-api-access-');
    // --sort-by reads the stored Pod too.
    expect(sh(sim, 'kubectl get pods --sort-by=.spec.volumes[0].name')).toMatch(/^NAME +READY/);
    const applied = runCommand('kubectl apply -f -', contextOf(sim, { manifest: yaml }));
    expect(applied.output).toBe('pod/web unchanged');
    sim.dispatch(applied.action!);
    expect(sim.pod('web')?.metadata?.uid).toBe(uid);
    const json = sh(sim, 'kubectl get pod web -o json').replace(
      '"image": "busybox:1.36"',
      '"image": "busybox:1.37"',
    );
    const changed = runCommand('kubectl apply -f -', contextOf(sim, { manifest: json }));
    expect(changed.output).toBe('pod/web configured');
    sim.dispatch(changed.action!);
    sim.advance(5_000);
    // The same Pod, its image changed; admission's volume is still not the simulation's.
    expect(sim.pod('web')?.metadata?.uid).toBe(uid);
    expect(sim.pod('web')?.spec?.containers.find((c) => c.name === 'side')?.image).toBe('busybox:1.37');
    expect(sim.pod('web')?.spec?.volumes).toBeUndefined();
  });

  it('kubectl apply of a Pod naming a ServiceAccount the cluster lacks: Forbidden, nothing to dispatch', () => {
    const sim = simWith([]);
    const robot = { ...pod, spec: { ...pod.spec!, serviceAccountName: 'robot' } };
    expect(runCommand('kubectl apply -f -', contextOf(sim, { manifest: JSON.stringify(robot) }))).toEqual({
      output:
        'Error from server (Forbidden): error when creating "STDIN": pods "web" is forbidden: error looking up service account default/robot: serviceaccount "robot" not found',
    });
    // The API server's order: decoding (strict: an unknown field), then admission, then validation.
    const apply = (manifest: object) =>
      runCommand('kubectl apply -f -', contextOf(sim, { manifest: JSON.stringify(manifest) })).output;
    const noImage = { ...robot, spec: { ...robot.spec, containers: [{ name: 'app' }] } };
    expect(apply(noImage)).toMatch(/^Error from server \(Forbidden\): .*serviceaccount "robot" not found$/);
    const typo = { ...noImage, spec: { ...noImage.spec, restartPolcy: 'Never' } };
    expect(apply(typo)).toMatch(
      /^Error from server \(BadRequest\): .*strict decoding error: unknown field "spec.restartPolcy"$/,
    );
    expect(apply({ ...pod, spec: { ...pod.spec, containers: [{ name: 'app' }] } })).toMatch(
      /^The Pod "web" is invalid: .*spec.containers\[0\].image: Required value/,
    );
  });

  it('-o yaml applied back is unchanged when the Pod was written with empty lists', () => {
    const empty = podManifest({
      name: 'web',
      volumes: [],
      containers: [container('app', { volumeMounts: [] })],
    });
    const sim = simWith([empty]);
    const yaml = sh(sim, 'kubectl get pod web -o yaml');
    expect(sh(sim, 'kubectl apply -f -', { manifest: yaml })).toBe('pod/web unchanged');
  });

  it('a mount of admission’s volume the user adds: applied as written (the simulation says what it thinks)', () => {
    const sim = simWith([podManifest({ name: 'web', containers: [container('app')] })]);
    const stored = JSON.parse(sh(sim, 'kubectl get pod web -o json')) as {
      spec: { volumes: { name: string }[]; containers: { volumeMounts: object[] }[] };
    };
    const name = stored.spec.volumes[0]!.name;
    stored.spec.containers[0]!.volumeMounts.push({ name, mountPath: '/tok' });
    const applied = runCommand('kubectl apply -f -', contextOf(sim, { manifest: JSON.stringify(stored) }));
    // The text as written goes to the simulation, which has that volume in it: no mount of a missing volume.
    expect(applied.action).toEqual({ type: 'applyPod', manifest: JSON.stringify(stored) });
    expect(() => sim.dispatch(applied.action!)).not.toThrow();
  });

  it('automountServiceAccountToken: false mounts nothing', () => {
    const sim = simWith([{ ...pod, spec: { ...pod.spec!, automountServiceAccountToken: false } }]);
    const described = sh(sim, 'kubectl describe pod web');
    expect(described).toMatch(/^ {4}Mounts: +<none>$/m);
    expect(described).toMatch(/^Volumes: +<none>$/m);
    expect(sh(sim, `kubectl exec web -c side -- ls ${DIR}`)).toMatch(
      /^ls: cannot access '.*serviceaccount': No such file or directory/,
    );
  });

  it('a token volume of the user’s own is not admission’s: it gets none of its files', () => {
    const sim = simWith([
      podManifest({
        name: 'web',
        volumes: [
          { name: 'vault', projected: { sources: [{ serviceAccountToken: { path: 'vault-token' } }] } },
        ],
        containers: [
          container('b', { run: 'sleep infinity', volumeMounts: [{ name: 'vault', mountPath: '/tokens' }] }),
        ],
      }),
    ]);
    expect(sh(sim, 'kubectl exec web -- ls /tokens')).toBe('');
    expect(sh(sim, `kubectl exec web -- ls ${DIR}`)).toBe('ca.crt\nnamespace\ntoken');
  });

  it('a container that mounts its own volume there keeps it; the others get the token', () => {
    const own = podManifest({
      name: 'web',
      volumes: [{ name: 'mine', emptyDir: {} }],
      containers: [
        container('app', { volumeMounts: [{ name: 'mine', mountPath: DIR }] }),
        container('side', { run: 'sleep infinity' }),
      ],
    });
    const stored = admitted(simWith([own]).pod('web')!);
    const [app, side] = stored.spec?.containers ?? [];
    expect(app?.volumeMounts).toEqual([{ name: 'mine', mountPath: DIR }]);
    expect(side?.volumeMounts?.[0]?.name).toMatch(/^kube-api-access-/);
    expect(stored.spec?.volumes?.map((v) => v.name)).toEqual(['mine', side?.volumeMounts?.[0]?.name]);
  });

  it('in the container: the CA, the namespace and a token whose claims name the Pod', () => {
    const sim = simWith([pod]);
    const exec = (line: string) => sh(sim, `kubectl exec web -c side -- ${line}`);
    expect(exec(`ls ${DIR}`)).toBe('ca.crt\nnamespace\ntoken');
    expect(exec(`ls /var/run/secrets`)).toBe('kubernetes.io');
    // Each file is a link into ..data, which the kubelet swaps when it writes new contents.
    expect(exec(`ls -l ${DIR}`).split('\n')).toEqual([
      'total 0',
      'lrwxrwxrwx 1 root root 13 Jan  1 00:00 ca.crt -> ..data/ca.crt',
      'lrwxrwxrwx 1 root root 16 Jan  1 00:00 namespace -> ..data/namespace',
      'lrwxrwxrwx 1 root root 12 Jan  1 00:00 token -> ..data/token',
    ]);
    expect(exec(`cat ${DIR}/namespace`)).toBe('default');
    // The links' targets are there, and -a shows their directory.
    expect(exec(`ls -a ${DIR}`)).toBe('.\n..\n..data\nca.crt\nnamespace\ntoken');
    expect(exec(`ls ${DIR}/..data`)).toBe('ca.crt\nnamespace\ntoken');
    expect(exec(`cat ${DIR}/..data/namespace`)).toBe('default');
    expect(exec(`cat ${DIR}/ca.crt`)).toMatch(
      /^-----BEGIN CERTIFICATE-----\n([A-Za-z0-9+/=]{1,64}\n)+-----END CERTIFICATE-----$/,
    );
    const [header, payload, signature] = exec(`cat ${DIR}/token`).split('.');
    expect(decode(header!)).toMatchObject({ alg: 'RS256' });
    expect(signature).toMatch(/^[\w-]{342}$/);
    const started = Date.parse(sim.pod('web')!.status!.startTime!) / 1000;
    const issuer = 'https://kubernetes.default.svc.cluster.local';
    expect(decode(payload!)).toMatchObject({
      aud: [issuer],
      iss: issuer,
      sub: 'system:serviceaccount:default:default',
      iat: started,
      nbf: started,
      // The kubelet asks for 3607 s; the API server extends it to a year and warns after the 3607 s.
      exp: started + 365 * 24 * 3600,
      'kubernetes.io': {
        namespace: 'default',
        node: { name: 'node-1' },
        pod: { name: 'web', uid: sim.pod('web')!.metadata!.uid },
        serviceaccount: { name: 'default' },
        warnafter: started + 3607,
      },
    });
    // Every container sees the same files: one volume.
    expect(sh(sim, `kubectl exec web -c app -- cat ${DIR}/token`)).toBe(exec(`cat ${DIR}/token`));
  });
});
