import { createStore } from 'zustand/vanilla';
import { createSimulation } from '../sim/core';
import type { Action, NamespaceKind, Simulation, SimSnapshot } from '../sim/types';
import { readFrame, type SimFrame } from './frame';
import { KeyframeHistory } from './history';
import { narrate, type NarrationLine } from './narration';
import { sharePodViews, type PodView } from './podViews';

/** An action with the virtual time it was applied at: the log that replays, scrubs and shares. */
export interface LoggedAction {
  at: number;
  action: Action;
}

/** A starting situation: a seed, actions at given virtual times, and how far to run before showing it. */
export interface Scenario {
  id: string;
  seed: number;
  setup: readonly LoggedAction[];
  /** Virtual ms to run before the first frame, so the Pod is already up ("there is something to poke at"). */
  warmup: number;
}

export interface Notice {
  id: number;
  kind: 'error' | 'info';
  message: string;
}

export const SPEEDS = [0.25, 0.5, 1, 2, 5, 10, 20] as const;
/** Virtual ms between keyframes: scrubbing replays at most this much. */
const KEYFRAME_EVERY = 15_000;
const NARRATION_KEPT = 30;
const KEYFRAMES_KEPT = 4;

/** The engine's read side, for views that query what the frame does not carry (logs, files, snapshots). */
export type SimulationReader = Pick<
  Simulation,
  | 'now'
  | 'pod'
  | 'pods'
  | 'events'
  | 'nodes'
  | 'sandboxes'
  | 'containers'
  | 'volumes'
  | 'replicaSets'
  | 'logs'
  | 'snapshot'
  | 'nextStepAt'
>;

export interface SimulationState {
  scenario: Scenario;
  frame: SimFrame;
  /** The frame's Pods as the canvas draws them; an unchanged Pod keeps its object between frames. */
  podViews: PodView[];
  /** Virtual ms, updated every tick (countdowns read it); `frame` changes only when the model does. */
  now: number;
  /** The furthest virtual time this timeline has reached (the scrubber's right end). */
  horizon: number;
  playing: boolean;
  speed: number;
  /** User actions (after the scenario's setup), in order. */
  log: LoggedAction[];
  selectedPod: string | null;
  /** The container that actions and shortcuts aim at (in the selected Pod). */
  selectedContainer: string | null;
  highlightedNamespace: NamespaceKind | null;
  notice: Notice | null;
  /** Recent narrated changes, newest last (bounded). */
  narration: NarrationLine[];

  /** Applies an action now. Returns false (and sets `notice`) if the engine refuses it. */
  dispatch: (action: Action) => boolean;
  /** Wall-clock frame: advances virtual time by wallMs × speed while playing. */
  tick: (wallMs: number) => void;
  play: () => void;
  pause: () => void;
  setSpeed: (speed: number) => void;
  /** Runs to the next thing that will happen (a kubelet step or a logged action) and pauses. */
  stepToNextEvent: () => void;
  /** Jumps to any virtual time in [0, horizon] by replaying from the nearest keyframe. */
  seek: (at: number) => void;
  /** Back to the scenario's start, forgetting user actions. */
  reset: (scenario?: Scenario) => void;
  /** Replaces the whole timeline (used by shared URLs): scenario + user actions, then seeks to `at`. */
  load: (scenario: Scenario, log: readonly LoggedAction[], at?: number) => void;
  selectPod: (name: string | null) => void;
  selectContainer: (name: string | null) => void;
  highlightNamespace: (kind: NamespaceKind | null) => void;
  dismissNotice: () => void;
  showNotice: (kind: Notice['kind'], message: string) => void;
  /** The current engine, read-only (it is replaced on reset/load, so call this each time). */
  query: () => SimulationReader;
  /** The scenario's setup plus the user's actions: everything needed to rebuild this timeline. */
  timeline: () => LoggedAction[];
}

export interface SimulationStoreOptions {
  scenario: Scenario;
  playing?: boolean;
  speed?: number;
}

export function createSimulationStore(options: SimulationStoreOptions) {
  let sim: Simulation;
  let timeline: LoggedAction[] = [];
  let applied = 0;
  // Few keyframes: each holds a whole engine snapshot (~75 KB of JSON with Events), and replay is cheap (the
  // engine runs 500 Pods for a virtual hour in ~1.4 s; a seek replays without taking snapshots), so sparse
  // old history still scrubs in a few ms and the heap after an hour stays within 20 % of the first minute's.
  const history = new KeyframeHistory(KEYFRAMES_KEPT);
  let nextKeyframeAt = 0;
  let noticeId = 0;
  let narrationId = 0;
  const lastIps = new Map<string, string>();
  /** Remembers every Pod's current IP (frames that were not narrated: start, reset, load, seek). */
  const rememberIps = (frame: SimFrame) => {
    for (const pod of frame.pods)
      if (pod.status?.podIP) lastIps.set(pod.metadata?.uid ?? '', pod.status.podIP);
    return frame;
  };

  function keyframe(): void {
    history.add({ at: sim.now(), applied, snapshot: sim.snapshotText() });
    nextKeyframeAt = sim.now() + KEYFRAME_EVERY;
  }

  /** Runs the engine to `target`, applying logged actions on the way; true if the model changed. */
  function advanceTo(target: number): boolean {
    let changed = false;
    for (;;) {
      const pending = timeline[applied];
      const nextStep = sim.nextStepAt();
      const stopAt = Math.min(target, pending?.at ?? Infinity, nextKeyframeAt);
      if (nextStep !== undefined && nextStep <= stopAt) changed = true;
      if (stopAt > sim.now()) sim.advance(stopAt - sim.now());
      if (pending && pending.at <= sim.now()) {
        sim.dispatch(pending.action);
        applied += 1;
        changed = true;
        continue;
      }
      if (sim.now() >= nextKeyframeAt) keyframe();
      if (sim.now() >= target) return changed;
    }
  }

  /** A fresh engine replaying the scenario and a user log up to `until`; returns the refusal, if any. */
  function rebuild(
    scenario: Scenario,
    userLog: readonly LoggedAction[],
    until = scenario.warmup,
  ): string | null {
    sim = createSimulation({ seed: scenario.seed });
    timeline = [...scenario.setup, ...userLog];
    applied = 0;
    history.clear();
    keyframe();
    try {
      advanceTo(until);
      return null;
    } catch (error) {
      // A log the engine refuses (tampered URL): keep what replayed so far, drop the rest.
      timeline = timeline.slice(0, applied);
      return error instanceof Error ? error.message : String(error);
    }
  }

  const initialError = rebuild(options.scenario, []);
  if (initialError) throw new Error(`Scenario ${options.scenario.id} does not replay: ${initialError}`);

  return createStore<SimulationState>()((set, get) => {
    /** The frame and its Pod views (sharing every unchanged Pod's view with the previous frame). */
    const framed = (frame: SimFrame) => ({ frame, podViews: sharePodViews(get()?.podViews ?? [], frame) });

    /** A new frame, narrated against the previous one (only for time running forward). */
    const nextFrame = (state: SimulationState) => {
      const frame = readFrame(sim);
      const items = narrate(state.frame, frame, lastIps);
      if (items.length === 0) return framed(frame);
      const line = { id: ++narrationId, at: frame.now, items };
      return { ...framed(frame), narration: [...state.narration, line].slice(-NARRATION_KEPT) };
    };

    const publish = (changed: boolean) =>
      set((state) => ({
        now: sim.now(),
        horizon: Math.max(state.horizon, sim.now()),
        ...(changed ? nextFrame(state) : {}),
      }));

    const notify = (kind: Notice['kind'], message: string) =>
      set({ notice: { id: ++noticeId, kind, message } });

    /** The user's part of the timeline (after the given scenario's setup actions). */
    const userLog = (scenario: Scenario = get().scenario) => timeline.slice(scenario.setup.length);

    return {
      scenario: options.scenario,
      ...framed(rememberIps(readFrame(sim))),
      now: sim.now(),
      horizon: sim.now(),
      playing: options.playing ?? true,
      speed: options.speed ?? 1,
      log: [],
      selectedPod: sim.pods()[0]?.metadata?.name ?? null,
      selectedContainer: null,
      highlightedNamespace: null,
      notice: null,
      narration: [],

      dispatch(action) {
        // Acting in the past rewrites the future: drop the logged actions and keyframes after now.
        if (applied < timeline.length) {
          timeline = timeline.slice(0, applied);
          history.truncateAfter(sim.now(), applied);
        }
        try {
          sim.dispatch(action);
        } catch (error) {
          notify('error', error instanceof Error ? error.message : String(error));
          return false;
        }
        timeline.push({ at: sim.now(), action });
        applied += 1;
        // No keyframe per action: snapshots cost ~ms per Pod, and replay from the last periodic keyframe
        // re-applies logged actions at their times, so seeking stays exact.
        if (sim.now() >= nextKeyframeAt) keyframe();
        set((state) => ({ ...nextFrame(state), log: userLog(), horizon: sim.now(), notice: null }));
        return true;
      },

      tick(wallMs) {
        const { playing, speed } = get();
        if (!playing || !(wallMs > 0)) return;
        // Clamp long gaps (a background tab) so one frame never runs minutes of simulation.
        publish(advanceTo(sim.now() + Math.min(wallMs, 250) * speed));
      },

      play: () => set({ playing: true }),
      pause: () => set({ playing: false }),
      setSpeed: (speed) => set({ speed: Math.min(20, Math.max(0.25, speed)) }),

      stepToNextEvent() {
        const candidates = [sim.nextStepAt(), timeline[applied]?.at].filter((t) => t !== undefined);
        set({ playing: false });
        if (candidates.length === 0) return;
        publish(advanceTo(Math.max(sim.now(), Math.min(...candidates))));
      },

      seek(at) {
        const target = Math.min(Math.max(0, at), get().horizon);
        const frame = history.before(target);
        if (!frame) return;
        // Forward with no keyframe in between: carry on from here (dragging the scrubber right is cheap).
        if (target < sim.now() || frame.at > sim.now()) {
          sim.restore(JSON.parse(frame.snapshot) as SimSnapshot);
          applied = frame.applied;
        }
        // Replaying known history takes no keyframes (a snapshot every 15 virtual s made a long seek cost
        // ~100 ms); playing on from the target takes them again on the same 15 s grid.
        nextKeyframeAt = Infinity;
        advanceTo(target);
        nextKeyframeAt =
          frame.at + KEYFRAME_EVERY * (Math.floor((sim.now() - frame.at) / KEYFRAME_EVERY) + 1);
        set({ now: sim.now(), ...framed(rememberIps(readFrame(sim))) });
      },

      reset(scenario = get().scenario) {
        rebuild(scenario, []);
        set({
          scenario,
          ...framed(rememberIps(readFrame(sim))),
          now: sim.now(),
          horizon: sim.now(),
          log: [],
          notice: null,
          narration: [],
          selectedPod: sim.pods()[0]?.metadata?.name ?? null,
        });
      },

      load(scenario, log, at) {
        // Replay everything (so a refused action is found now, not while scrubbing), then go to `at`.
        const end = Math.max(scenario.warmup, log.at(-1)?.at ?? 0, at ?? 0);
        const error = rebuild(scenario, log, end);
        set({
          scenario,
          ...framed(rememberIps(readFrame(sim))),
          now: sim.now(),
          horizon: sim.now(),
          log: userLog(scenario),
          narration: [],
          selectedPod: sim.pods()[0]?.metadata?.name ?? null,
          notice: error ? { id: ++noticeId, kind: 'error', message: error } : null,
        });
        if (!error && at !== undefined && at < sim.now()) get().seek(at);
      },

      selectPod: (name) => set({ selectedPod: name }),
      selectContainer: (name) => set({ selectedContainer: name }),
      highlightNamespace: (kind) => set({ highlightedNamespace: kind }),
      dismissNotice: () => set({ notice: null }),
      showNotice: notify,
      query: () => sim,
      timeline: () => [...timeline],
    };
  });
}

export type SimulationStore = ReturnType<typeof createSimulationStore>;
