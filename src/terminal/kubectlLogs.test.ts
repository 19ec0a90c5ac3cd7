/** `kubectl logs`: lines from the simulation's container output, errors worded like kubectl and the API server. */
import { describe, expect, it } from 'vitest';
import { container, podManifest, sh, simWith } from './testing/scene';

const clash = podManifest({
  name: 'clash',
  containers: [
    container('a', { ports: [{ containerPort: 80 }] }),
    container('b', { ports: [{ containerPort: 80 }] }),
  ],
});

describe('kubectl logs', () => {
  it('shows why a container crash-loops: the port is taken in the shared network namespace', () => {
    const sim = simWith([clash], 30_000);
    const line = 'nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)';
    const last = (text: string) => text.split('\n').at(-1);
    expect(last(sh(sim, 'kubectl logs clash -c b'))).toBe(line);
    // STATUS says Error: the instance before the one that failed is already garbage-collected.
    const gone = /^unable to retrieve container logs for containerd:\/\/[0-9a-f]{64}$/;
    expect(sh(sim, 'kubectl logs clash -c b --previous')).toMatch(gone);
    expect(sh(sim, 'kubectl logs clash b -p')).toMatch(gone);
    // Once the kubelet writes CrashLoopBackOff (the sync as the back-off ends), the failed one is lastState.
    for (let t = 0; t < 30_000 && !sh(sim, 'kubectl get pod clash').includes('CrashLoopBackOff'); t += 100)
      sim.advance(100);
    expect(sh(sim, 'kubectl get pod clash')).toContain('CrashLoopBackOff');
    expect(last(sh(sim, 'kubectl logs clash -c b --previous'))).toBe(line);
  });

  it('shows what the nginx image prints as it starts: its entrypoint, then the master forking its workers', () => {
    const sim = simWith(
      [podManifest({ name: 'web', containers: [container('app', { image: 'nginx:1.27' })] })],
      5_000,
    );
    const logs = sh(sim, 'kubectl logs web').split('\n');
    expect(logs[0]).toBe(
      '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
    );
    expect(logs).toContain('/docker-entrypoint.sh: Configuration complete; ready for start up');
    // Its error log is /dev/stderr: the notices carry nginx's time format and the master's PID, 1 in its own
    // PID namespace; the workers' PIDs are the ones ps shows.
    expect(logs).toContainEqual(
      expect.stringMatching(/^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d \[notice\] 1#1: nginx\/1\.27\.5$/),
    );
    expect(logs.filter((l) => l.includes('start worker process ')).map((l) => l.split(' ').at(-1))).toEqual([
      '7',
      '8',
    ]);
    // The same in the Alpine variant, which names no Debian compiler.
    const alpine = simWith(
      [podManifest({ name: 'web', containers: [container('app', { image: 'nginx:1.27-alpine' })] })],
      5_000,
    );
    const alpineLogs = sh(alpine, 'kubectl logs web');
    expect(alpineLogs).toContain('[notice] 1#1: nginx/1.27.5');
    expect(alpineLogs).not.toContain('Debian');
    // nginx started by a command of the Pod's own: no entrypoint, but the same server start, as ps shows it.
    const own = (command?: string[], args?: string[]) =>
      simWith(
        [
          podManifest({
            name: 'web',
            containers: [
              container('app', {
                image: 'nginx:1.27',
                ...(command ? { command } : {}),
                ...(args ? { args } : {}),
              }),
            ],
          }),
        ],
        5_000,
      );
    const direct = own(['nginx', '-g', 'daemon off;']);
    expect(sh(direct, 'kubectl logs web')).not.toContain('docker-entrypoint');
    expect(sh(direct, 'kubectl logs web')).toContain('[notice] 1#1: start worker process 8');
    // args that only test the configuration: the entrypoint runs, no server starts.
    const test = sh(own(undefined, ['nginx', '-t']), 'kubectl logs web');
    expect(test).toContain('Configuration complete; ready for start up');
    expect(test).not.toContain('[notice]');
    // Another program in the image (a command of the Pod's own) prints none of it.
    expect(sh(own(['sleep', '3600']), 'kubectl logs web')).toBe('');
  });

  it('prints what a script echoed, and defaults to the first container with kubectl’s notice', () => {
    const sim = simWith([
      podManifest({
        name: 'job',
        restartPolicy: 'Never',
        containers: [container('worker', { run: 'echo working; echo done' })],
      }),
      podManifest({
        name: 'two',
        containers: [container('main', { run: 'echo hi; sleep infinity' }), container('other')],
      }),
    ]);
    expect(sh(sim, 'kubectl logs job')).toBe('working\ndone');
    expect(sh(sim, 'kubectl logs pod/two')).toBe('Defaulted container "main" out of: main, other\nhi');
  });

  it.each([
    ['kubectl logs nope', 'Error from server (NotFound): pods "nope" not found'],
    ['kubectl logs clash -c x', 'error: container x is not valid for pod clash'],
    [
      'kubectl logs clash -c a --previous',
      'Error from server (BadRequest): previous terminated container "a" in pod "clash" not found',
    ],
  ])('%s', (line, expected) => {
    expect(sh(simWith([clash], 30_000), line)).toBe(expected);
  });

  it('needs a Pod name', () => {
    expect(sh(simWith([]), 'kubectl logs')).toMatch(
      /^error: expected 'logs \[-f\] \[-p\] \(POD \| TYPE\/NAME\) \[-c CONTAINER\]'/,
    );
  });
});
