/**
 * What the official nginx image does as it starts, for the views that show it: the lines its entrypoint and
 * its master process print (`kubectl logs`), and the worker processes the master forks (`ps`). Only those
 * views load this module; the simulation itself knows nginx only as a process that runs until stopped.
 */
import { imageName } from './process';
import type { ContainerState, PodState } from './state';
import { isoAt } from './time';
import type { PodSpec } from './types';

/** nginx's `worker_processes auto`: one worker per CPU the Node has (minikube's default 2). */
export const NGINX_WORKERS = 2;
/**
 * How far after the master's PID its first worker is: the image's entrypoint scripts ran before it exec'd
 * nginx. The Kubernetes docs' shareProcessNamespace example shows master 8, worker 14.
 */
export const NGINX_WORKER_OFFSET = 6;
/** The Node's kernel release, as the Node reports it (`kubectl get node -o yaml`) and nginx's "OS:" notice. */
export const NODE_KERNEL = '6.12.57+deb13-amd64';

/** /docker-entrypoint.sh of the nginx 1.2x images, before it execs nginx (all on stdout). */
const ENTRYPOINT = [
  '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
  '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
  '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
  '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
  '/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh',
  '/docker-entrypoint.sh: Configuration complete; ready for start up',
];

/**
 * The release an image tag names, with or without a variant (`-alpine`, `-bookworm`): `1.27` is that line's
 * last release, `1.27.3` itself; `latest`, `stable`, other lines: not known, so not printed.
 */
function releaseOf(image: string): string | undefined {
  const version = /:(\d+\.\d+(\.\d+)?)(-[\w.-]+)?(@|$)/.exec(image)?.[1];
  return version === '1.27' ? '1.27.5' : version?.split('.').length === 3 ? version : undefined;
}

/** nginx (or the image's nginx-debug) running as a server (not `-t`, `-v`, `-s reload`…): a master with workers. */
export function isNginxServer(argv: readonly string[]): boolean {
  const program = argv[0]?.split('/').pop() ?? '';
  return /^nginx(-debug)?$/.test(program) && !argv.some((a) => /^-[tTvVsh?]/.test(a));
}

/** nginx's error-log time: local time (UTC in the image), to the second. */
const logTime = (ms: number) => isoAt(ms).slice(0, 19).replace('T', ' ').replace(/-/g, '/');

/**
 * The lines an instance of the nginx image prints as it starts. Its entrypoint (replaced by a `command`)
 * prints its own when asked to run nginx (no `args`, or `args` that start with nginx); nginx as a server then
 * prints the master's notices (error_log is /dev/stderr, which `kubectl logs` shows with stdout), ending
 * with the workers it forked. One that failed to bind its port stops before the notices (its failure is
 * already among its logs); the access log (/dev/stdout) is not simulated, as requests are not. `master` is
 * the master's PID in the container's PID namespace.
 */
export function nginxStartLines(
  pod: PodState,
  c: ContainerState,
  master: number,
): { at: number; line: string }[] {
  const podSpec = pod.manifest.spec as PodSpec;
  const spec = [...(podSpec.initContainers ?? []), ...podSpec.containers].find((s) => s.name === c.name);
  if (imageName(c.image) !== 'nginx' || c.startedAt === undefined) return [];
  const { command = [], args = [] } = spec ?? {};
  // `args` replace the image's CMD (nginx -g 'daemon off;'); a `command` replaces its entrypoint too.
  const argv = command.length > 0 ? [...command, ...args] : args.length > 0 ? args : ['nginx'];
  const entrypoint = command.length === 0 && /^nginx(-debug)?$/.test(argv[0] ?? '');
  const start = c.startedAt;
  const lines = entrypoint ? ENTRYPOINT.map((line, i) => ({ at: start + i, line })) : [];
  if (!isNginxServer(argv) || c.extraLogs.length > 0) return lines;
  const at = start + 40;
  const release = releaseOf(c.image);
  const notices = [
    'using the "epoll" event method',
    ...(release ? [`nginx/${release}`] : []),
    // The Debian-based images' compiler (the Alpine ones name another).
    ...(release && !c.image.includes('-alpine') ? ['built by gcc 12.2.0 (Debian 12.2.0-14)'] : []),
    `OS: Linux ${NODE_KERNEL}`,
    'getrlimit(RLIMIT_NOFILE): 1048576:1048576',
    'start worker processes',
    ...Array.from(
      { length: NGINX_WORKERS },
      (_, i) => `start worker process ${master + NGINX_WORKER_OFFSET + i}`,
    ),
  ];
  return [
    ...lines,
    ...notices.map((notice, i) => ({
      at: at + i,
      line: `${logTime(at)} [notice] ${master}#${master}: ${notice}`,
    })),
  ];
}
