import { createStore } from 'zustand/vanilla';
import type { Text } from '../i18n/text';
import type { Action, NamespaceKind, Simulation } from '../sim/types';
import { readFrame, type SimFrame } from './frame';
import type { NarrationLine } from './narration';
import { sharePodViews, type PodView } from './podViews';
import { createSimulationTimeline, type LoggedAction } from './simulationTimeline';

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
  /** error: the engine refused an action; warning: bad input from a link or a file; info: done. */
  kind: 'error' | 'warning' | 'info';
  message: Text;
}

export const SPEEDS = [0.25, 0.5, 1, 2, 5, 10, 20] as const;
const NARRATION_KEPT = 30;

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
  showNotice: (kind: Notice['kind'], message: Text) => void;
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

let narrate: typeof import('./narration').narrate | undefined;
let narrationLoad: Promise<void> | undefined;

/**
 * The narration's logic is a chunk of its own, loaded after the first render (main.tsx) or at the first change
 * to tell: the app works without it. Changes that come before it are told together when it arrives.
 */
export function loadNarration(): Promise<void> {
  return (narrationLoad ??= import('./narration').then((m) => {
    narrate = m.narrate;
  }));
}

export function createSimulationStore(options: SimulationStoreOptions) {
  const timeline = createSimulationTimeline();
  let noticeId = 0;
  let narrationId = 0;
  /** The frame the narration has told up to, while its chunk is still loading. */
  let untold: SimFrame | undefined;
  /** A fresh engine replaying the scenario and a user log up to `until`; returns the refusal, if any. */
  const rebuild = (scenario: Scenario, userLog: readonly LoggedAction[], until = scenario.warmup) =>
    timeline.rebuild(scenario.seed, [...scenario.setup, ...userLog], until);

  const initialError = rebuild(options.scenario, []);
  if (initialError) throw new Error(`scenario ${options.scenario.id}: ${initialError}`);

  return createStore<SimulationState>()((set, get) => {
    /** The frame and its Pod views (sharing every unchanged Pod's view with the previous frame). */
    const framed = (frame: SimFrame) => ({ frame, podViews: sharePodViews(get()?.podViews ?? [], frame) });

    /** What changed from `from` to `frame`, as a new narration line (nothing if nothing is to be told). */
    const told = (state: SimulationState, from: SimFrame, frame: SimFrame) => {
      const items = narrate?.(from, frame) ?? [];
      if (items.length === 0) return {};
      // Stamped when the last change happened, not at the tick's end (320 virtual ms at 20×): a seek to a
      // time inside the tick keeps what had happened by then. Never earlier than the tick (nothing changed
      // before it that the previous frame did not show).
      const changedAt = timeline.sim.changedAt();
      const line = { id: ++narrationId, at: changedAt > from.now ? changedAt : frame.now, items };
      return { narration: [...state.narration, line].slice(-NARRATION_KEPT) };
    };

    const tellUntold = () =>
      set((state) => {
        const from = untold;
        untold = undefined;
        return from ? told(state, from, state.frame) : {};
      });

    /** A new frame, narrated against the previous one (only for time running forward). */
    const nextFrame = (state: SimulationState) => {
      const frame = readFrame(timeline.sim);
      if (!narrate) {
        untold ??= state.frame;
        void loadNarration().then(tellUntold);
        return framed(frame);
      }
      const from = untold ?? state.frame;
      untold = undefined;
      return { ...framed(frame), ...told(state, from, frame) };
    };

    const publish = (changed: boolean) =>
      set((state) => ({
        now: timeline.sim.now(),
        horizon: Math.max(state.horizon, timeline.sim.now()),
        ...(changed ? nextFrame(state) : {}),
      }));

    const notify = (kind: Notice['kind'], message: Text) =>
      set({ notice: { id: ++noticeId, kind, message } });

    /** The user's part of the timeline (after the given scenario's setup actions). */
    const userLog = (scenario: Scenario = get().scenario) => timeline.actions(scenario.setup.length);

    return {
      scenario: options.scenario,
      ...framed(readFrame(timeline.sim)),
      now: timeline.sim.now(),
      horizon: timeline.sim.now(),
      playing: options.playing ?? true,
      speed: options.speed ?? 1,
      log: [],
      selectedPod: timeline.sim.pods()[0]?.metadata?.name ?? null,
      selectedContainer: null,
      highlightedNamespace: null,
      notice: null,
      narration: [],

      dispatch(action) {
        const { horizon, now } = get();
        try {
          timeline.record(action);
        } catch (error) {
          notify('error', error instanceof Error ? error.message : String(error));
          return false;
        }
        set((state) => ({ ...nextFrame(state), log: userLog(), horizon: timeline.sim.now(), notice: null }));
        // Acting after scrubbing back starts the timeline anew from there: say so, with what was dropped.
        if (horizon > now)
          notify('info', { key: 'notice.rewritten', params: { end: (horizon / 1e3).toFixed(1) } });
        return true;
      },

      tick(wallMs) {
        const { playing, speed } = get();
        if (!playing || !(wallMs > 0)) return;
        // Clamp long gaps (a background tab) so one frame never runs minutes of simulation.
        publish(timeline.advanceTo(timeline.sim.now() + Math.min(wallMs, 250) * speed));
      },

      play: () => set({ playing: true }),
      pause: () => set({ playing: false }),
      setSpeed: (speed) => set({ speed: Math.min(20, Math.max(0.25, speed)) }),

      stepToNextEvent() {
        const next = timeline.nextEventAt();
        set({ playing: false });
        if (next === undefined) return;
        publish(timeline.advanceTo(Math.max(timeline.sim.now(), next)));
      },

      seek(at) {
        const target = Math.min(Math.max(0, at), get().horizon);
        if (!timeline.seek(target)) return;
        untold = undefined;
        // The narration (and the old IP it tells of) follows the clock; played on, the engine tells it again.
        set((state) => ({
          now: timeline.sim.now(),
          ...framed(readFrame(timeline.sim)),
          narration: state.narration.filter((line) => line.at <= target),
        }));
      },

      reset(scenario = get().scenario) {
        rebuild(scenario, []);
        untold = undefined;
        set({
          scenario,
          ...framed(readFrame(timeline.sim)),
          now: timeline.sim.now(),
          horizon: timeline.sim.now(),
          log: [],
          notice: null,
          narration: [],
          selectedPod: timeline.sim.pods()[0]?.metadata?.name ?? null,
        });
      },

      load(scenario, log, at) {
        // Replay everything (so a refused action is found now, not while scrubbing), then go to `at`.
        const end = Math.max(scenario.warmup, log.at(-1)?.at ?? 0, at ?? 0);
        const error = rebuild(scenario, log, end);
        untold = undefined;
        set({
          scenario,
          ...framed(readFrame(timeline.sim)),
          now: timeline.sim.now(),
          horizon: timeline.sim.now(),
          log: userLog(scenario),
          narration: [],
          selectedPod: timeline.sim.pods()[0]?.metadata?.name ?? null,
          notice: error ? { id: ++noticeId, kind: 'error', message: error } : null,
        });
        if (!error && at !== undefined && at < timeline.sim.now()) get().seek(at);
      },

      selectPod: (name) => set({ selectedPod: name }),
      selectContainer: (name) => set({ selectedContainer: name }),
      highlightNamespace: (kind) => set({ highlightedNamespace: kind }),
      dismissNotice: () => set({ notice: null }),
      showNotice: notify,
      query: () => timeline.sim,
      timeline: () => timeline.actions(),
    };
  });
}

export type SimulationStore = ReturnType<typeof createSimulationStore>;
