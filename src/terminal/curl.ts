/**
 * `curl HOST:PORT[/path]` from inside a container. `localhost` is the container's network namespace, which
 * every container of the Pod shares: whichever of them listens on the port answers (a container "listens" on
 * the containerPorts it declares, as the simulation reads a manifest). A Pod IP reaches that Pod's namespace.
 */
import { listFiles } from '../sim/files';
import type { ContainerInfo } from '../sim/types';
import { fail, ok, type ExecEnv, type ExecResult } from './execEnv';
import { imageBase } from './processes';
import { containerSpec, findPod } from './world';

const NGINX_WELCOME = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>`;

const nginxError = (code: string) => `<html>
<head><title>${code}</title></head>
<body>
<center><h1>${code}</h1></center>
<hr><center>nginx/1.27.5</center>
</body>
</html>`;

const NGINX_ROOT = '/usr/share/nginx/html';

/** What the listening container sends back for `path`. */
function respond(env: ExecEnv, listener: ContainerInfo, path: string): string {
  const image = imageBase(listener.image);
  if (image === 'httpd') return '<html><body><h1>It works!</h1></body></html>';
  // Other images: PodScope does not know their pages; a short answer still shows who listened.
  if (image !== 'nginx') return `Hello from ${listener.name}`;
  // nginx serves its document root: an emptyDir mounted over it hides the welcome page (403 until filled).
  const pod = findPod(env.ctx, listener.podName);
  const mounted = containerSpec(pod ?? env.pod, listener.name)?.volumeMounts?.some(
    (m) => m.mountPath.replace(/\/+$/, '') === NGINX_ROOT,
  );
  const wanted = `${NGINX_ROOT}${path === '/' ? '/index.html' : path}`;
  const file = listFiles(env.ctx.query.snapshot(), listener.podName, listener.name, NGINX_ROOT).find(
    (f) => f.path === wanted,
  );
  if (file) return file.content;
  if (path === '/' && !mounted) return NGINX_WELCOME;
  return nginxError(path === '/' ? '403 Forbidden' : '404 Not Found');
}

function parseTarget(arg: string): { host: string; port: number; path: string } | undefined {
  const m = /^(?:(https?):\/\/)?(\[[^\]]*\]|[^:/]+)(?::(\d{1,5}))?(\/.*)?$/.exec(arg);
  if (!m) return undefined;
  const port = m[3] ? Number(m[3]) : m[1] === 'https' ? 443 : 80;
  return { host: m[2] ?? '', port, path: m[4] ?? '/' };
}

/** `curl [-s] URL`. */
export function curlCommand(env: ExecEnv, args: readonly string[]): ExecResult {
  const url = args.find((a) => !a.startsWith('-'));
  if (url === undefined) return fail("curl: try 'curl --help' or 'curl --manual' for more information", 2);
  const target = parseTarget(url);
  if (!target) return fail(`curl: (3) URL rejected: Bad hostname`, 3);
  const { host, port, path } = target;
  let net: number | undefined;
  if (['localhost', '127.0.0.1', '[::1]'].includes(host)) net = env.container.namespaces.net;
  else if (/^\d+\.\d+\.\d+\.\d+$/.test(host)) {
    const pod = env.ctx.frame.pods.find((p) => p.status?.podIP === host);
    const sandbox = pod && env.ctx.frame.sandboxes.filter((s) => s.podUid === pod.metadata?.uid).at(-1);
    net = sandbox?.state === 'SANDBOX_READY' ? sandbox.namespaces.net : undefined;
    if (net === undefined)
      return fail(`curl: (7) Failed to connect to ${host} port ${port}: No route to host`, 7);
  } else {
    return fail(`curl: (6) Could not resolve host: ${host}`, 6);
  }
  const listener = env.ctx.frame.containers.find((c) => {
    if (c.state !== 'CONTAINER_RUNNING' || c.namespaces.net !== net) return false;
    const pod = findPod(env.ctx, c.podName);
    const spec = pod && containerSpec(pod, c.name);
    return (spec?.ports ?? []).some((p) => p.containerPort === port && (p.protocol ?? 'TCP') === 'TCP');
  });
  if (!listener) return fail(`curl: (7) Failed to connect to ${host} port ${port}: Connection refused`, 7);
  return ok(respond(env, listener, path));
}
