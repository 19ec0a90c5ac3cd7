/** Readable builders for test manifests and small helpers to drive a simulation in tests. */
import type { Pod, PodSpec, Simulation } from '../types';

type Container = PodSpec['containers'][number];

/** A container; `image` defaults to a tagged nginx (IfNotPresent), `run` is a `sh -c` script. */
export function container(name: string, options: Partial<Container> & { run?: string } = {}): Container {
  const { run, ...rest } = options;
  return {
    name,
    image: 'nginx:1.27',
    ...(run !== undefined ? { image: 'busybox:1.36', command: ['sh', '-c', run] } : {}),
    ...rest,
  };
}

export interface PodOptions extends Partial<PodSpec> {
  name?: string;
  labels?: Record<string, string>;
}

/** A Pod manifest: `podManifest({ name: 'web', containers: [container('app')] })`. */
export function podManifest(options: PodOptions = {}): Pod {
  const { name = 'web', labels, containers = [container('app')], ...spec } = options;
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, ...(labels ? { labels } : {}) },
    spec: { containers, ...spec },
  };
}

/** Creates the pod and runs the clock until nothing more is due within `ms` (default 10 s). */
export function startPod(sim: Simulation, manifest: Pod, ms = 10_000): void {
  sim.dispatch({ type: 'createPod', manifest });
  sim.advance(ms);
}

export function phaseOf(sim: Simulation, pod: string): string | undefined {
  return sim.pod(pod)?.status?.phase;
}

export function statusOf(sim: Simulation, pod: string, name: string) {
  const s = sim.pod(pod)?.status;
  return [...(s?.initContainerStatuses ?? []), ...(s?.containerStatuses ?? [])].find((c) => c.name === name);
}

export function eventReasons(sim: Simulation, pod?: string): string[] {
  return sim
    .events()
    .filter((e) => pod === undefined || e.involvedObject.name === pod)
    .map((e) => e.reason ?? '');
}

/** Advances in small steps and records when each new instance of `container` started (virtual ms). */
export function startTimes(
  sim: Simulation,
  pod: string,
  name: string,
  untilMs: number,
  stepMs = 100,
): number[] {
  const seen = new Map<string, number>();
  while (sim.now() < untilMs) {
    sim.advance(stepMs);
    for (const c of sim.containers()) {
      if (c.podName === pod && c.name === name && c.startedAt !== undefined && !seen.has(c.id))
        seen.set(c.id, c.startedAt);
    }
  }
  return [...seen.values()].sort((a, b) => a - b);
}
