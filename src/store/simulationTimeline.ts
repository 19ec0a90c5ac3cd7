import { createSimulation } from '../sim/core';
import type { Action, Simulation, SimSnapshot } from '../sim/types';
import { KeyframeHistory } from './history';

/** An action with the virtual time it was applied at: the log that replays, scrubs and shares. */
export interface LoggedAction {
  at: number;
  action: Action;
}

/**
 * The latest virtual time a link, a file or `?t=` may ask for. Opening one replays the engine to that time in
 * one go (~0.2 s per virtual day here), so without a limit a crafted `?t=1e14` would freeze the tab for hours.
 */
export const MAX_REPLAY_MS = 24 * 3_600_000;

/** Virtual ms between keyframes: scrubbing replays at most this much. */
const KEYFRAME_EVERY = 15_000;
const KEYFRAMES_KEPT = 4;

/**
 * The engine with its action log and keyframes: runs forward applying logged actions on the way, rewrites
 * the future when acted on in the past, and seeks to any time by replaying from the nearest keyframe
 * (exact, because the engine is deterministic). Call `rebuild` before anything else.
 */
export function createSimulationTimeline() {
  let sim: Simulation;
  let log: LoggedAction[] = [];
  let applied = 0;
  // Few keyframes: each holds a whole engine snapshot (~75 KB of JSON with Events), and replay is cheap (the
  // engine runs 500 Pods for a virtual hour in ~1.4 s; a seek replays without taking snapshots), so sparse
  // old history still scrubs in a few ms and the heap after an hour stays within 20 % of the first minute's.
  const history = new KeyframeHistory(KEYFRAMES_KEPT);
  let nextKeyframeAt = 0;

  function keyframe(): void {
    history.add({ at: sim.now(), applied, snapshot: sim.snapshotText() });
    nextKeyframeAt = sim.now() + KEYFRAME_EVERY;
  }

  /** Runs the engine to `target`, applying logged actions on the way; true if the model changed. */
  function advanceTo(target: number): boolean {
    // Events also change with no step: they expire an hour after their last write (EVENT_TTL_MS).
    const events = sim.events().length;
    let changed = false;
    for (;;) {
      const pending = log[applied];
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
      if (sim.now() >= target) return changed || sim.events().length !== events;
    }
  }

  return {
    /** The current engine (`rebuild` replaces it, so read this each time). */
    get sim(): Simulation {
      return sim;
    },

    advanceTo,

    /** A fresh engine replaying `actions` up to `until`; returns the refusal, if any. */
    rebuild(seed: number, actions: readonly LoggedAction[], until: number): string | null {
      sim = createSimulation({ seed });
      log = [...actions];
      applied = 0;
      history.clear();
      keyframe();
      try {
        advanceTo(until);
        return null;
      } catch (error) {
        // A log the engine refuses (tampered URL): keep what replayed so far, drop the rest.
        log = log.slice(0, applied);
        return error instanceof Error ? error.message : String(error);
      }
    },

    /** Applies an action now and logs it; throws (logging nothing) if the engine refuses it. */
    record(action: Action): void {
      sim.dispatch(action);
      // Acting in the past rewrites the future: drop the logged actions and keyframes after now (not when the
      // engine refused the action: it threw above with nothing changed).
      if (applied < log.length) {
        log = log.slice(0, applied);
        history.truncateAfter(sim.now(), applied);
      }
      log.push({ at: sim.now(), action });
      applied += 1;
      // No keyframe per action: snapshots cost ~ms per Pod, and replay from the last periodic keyframe
      // re-applies logged actions at their times, so seeking stays exact.
      if (sim.now() >= nextKeyframeAt) keyframe();
    },

    /** When the next thing will happen (a kubelet step or a logged action), if anything will. */
    nextEventAt(): number | undefined {
      const candidates = [sim.nextStepAt(), log[applied]?.at].filter((t) => t !== undefined);
      return candidates.length === 0 ? undefined : Math.min(...candidates);
    },

    /** Goes to `target` by replaying from the nearest keyframe at or before it; false if there is none. */
    seek(target: number): boolean {
      const frame = history.before(target);
      if (!frame) return false;
      // Forward with no keyframe in between: carry on from here (dragging the scrubber right is cheap).
      if (target < sim.now() || frame.at > sim.now()) {
        sim.restore(JSON.parse(frame.snapshot) as SimSnapshot);
        applied = frame.applied;
      }
      // Replaying known history takes no keyframes (a snapshot every 15 virtual s made a long seek cost
      // ~100 ms); playing on from the target takes them again on the same 15 s grid.
      nextKeyframeAt = Infinity;
      advanceTo(target);
      nextKeyframeAt = frame.at + KEYFRAME_EVERY * (Math.floor((sim.now() - frame.at) / KEYFRAME_EVERY) + 1);
      return true;
    },

    /** The logged actions from index `from` on, as a copy. */
    actions(from = 0): LoggedAction[] {
      return log.slice(from);
    },
  };
}

export type SimulationTimeline = ReturnType<typeof createSimulationTimeline>;
