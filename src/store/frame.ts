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
