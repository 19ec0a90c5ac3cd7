/**
 * Port clashes in a shared network namespace. All containers of a Pod share one net namespace (the pause
 * container's), so two of them binding the same port collide just like two processes on one host: the later
 * starter fails with "Address already in use" and exits 1 (then crash-loops). hostNetwork pods share the Node's
 * net namespace, so they also collide with other hostNetwork pods on the Node. A container "binds" the
 * `containerPort`s it declares (PodScope's reading of the manifest).
 */
import { PORT_CLASH_EXIT_MS } from './constants';
import type { Engine } from './engine';
import { imageName } from './process';
import type { ContainerState, PodState } from './state';
import type { PodSpec } from './types';

type Port = { containerPort: number; protocol?: string };

function declaredPorts(pod: PodState, name: string): Port[] {
  const spec = pod.manifest.spec as PodSpec;
  const c = [...(spec.initContainers ?? []), ...spec.containers].find((x) => x.name === name);
  return c?.ports ?? [];
}

function clashLine(image: string, port: number): string {
  return imageName(image) === 'nginx'
    ? `nginx: [emerg] bind() to 0.0.0.0:${port} failed (98: Address already in use)`
    : `listen tcp 0.0.0.0:${port}: bind: address already in use`;
}

export function checkPortClash(eng: Engine, pod: PodState, c: ContainerState): void {
  const mine = declaredPorts(pod, c.name);
  if (mine.length === 0) return;
  const spec = pod.manifest.spec as PodSpec;
  const neighbours = spec.hostNetwork
    ? eng.state.pods.filter((p) => p.node === pod.node && (p.manifest.spec as PodSpec).hostNetwork)
    : [pod];
  for (const p of neighbours) {
    for (const other of p.containers) {
      if (other === c || other.state !== 'CONTAINER_RUNNING' || other.namespaces.net !== c.namespaces.net)
        continue;
      const taken = declaredPorts(p, other.name);
      const clash = mine.find((m) =>
        taken.some(
          (t) => t.containerPort === m.containerPort && (t.protocol ?? 'TCP') === (m.protocol ?? 'TCP'),
        ),
      );
      if (clash === undefined) continue;
      const at = eng.now + PORT_CLASH_EXIT_MS;
      c.extraLogs.push({ at, line: clashLine(c.image, clash.containerPort) });
      eng.schedule({ kind: 'exit', pod: pod.uid, container: c.id, code: 1, at });
      return;
    }
  }
}
