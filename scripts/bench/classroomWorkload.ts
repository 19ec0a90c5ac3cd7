/**
 * A long classroom session driven through the simulation store exactly as the app drives it: wall-clock
 * frames (`tick`), the view reading `frame` and `podViews` after each one, and a seeded stream of kills
 * (an app container, or the pause container) every few virtual seconds, plus an occasional Pod deleted and
 * created again. Deterministic: the same options give the same run.
 *
 * Used by the memory bench (scripts/bench/memory.ts) and by the bounded-memory unit test
 * (src/store/boundedMemory.test.ts).
 */
import { textIn } from '../../src/i18n/text';
import { DEFAULT_SCENARIO } from '../../src/embed/scenarios';
import { PRESETS } from '../../src/lessons/presetList';
import { KeyframeHistory, type Keyframe } from '../../src/store/history';
import { createSimulationStore, loadNarration, type SimulationStore } from '../../src/store/simulationStore';
import { EVENT_CAP } from '../../src/sim/constants';
import { seededRandom } from '../../src/sim/random';
import type { Pod } from '../../src/sim/types';

// The app loads the narration's chunk right after its first render: a workload measures the app as it then runs.
await loadNarration();

export interface WorkloadOptions {
  seed?: number;
  /** The store's speed (the app's maximum is 20×). */
  speed?: number;
  /** Wall ms per frame handed to `tick` (16.7 = 60 fps; the store clamps a frame at 250 ms). */
  frameMs?: number;
  /** Virtual ms between kills: uniformly random in [min, max]. */
  killEvery?: readonly [number, number];
  /** Virtual ms between deleting a Pod and creating it again (0 = never). */
  churnEvery?: number;
  /**
   * Re-create the churned Pod under a new name each time (`hello-1`, `hello-2`, …) at once, instead of the
   * same name 30 s later: every incarnation brings its own Events, so the event list reaches its cap.
   */
  churnFreshNames?: boolean;
}

export interface WorkloadSizes {
  now: number;
  pods: number;
  /** Kubernetes Events the engine keeps (EVENT_CAP). */
  events: number;
  /** Narration lines the store keeps (NARRATION_KEPT). */
  narration: number;
  /** Keyframes in the store's scrub history (KeyframeHistory limit). */
  keyframes: number;
  /** Container instances and sandboxes the runtime keeps (GC'd per Pod). */
  containers: number;
  sandboxes: number;
  /** The user's action log: the shared timeline, kept whole by design (it is what a link replays). */
  log: number;
  kills: number;
  refused: number;
}

/** The store keeps this many narration lines (NARRATION_KEPT in src/store/simulationStore.ts, not exported). */
export const NARRATION_CAP = 30;

/** Extra Pods beside the default scenario's `web`, so several Pods live, restart and crash-loop. */
const EXTRA_PRESETS = ['single', 'shared-pid', 'init', 'port-clash'];
/** The Pod that is deleted and created again now and then. */
const CHURN_POD = 'hello';

/** A small seeded PRNG (mulberry32, the engine's own). */
export const mulberry32 = seededRandom;

/** Creates the store, capturing the KeyframeHistory it makes (the store does not expose it). */
function storeWithHistory(speed: number): { store: SimulationStore; history: KeyframeHistory } {
  const proto = KeyframeHistory.prototype;
  const add = Object.getOwnPropertyDescriptor(proto, 'add');
  if (!add || typeof add.value !== 'function') throw new Error('KeyframeHistory has no add method');
  const seen = new Set<KeyframeHistory>();
  Object.defineProperty(proto, 'add', {
    ...add,
    value(this: KeyframeHistory, frame: Keyframe) {
      seen.add(this);
      (add.value as KeyframeHistory['add']).call(this, frame);
    },
  });
  try {
    const store = createSimulationStore({ scenario: DEFAULT_SCENARIO, playing: true, speed });
    const [history, ...others] = seen;
    if (!history || others.length > 0) throw new Error(`expected one KeyframeHistory, saw ${seen.size}`);
    return { store, history };
  } finally {
    Object.defineProperty(proto, 'add', add);
  }
}

export function startClassroomWorkload(options: WorkloadOptions = {}) {
  const {
    seed = 1,
    speed = 20,
    frameMs = 1000 / 60,
    killEvery = [2000, 4000],
    churnEvery = 600_000,
    churnFreshNames = false,
  } = options;
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
  const { store, history } = storeWithHistory(speed);
  const manifests = new Map<string, Pod>();
  for (const id of EXTRA_PRESETS) {
    const preset = PRESETS.find((p) => p.id === id);
    if (!preset) throw new Error(`no preset ${id}`);
    const name = preset.manifest.metadata?.name ?? id;
    manifests.set(name, preset.manifest);
    if (!store.getState().dispatch({ type: 'createPod', manifest: preset.manifest }))
      throw new Error(`createPod ${name}: ${textIn('en', store.getState().notice?.message ?? '')}`);
  }

  const gap = () => killEvery[0] + random() * (killEvery[1] - killEvery[0]);
  let nextKillAt = store.getState().now + gap();
  let nextChurnAt = churnEvery > 0 ? store.getState().now + churnEvery : Infinity;
  let recreateAt = Infinity;
  let churnPod = CHURN_POD;
  let incarnation = 0;
  let kills = 0;
  let refused = 0;
  /** What the view reads each frame, folded into a number so none of it is optimised away. */
  let viewChecksum = 0;

  /** One kill, aimed the way a user aims: a running container's ✕, or the pause hexagon's "✕ kill". */
  function kill(): void {
    const { podViews, dispatch } = store.getState();
    const pod = pick(podViews.filter((p) => !p.terminating));
    if (!pod) return;
    const running = pod.mainContainers.filter((c) => c.state === 'running');
    const container = pick(running);
    const ok =
      random() < 0.2 || !container
        ? dispatch({ type: 'killSandbox', pod: pod.name })
        : dispatch({ type: 'killContainer', pod: pod.name, container: container.name });
    kills += 1;
    if (!ok) {
      refused += 1;
      store.getState().dismissNotice();
    }
  }

  /** Runs frames until virtual time reaches `until`. */
  function runUntil(until: number): void {
    while (store.getState().now < until) {
      store.getState().tick(frameMs);
      const { frame, podViews, now, narration } = store.getState();
      viewChecksum =
        (viewChecksum + frame.pods.length + podViews.length + narration.length + (now & 0xff)) | 0;
      if (now >= nextKillAt) {
        kill();
        nextKillAt = now + gap();
      }
      if (now >= nextChurnAt) {
        if (!store.getState().dispatch({ type: 'deletePod', pod: churnPod, gracePeriodSeconds: 0 }))
          store.getState().dismissNotice();
        if (churnFreshNames) churnPod = `${CHURN_POD}-${++incarnation}`;
        recreateAt = churnFreshNames ? now : now + 30_000;
        nextChurnAt = now + churnEvery;
      }
      if (now >= recreateAt) {
        const base = manifests.get(CHURN_POD);
        const manifest = base && { ...base, metadata: { ...base.metadata, name: churnPod } };
        if (manifest && store.getState().dispatch({ type: 'createPod', manifest })) recreateAt = Infinity;
        else store.getState().dismissNotice();
      }
    }
  }

  function sizes(): WorkloadSizes {
    const state = store.getState();
    const sim = state.query();
    return {
      now: state.now,
      pods: sim.pods().length,
      events: sim.events().length,
      narration: state.narration.length,
      keyframes: history.size,
      containers: sim.containers().length,
      sandboxes: sim.sandboxes().length,
      log: state.log.length,
      kills,
      refused,
    };
  }

  /** The bounds the lists above must respect. */
  const caps = {
    events: EVENT_CAP,
    narration: NARRATION_CAP,
    // KeyframeHistory's constructor default: the store does not pass one.
    keyframes: history['limit'],
  };

  return { store, history, caps, runUntil, sizes, checksum: () => viewChecksum };
}
