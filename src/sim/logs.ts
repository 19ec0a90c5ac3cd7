/**
 * `kubectl logs`: which instance it reads and what that instance printed. A module of its own, installed into
 * every simulation by whoever reads logs (the terminal, the lessons, tests): the first page never does.
 */
import { containerIdOf } from './containerStatuses';
import type { Engine } from './engine';
import { nginxStartLines } from './nginx';
import { installLogReader } from './simulation';
import type { ContainerState, PodState } from './state';

/** Lines kept per container log (like a rotated log file). */
const MAX_LOG_LINES = 1000;

/**
 * Which instance `kubectl logs [--previous]` reads: a port of the kubelet's validateContainerLogStatus
 * (pkg/kubelet/kubelet_pods.go), which decides from the Pod's API status as last written, not the runtime.
 * `--previous` is lastState's container: while a crashed container waits in CrashLoopBackOff that is the
 * newest exit, not the one before it.
 */
function logContainerId(pod: PodState, container: string, previous: boolean): string {
  const { status, name } = pod;
  const cStatus = [...(status.containerStatuses ?? []), ...(status.initContainerStatuses ?? [])].find(
    (s) => s.name === container,
  );
  if (cStatus === undefined) throw new Error(`container "${container}" in pod "${name}" is not available`);
  const lastTerminated = cStatus.lastState?.terminated;
  const { waiting, running, terminated } = cStatus.state ?? {};
  if (previous) {
    if (!lastTerminated?.containerID)
      throw new Error(`previous terminated container "${container}" in pod "${name}" not found`);
    return lastTerminated.containerID;
  }
  if (running !== undefined && cStatus.containerID) return cStatus.containerID;
  if (terminated !== undefined || lastTerminated !== undefined) {
    const id = terminated?.containerID || lastTerminated?.containerID;
    if (!id) throw new Error(`container "${container}" in pod "${name}" is terminated`);
    return id;
  }
  if (waiting !== undefined) {
    throw new Error(`container "${container}" in pod "${name}" is waiting to start: ${waiting.reason ?? ''}`);
  }
  throw new Error(`container "${container}" in pod "${name}" is waiting to start - no logs yet`);
}

/**
 * An instance's PID as its PID namespace numbers it, as `ps` in the terminal does: 1 in its own; counted from
 * pause in the Pod's shared one (shareProcessNamespace); the host's with hostPID. (An exited instance has no
 * PID left: 1.)
 */
function namespacePid(eng: Engine, pod: PodState, c: ContainerState): number {
  if (c.pid <= 0) return 1;
  if (c.namespaces.pid === eng.node(pod.node).rootNamespaces.pid) return c.pid;
  const sandbox = pod.sandboxes.find((s) => s.id === c.sandboxId);
  return sandbox && sandbox.pid > 0 && c.namespaces.pid === sandbox.namespaces.pid
    ? c.pid - sandbox.pid + 1
    : 1;
}

/** `kubectl logs [--previous]`: what the instance printed up to now (or up to its exit). */
export function containerLogs(eng: Engine, podName: string, container: string, previous: boolean): string[] {
  const pod = eng.byName.get(podName);
  if (pod === undefined) throw new Error(`pods "${podName}" not found`);
  const known = [...(pod.manifest.spec?.initContainers ?? []), ...(pod.manifest.spec?.containers ?? [])].some(
    (c) => c.name === container,
  );
  if (!known) throw new Error(`container ${container} is not valid for pod ${podName}`);
  const id = logContainerId(pod, container, previous);
  const c = pod.containers.find((instance) => containerIdOf(instance) === id);
  // The status names an instance the runtime has since removed: the kubelet's container GC keeps one exited
  // instance per container, so while STATUS says Error the one before it is gone (and with a sandbox, all of
  // them). kuberuntime GetContainerLogs' error reaches kubectl as the log's text, not as an error.
  if (c === undefined) return [`unable to retrieve container logs for ${id}`];
  if (c.startedAt === undefined) return [];
  const start = c.startedAt;
  const end = c.finishedAt ?? eng.now;
  const lines = [
    ...nginxStartLines(pod, c, namespacePid(eng, pod, c)),
    ...c.plan.output.map((o) => ({ at: start + o.at, line: o.line })),
    ...c.extraLogs,
  ].filter((o) => o.at <= end);
  const loop = c.plan.loop;
  if (loop !== undefined && loop.output.length > 0) {
    // A `while true` body prints on every iteration: generate the newest MAX_LOG_LINES lazily.
    const iterations = Math.floor((end - start - loop.from) / loop.every) + 1;
    const first = Math.max(0, iterations - Math.ceil(MAX_LOG_LINES / loop.output.length));
    for (let k = first; k < iterations; k++) {
      for (const o of loop.output) {
        const at = start + loop.from + k * loop.every + o.at;
        if (at <= end) lines.push({ at, line: o.line });
      }
    }
  }
  return lines
    .sort((a, b) => a.at - b.at)
    .slice(-MAX_LOG_LINES)
    .map((o) => o.line);
}

installLogReader(containerLogs);
