import { createStore } from 'zustand/vanilla';
import type { SimulationState, SimulationStore } from '../store/simulationStore';

/** What changes just because virtual time runs: these may reach a lagging reader a little late. */
const TIME_DRIVEN: ReadonlySet<keyof SimulationState> = new Set([
  'frame',
  'podViews',
  'now',
  'horizon',
  'narration',
]);

/** Minimal timer interface (the browser's by default) so tests can drive it. */
export interface Timers {
  now: () => number;
  setTimeout: (run: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

const browserTimers: Timers = {
  now: () => performance.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Wall ms between copies: a number, or one chosen from the source's state (e.g. more Pods, fewer copies). */
export type CopyInterval = number | ((state: SimulationState) => number);

/**
 * A read-only copy of the simulation store that follows it at most every `everyMs` wall ms while time
 * runs, and at once for anything a person did (an action, a selection, a notice, pause, a seek).
 *
 * For views that print text tables (kubectl output, describe, Events): with 60 Pods crash-looping at 5×
 * the model changes on most frames, and re-laying out those tables each time cost more than the canvas
 * itself. A table that catches up within a quarter second reads the same; the canvas stays live.
 */
export function createLaggingSimulation(
  source: SimulationStore,
  everyMs: CopyInterval,
  timers = browserTimers,
) {
  const store: SimulationStore = createStore<SimulationState>()(() => source.getState());
  let pending: unknown;
  let lastCopy = -Infinity;

  const copy = () => {
    pending = undefined;
    lastCopy = timers.now();
    if (store.getState() !== source.getState()) store.setState(source.getState(), true);
  };

  const onChange = (next: SimulationState, previous: SimulationState) => {
    const onlyTime = (Object.keys(next) as (keyof SimulationState)[]).every(
      (key) => TIME_DRIVEN.has(key) || next[key] === previous[key],
    );
    if (!onlyTime || !next.playing) {
      if (pending !== undefined) timers.clearTimeout(pending);
      copy();
      return;
    }
    const interval = typeof everyMs === 'number' ? everyMs : everyMs(next);
    if (pending === undefined)
      pending = timers.setTimeout(copy, Math.max(0, lastCopy + interval - timers.now()));
  };

  /** Starts following (returns the stop function); copies once at start in case the source moved. */
  function follow(): () => void {
    copy();
    const unsubscribe = source.subscribe(onChange);
    return () => {
      unsubscribe();
      if (pending !== undefined) timers.clearTimeout(pending);
      pending = undefined;
    };
  }

  return { store, follow };
}
