/** `kubectl exec` (continued): files and volumes, IPC, curl over the shared network namespace, and errors. */
import { describe, expect, it } from 'vitest';
import { container, podManifest, sh, simWith } from './testing/scene';

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

describe('kubectl exec: files, ipc and the network from inside', () => {
  it('ls / lists the image’s directories and mount points; a shared emptyDir shows the same files', () => {
    const sim = simWith([web]);
    expect(sh(sim, 'kubectl exec web -c side -- ls /').split('\n')).toEqual([
      'bin',
      'dev',
      'etc',
      'home',
      'lib',
      'lib64',
      'logs',
      'proc',
      'root',
      'sys',
      'tmp',
      'usr',
      'var',
    ]);
    sim.dispatch({
      type: 'writeFile',
      pod: 'web',
      container: 'app',
      path: '/var/log/nginx/access.log',
      content: 'GET /\n',
    });
    expect(sh(sim, 'kubectl exec web -c side -- ls /logs')).toBe('access.log');
    expect(sh(sim, 'kubectl exec web -c side -- ls -l /logs')).toBe(
      ['total 4', '-rw-r--r-- 1 root root 6 Jan  1 00:00 access.log'].join('\n'),
    );
    expect(sh(sim, 'kubectl exec web -c side -- cat /logs/access.log')).toBe('GET /');
    expect(sh(sim, 'kubectl exec web -c side -- ls /nope')).toBe(
      "ls: cannot access '/nope': No such file or directory\ncommand terminated with exit code 2",
    );
  });

  it('the kubelet’s /etc/hosts and /etc/hostname', () => {
    const sim = simWith([web]);
    expect(sh(sim, 'kubectl exec web -c side -- cat /etc/hostname')).toBe('web');
    expect(sh(sim, 'kubectl exec web -c side -- cat /etc/hosts')).toMatch(
      /^# Kubernetes-managed hosts file\.\n(?:.*\n)*10\.244\.1\.2\tweb$/,
    );
  });

  it('ipcs -m prints util-linux’s empty table: a fresh IPC namespace', () => {
    const sim = simWith([web]);
    expect(sh(sim, 'kubectl exec web -c side -- ipcs -m')).toBe(
      '\n------ Shared Memory Segments --------\nkey        shmid      owner      perms      bytes      nattch     status      ',
    );
  });

  it('curl localhost reaches whichever container listens on that port (one network namespace)', () => {
    const sim = simWith([web]);
    expect(sh(sim, 'kubectl exec web -c side -- curl localhost:80')).toContain(
      '<title>Welcome to nginx!</title>',
    );
    expect(sh(sim, 'kubectl exec web -c side -- curl -s http://127.0.0.1/')).toContain('Welcome to nginx!');
    expect(sh(sim, 'kubectl exec web -c side -- curl localhost:81')).toBe(
      'curl: (7) Failed to connect to localhost port 81: Connection refused\ncommand terminated with exit code 7',
    );
    expect(sh(sim, 'kubectl exec web -c side -- curl 10.244.1.2:80')).toContain('Welcome to nginx!');
    expect(sh(sim, 'kubectl exec web -c side -- curl web')).toBe(
      'curl: (6) Could not resolve host: web\ncommand terminated with exit code 6',
    );
  });

  it('nginx with an emptyDir over its document root answers 403 until a page is written', () => {
    const init = podManifest({
      name: 'site',
      volumes: [{ name: 'html', emptyDir: {} }],
      containers: [
        container('app', {
          ports: [{ containerPort: 80 }],
          volumeMounts: [{ name: 'html', mountPath: '/usr/share/nginx/html' }],
        }),
      ],
    });
    const sim = simWith([init]);
    expect(sh(sim, 'kubectl exec site -- curl localhost')).toContain('<title>403 Forbidden</title>');
    sim.dispatch({
      type: 'writeFile',
      pod: 'site',
      container: 'app',
      path: '/usr/share/nginx/html/index.html',
      content: 'hello\n',
    });
    expect(sh(sim, 'kubectl exec site -- curl localhost')).toBe('hello');
  });
});

describe('kubectl exec: errors as kubectl and the runtime word them', () => {
  const sim = simWith(
    [
      web,
      podManifest({
        name: 'clash',
        containers: [
          container('a', { ports: [{ containerPort: 80 }] }),
          container('b', { ports: [{ containerPort: 80 }] }),
        ],
      }),
    ],
    30_000,
  );

  it.each([
    ['kubectl exec nope -- hostname', 'Error from server (NotFound): pods "nope" not found'],
    ['kubectl exec web -c nope -- hostname', 'error: container nope not found in pod web'],
    ['kubectl exec clash -c b -- hostname', 'error: unable to upgrade connection: container not found ("b")'],
    [
      'kubectl exec web hostname',
      'error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead',
    ],
    ['kubectl exec web --', 'error: you must specify at least one command for the container'],
  ])('%s', (line, expected) => {
    expect(sh(sim, line)).toBe(expected);
  });

  it('picks the first container and says so when there is a choice', () => {
    expect(sh(sim, 'kubectl exec web -- hostname')).toBe('Defaulted container "app" out of: app, side\nweb');
  });

  it('an unknown program fails to start, like containerd reports it', () => {
    expect(sh(sim, 'kubectl exec web -c app -- vim')).toMatch(
      /^error: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "[0-9a-f]{64}": OCI runtime exec failed: exec failed: unable to start container process: exec: "vim": executable file not found in \$PATH: unknown$/,
    );
  });

  it('sh -c runs simple commands in turn', () => {
    expect(sh(sim, `kubectl exec web -c side -- sh -c 'hostname; cat /etc/hostname'`)).toBe('web\nweb');
  });
});
