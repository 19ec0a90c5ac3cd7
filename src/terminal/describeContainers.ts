/**
 * The per-container and per-volume blocks of `kubectl describe pod`, written as kubectl's PrefixWriter does
 * (two spaces per level, "Label:\tvalue" cells that the describe tabwriter aligns). Port of kubectl
 * `pkg/describe/describe.go`: describeContainers, describeContainerBasicInfo, describeStatus, describeVolumes.
 */
import type {
  Container,
  ContainerState,
  ContainerStatus,
  EnvVar,
  Pod,
  Probe,
  Volume,
} from 'kubernetes-types/core/v1';
import { describePorts, rfc1123z } from '../view/panel/kubectlFormat';

/** PrefixWriter: `level` × two spaces, then the text (tabs separate cells). */
export type Write = (level: number, text: string) => void;

function describeStatus(w: Write, label: string, state: ContainerState | undefined): void {
  if (state?.running) {
    w(2, `${label}:\tRunning`);
    w(3, `Started:\t${rfc1123z(state.running.startedAt)}`);
  } else if (state?.terminated) {
    const t = state.terminated;
    w(2, `${label}:\tTerminated`);
    if (t.reason) w(3, `Reason:\t${t.reason}`);
    if (t.message) w(3, `Message:\t${t.message}`);
    w(3, `Exit Code:\t${t.exitCode}`);
    if (t.signal) w(3, `Signal:\t${t.signal}`);
    w(3, `Started:\t${rfc1123z(t.startedAt)}`);
    w(3, `Finished:\t${rfc1123z(t.finishedAt)}`);
  } else {
    w(2, `${label}:\tWaiting`);
    if (state?.waiting?.reason) w(3, `Reason:\t${state.waiting.reason}`);
  }
}

function hostPorts(c: Container): string {
  return (c.ports ?? []).map((p) => `${p.hostPort ?? 0}/${p.protocol ?? 'TCP'}`).join(', ');
}

function describeLines(w: Write, label: string, lines: readonly string[] | undefined): void {
  if (!lines || lines.length === 0) return;
  w(2, `${label}:`);
  for (const line of lines) for (const part of line.split('\n')) w(3, part);
}

function describeResources(w: Write, c: Container): void {
  for (const [label, list] of [
    ['Limits', c.resources?.limits],
    ['Requests', c.resources?.requests],
  ] as const) {
    const entries = Object.entries(list ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
    if (entries.length === 0) continue;
    w(2, `${label}:`);
    for (const [name, quantity] of entries) w(3, `${name}:\t${String(quantity)}`);
  }
}

/** kubectl's DescribeProbe: `http-get http://:80/ delay=0s timeout=1s period=10s #success=1 #failure=3`. */
export function describeProbe(probe: Probe): string {
  const attrs = `delay=${probe.initialDelaySeconds ?? 0}s timeout=${probe.timeoutSeconds ?? 0}s period=${probe.periodSeconds ?? 0}s #success=${probe.successThreshold ?? 0} #failure=${probe.failureThreshold ?? 0}`;
  const { exec, httpGet, tcpSocket, grpc } = probe;
  // Go's %v of a []string: [cat /tmp/healthy].
  if (exec) return `exec [${(exec.command ?? []).join(' ')}] ${attrs}`;
  if (httpGet) {
    // url.URL{Scheme, Host: JoinHostPort(host, port), Path}.String(); an IPv6 host gets brackets.
    const host = httpGet.host ?? '';
    const hostPort = `${host.includes(':') ? `[${host}]` : host}:${httpGet.port}`;
    const path = httpGet.path ?? '';
    return `http-get ${(httpGet.scheme ?? '').toLowerCase()}://${hostPort}${path && !path.startsWith('/') ? '/' : ''}${path} ${attrs}`;
  }
  if (tcpSocket) return `tcp-socket ${tcpSocket.host ?? ''}:${tcpSocket.port} ${attrs}`;
  if (grpc) return `grpc <pod>:${grpc.port} ${grpc.service ?? ''} ${attrs}`;
  return `unknown ${attrs}`;
}

/**
 * What kubectl's describe shows for an env var's fieldRef (EnvValueRetriever → fieldpath.ExtractFieldPathAsString):
 * metadata only. The kubelet resolves status.podIP and the like in the container, but describe leaves them empty.
 */
function podField(pod: Pod, path: string): string {
  const meta = pod.metadata ?? {};
  const keyed = /^metadata\.(labels|annotations)(?:\['(.*)'\])?$/.exec(path);
  if (keyed) {
    const map = (keyed[1] === 'labels' ? meta.labels : meta.annotations) ?? {};
    if (keyed[2] !== undefined) return map[keyed[2]] ?? '';
    // resource.FormatMap: sorted key="value" lines.
    return Object.keys(map)
      .sort()
      .map((k) => `${k}="${map[k]}"`)
      .join('\n');
  }
  const fields: Record<string, string | undefined> = {
    'metadata.name': meta.name,
    'metadata.namespace': meta.namespace,
    'metadata.uid': meta.uid,
  };
  return fields[path] ?? '';
}

const SCALE: Record<string, number> = {
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};
for (const [i, suffix] of ['n', 'u', 'm', '', 'k', 'M', 'G', 'T', 'P', 'E'].entries())
  SCALE[suffix] = 10 ** (3 * i - 9);

/** A resource quantity ("500m", "128Mi", "1e3") as a number; 0 when absent or unreadable. */
function quantity(text: string | number | undefined): number {
  const match = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)(\w*)$/.exec(String(text ?? '0'));
  const scale = match ? SCALE[match[2] ?? ''] : undefined;
  return match && scale !== undefined ? Number(match[1]) * scale : 0;
}

/** ExtractContainerResourceValue: the container's limit or request, in units of the divisor (rounded up). */
function resourceValue(c: Container, ref: { resource: string; divisor?: string | number }): string {
  const [kind, name = ''] = ref.resource.split('.');
  // Only these have a value to print; CPU counts in milli-units, the others in whole units (Value()).
  if (!['cpu', 'memory', 'ephemeral-storage'].includes(name)) return '';
  const list = kind === 'limits' ? c.resources?.limits : c.resources?.requests;
  const exact = quantity(ref.divisor ?? '1');
  const divisor = name === 'cpu' ? Math.max(exact, 0.001) : Math.max(Math.ceil(exact), 1);
  // (Less a hair, so a float quotient like 500.0000001 is not rounded up to 501.)
  return String(Math.ceil(quantity(list?.[name ?? '']) / divisor - 1e-9));
}

/** kubectl's describeContainerEnvVars: a value's later lines indented under it, valueFrom as its source. */
function describeEnvVar(w: Write, e: EnvVar, pod: Pod, container: Container): void {
  const from = e.valueFrom;
  if (!from) {
    (e.value ?? '').split('\n').forEach((line, i) => w(3, i === 0 ? `${e.name}:\t${line}` : `\t${line}`));
  } else if (from.fieldRef) {
    const { apiVersion, fieldPath } = from.fieldRef;
    w(3, `${e.name}:\t${podField(pod, fieldPath)} (${apiVersion ?? 'v1'}:${fieldPath})`);
  } else if (from.resourceFieldRef) {
    const { resource } = from.resourceFieldRef;
    const value = resourceValue(container, from.resourceFieldRef);
    w(
      3,
      `${e.name}:\t${value === '0' && /^limits\.(cpu|memory)$/.test(resource) ? 'node allocatable' : value} (${resource})`,
    );
  } else if (from.secretKeyRef) {
    const { key, name, optional } = from.secretKeyRef;
    w(3, `${e.name}:\t<set to the key '${key}' in secret '${name ?? ''}'>\tOptional: ${optional === true}`);
  } else if (from.configMapKeyRef) {
    const { key, name, optional } = from.configMapKeyRef;
    w(
      3,
      `${e.name}:\t<set to the key '${key}' of config map '${name ?? ''}'>\tOptional: ${optional === true}`,
    );
  }
}

/** One "Containers:" or "Init Containers:" section. */
export function describeContainers(
  w: Write,
  label: string,
  containers: readonly Container[],
  statuses: readonly ContainerStatus[] | undefined,
  pod: Pod,
): void {
  w(0, `${label}:`);
  for (const c of containers) {
    const status = statuses?.find((s) => s.name === c.name);
    w(1, `${c.name}:`);
    if (status) w(2, `Container ID:\t${status.containerID ?? ''}`);
    w(2, `Image:\t${c.image ?? ''}`);
    if (status) w(2, `Image ID:\t${status.imageID}`);
    const ports = describePorts(c);
    w(2, ports.includes(',') ? `Ports:\t${ports}` : `Port:\t${ports || '<none>'}`);
    const host = hostPorts(c);
    w(2, host.includes(',') ? `Host Ports:\t${host}` : `Host Port:\t${host || '<none>'}`);
    describeLines(w, 'Command', c.command);
    describeLines(w, 'Args', c.args);
    if (status) {
      describeStatus(w, 'State', status.state);
      if (status.lastState?.terminated) describeStatus(w, 'Last State', status.lastState);
      w(2, `Ready:\t${status.ready ? 'True' : 'False'}`);
      w(2, `Restart Count:\t${status.restartCount}`);
    }
    describeResources(w, c);
    for (const [label, probe] of [
      ['Liveness', c.livenessProbe],
      ['Readiness', c.readinessProbe],
      ['Startup', c.startupProbe],
    ] as const) {
      if (probe) w(2, `${label}:\t${describeProbe(probe)}`);
    }
    const env = c.env ?? [];
    if (env.length === 0) w(2, 'Environment:\t<none>');
    else {
      w(2, 'Environment:');
      for (const e of env) describeEnvVar(w, e, pod, c);
    }
    const mounts = [...(c.volumeMounts ?? [])].sort((a, b) => (a.mountPath < b.mountPath ? -1 : 1));
    w(2, mounts.length === 0 ? 'Mounts:\t<none>' : 'Mounts:');
    for (const m of mounts) w(3, `${m.mountPath} from ${m.name} (${m.readOnly ? 'ro' : 'rw'})`);
  }
}

/** printProjectedVolumeSource: a line or two per source (kubectl v1.35 prints Optional as a bool). */
function describeProjected(w: Write, projected: NonNullable<Volume['projected']>): void {
  w(2, 'Type:\tProjected (a volume that contains injected data from multiple sources)');
  for (const source of projected.sources ?? []) {
    if (source.secret) {
      w(2, `SecretName:\t${source.secret.name ?? ''}`);
      w(2, `Optional:\t${source.secret.optional === true}`);
    } else if (source.downwardAPI) {
      w(2, 'DownwardAPI:\ttrue');
    } else if (source.configMap) {
      w(2, `ConfigMapName:\t${source.configMap.name ?? ''}`);
      w(2, `Optional:\t${source.configMap.optional === true}`);
    } else if (source.serviceAccountToken) {
      w(2, `TokenExpirationSeconds:\t${source.serviceAccountToken.expirationSeconds ?? 3600}`);
    }
  }
}

/** The "Volumes:" section (describeVolumes), for the volume types PodScope models. */
export function describeVolumes(w: Write, volumes: readonly Volume[] | undefined): void {
  if (!volumes || volumes.length === 0) return w(0, 'Volumes:\t<none>');
  w(0, 'Volumes:');
  for (const v of volumes) {
    w(1, `${v.name}:`);
    if (v.emptyDir) {
      w(2, `Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)`);
      w(2, `Medium:\t${v.emptyDir.medium ?? ''}`);
      w(2, `SizeLimit:\t${v.emptyDir.sizeLimit === undefined ? '<unset>' : String(v.emptyDir.sizeLimit)}`);
    } else if (v.persistentVolumeClaim) {
      w(2, 'Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)');
      w(2, `ClaimName:\t${v.persistentVolumeClaim.claimName}`);
      w(2, `ReadOnly:\t${v.persistentVolumeClaim.readOnly ? 'true' : 'false'}`);
    } else if (v.hostPath) {
      w(2, 'Type:\tHostPath (bare host directory volume)');
      w(2, `Path:\t${v.hostPath.path}`);
      w(2, `HostPathType:\t${v.hostPath.type ?? ''}`);
    } else if (v.projected) {
      describeProjected(w, v.projected);
    } else {
      w(1, '<unknown>');
    }
  }
}
