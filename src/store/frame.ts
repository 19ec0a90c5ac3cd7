import type {
  ContainerInfo,
  Event,
  NodeInfo,
  Pod,
  ReplicaSetInfo,
  SandboxInfo,
  Simulation,
  VolumeInfo,
} from '../sim/types';

/** Everything the view draws, read from the engine once per change (plain data, never mutated). */
export interface SimFrame {
  now: number;
  pods: Pod[];
  nodes: NodeInfo[];
  sandboxes: SandboxInfo[];
  containers: ContainerInfo[];
  volumes: VolumeInfo[];
  events: Event[];
  replicaSets: ReplicaSetInfo[];
}

/**
 * The frame's container instances by the UID of their Pod (through their sandbox), in frame order. Not by Pod
 * name: a Pod re-created under its name must not get the old one's, which the runtime may still be stopping.
 */
export function containersByPodUid(
  frame: Pick<SimFrame, 'sandboxes' | 'containers'>,
): Map<string, ContainerInfo[]> {
  const podOfSandbox = new Map(frame.sandboxes.map((s) => [s.id, s.podUid]));
  const byPod = new Map<string, ContainerInfo[]>();
  for (const c of frame.containers) {
    const uid = podOfSandbox.get(c.sandboxId) ?? '';
    const list = byPod.get(uid);
    if (list) list.push(c);
    else byPod.set(uid, [c]);
  }
  return byPod;
}

export function readFrame(sim: Simulation): SimFrame {
  return {
    now: sim.now(),
    pods: sim.pods(),
    nodes: sim.nodes(),
    sandboxes: sim.sandboxes(),
    containers: sim.containers(),
    volumes: sim.volumes(),
    events: sim.events(),
    replicaSets: sim.replicaSets(),
  };
}
