/**
 * createSimulation: the public Simulation (types.ts) over an Engine. The model loop pops due steps in (time, seq)
 * order; each may change pods, whose API status is regenerated right after. Nothing is due → nothing happens.
 */
import { applyAction } from './actions';
import { Engine } from './engine';
import { createPool } from './ipam';
import { firstInode, rootNamespaces } from './namespaces';
import { isMidSync } from './kubelet';
import { refreshStatus } from './podStatus';
import { checkSnapshot, toSnapshot, toSnapshotText } from './snapshot';
import type { SimState } from './state';
import { runStep } from './steps';
import type { Simulation, SimulationOptions, SimSnapshot } from './types';
import { FIRST_NODE_IP, FIRST_PID, POD_CIDR_PREFIX } from './constants';
import { ReadCache } from './readCache';
import { nodeInfos, replicaSetInfos } from './views';
import { listVolumes } from './volumes';

/** Engine options beyond the shared contract: `nodes` (default 1) adds Nodes node-2…, each with its own /24. */
/** @deprecated alias kept for callers of the first engine drafts: use SimulationOptions. */
export type EngineOptions = SimulationOptions;

type LogReader = (eng: Engine, pod: string, container: string, previous: boolean) => string[];
let readLogs: LogReader | undefined;

/** Called by logs.ts when it loads: `Simulation.logs` works from then on, in every simulation. */
export function installLogReader(reader: LogReader): void {
  readLogs = reader;
}

/** Guard against a rule that keeps scheduling work at the same instant. */
const MAX_STEPS_PER_INSTANT = 100_000;

function initialState(options: EngineOptions): SimState {
  const count = Math.max(1, Math.min(16, Math.floor(options.nodes ?? 1)));
  const [a, b, c, d] = FIRST_NODE_IP;
  return {
    version: 1,
    now: 0,
    seq: 0,
    rng: (options.seed ?? 1) >>> 0,
    options: { backoff: options.backoff ?? 'default', ipam: options.ipam ?? 'next' },
    syncs: 0,
    eventSeq: 0,
    nodes: Array.from({ length: count }, (_, i) => {
      const podCIDR = `${POD_CIDR_PREFIX}.${i + 1}.0/24`;
      return {
        name: `node-${i + 1}`,
        ip: `${a}.${b}.${c}.${d + i}`,
        podCIDR,
        rootNamespaces: rootNamespaces(),
        nextInode: firstInode(),
        nextPid: FIRST_PID,
        pool: createPool(podCIDR),
        images: [],
      };
    }),
    pods: [],
    replicaSets: [],
    claims: {},
    queue: [],
    events: [],
  };
}

export function createSimulation(options: EngineOptions = {}): Simulation {
  let eng = new Engine(initialState(options));
  const cache = new ReadCache();

  const flush = (): void => {
    for (const pod of eng.dirty) {
      // The kubelet writes the API status at the start of a sync; a sync blocked in a kill, a pull or a start
      // writes nothing more until it returns (SyncPod, SyncTerminatingPod).
      if (pod.startTime !== undefined && !pod.terminal && isMidSync(pod)) pod.statusHeld = true;
      else {
        refreshStatus(eng, pod);
        delete pod.statusHeld;
      }
    }
    eng.dirty.clear();
  };

  return {
    now: () => eng.now,
    dispatch(action) {
      applyAction(eng, action);
      flush();
    },
    advance(ms) {
      if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0)
        throw new Error(`advance: ms must be a finite number ≥ 0, got ${String(ms)}`);
      const target = eng.now + ms;
      let instant = -1;
      let atInstant = 0;
      for (let step = eng.peekLive(); step !== undefined && step.at <= target; step = eng.peekLive()) {
        eng.popStep();
        if (step.at !== instant) {
          instant = step.at;
          atInstant = 0;
        } else if (++atInstant > MAX_STEPS_PER_INSTANT) {
          throw new Error(`simulation livelock at t=${instant} ms (${step.kind})`);
        }
        eng.state.now = Math.max(eng.state.now, step.at);
        runStep(eng, step);
        flush();
      }
      eng.state.now = target;
    },
    nextStepAt: () => eng.peekLive()?.at,
    changedAt: () => eng.changedAt,
    pod(name) {
      const pod = eng.byName.get(name);
      return pod === undefined ? undefined : cache.pod(pod, eng.revision(pod));
    },
    pods: () => eng.state.pods.filter((p) => !p.removedFromApi).map((p) => cache.pod(p, eng.revision(p))),
    events: () => [...cache.eventList(eng.state)],
    nodes: () => nodeInfos(eng),
    sandboxes: () => eng.state.pods.flatMap((p) => cache.sandboxes(p, eng.revision(p))),
    containers: () => eng.state.pods.flatMap((p) => cache.containers(p, eng.revision(p))),
    volumes: () =>
      structuredClone(
        listVolumes(
          eng.state,
          eng.state.pods.filter((p) => !p.removedFromApi),
        ),
      ),
    replicaSets: () => replicaSetInfos(eng),
    logs(pod, container, opts) {
      if (!readLogs) throw new Error('logs.ts not loaded');
      return readLogs(eng, pod, container, opts?.previous === true);
    },
    stats: () => ({ syncs: eng.state.syncs }),
    snapshot: (): SimSnapshot => toSnapshot(eng.state, (step) => eng.isLive(step)),
    snapshotText: (): string => toSnapshotText(eng.state, (step) => eng.isLive(step)),
    restore(snapshot) {
      let copy: unknown;
      try {
        copy = JSON.parse(JSON.stringify(snapshot));
      } catch (e) {
        throw new Error(`invalid snapshot: not JSON data (${e instanceof Error ? e.message : String(e)})`, {
          cause: e,
        });
      }
      checkSnapshot(copy);
      const next = new Engine(copy);
      try {
        // Reading every view proves the snapshot is usable before it replaces the current state.
        // (They land in the cache, keyed by the new state's objects.)
        for (const pod of next.state.pods) {
          cache.pod(pod, next.revision(pod));
          cache.sandboxes(pod, next.revision(pod));
          cache.containers(pod, next.revision(pod));
        }
        nodeInfos(next);
      } catch (e) {
        throw new Error(`invalid snapshot: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
      }
      eng = next;
    },
  };
}
