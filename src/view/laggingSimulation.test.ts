import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../lessons/presets';
import { createSimulationStore } from '../store/simulationStore';
import { createLaggingSimulation, type Timers } from './laggingSimulation';

/** A manual clock: timers run only when the test advances it. */
function manualTimers() {
  let now = 0;
  const queue: { at: number; run: () => void; id: number }[] = [];
  let nextId = 0;
  const timers: Timers = {
    now: () => now,
    setTimeout: (run, ms) => {
      const id = ++nextId;
      queue.push({ at: now + ms, run, id });
      return id;
    },
    clearTimeout: (id) => {
      const i = queue.findIndex((t) => t.id === id);
      if (i >= 0) queue.splice(i, 1);
    },
  };
  const advance = (ms: number) => {
    now += ms;
    for (const timer of queue.filter((t) => t.at <= now)) {
      queue.splice(queue.indexOf(timer), 1);
      timer.run();
    }
  };
  return { timers, advance, pending: () => queue.length };
}

describe('lagging simulation store', () => {
  it('takes its interval from the source state when given a function (more Pods, fewer copies)', () => {
    const source = createSimulationStore({ scenario: DEFAULT_SCENARIO, playing: true });
    const clock = manualTimers();
    const lagging = createLaggingSimulation(source, (state) => 600 * state.frame.pods.length, clock.timers);
    const stop = lagging.follow();
    const start = source.getState().now;
    source.getState().tick(16);
    clock.advance(599);
    expect(lagging.store.getState().now).toBe(start);
    clock.advance(1);
    expect(lagging.store.getState().now).toBe(source.getState().now);
    stop();
  });

  it('follows time-driven changes at most every everyMs, and everything a person does at once', () => {
    const source = createSimulationStore({ scenario: DEFAULT_SCENARIO, playing: true });
    const clock = manualTimers();
    const lagging = createLaggingSimulation(source, 250, clock.timers);
    const stop = lagging.follow();
    expect(lagging.store.getState().now).toBe(source.getState().now);

    // Frames while playing: held back until 250 ms after the last copy, then one copy of the newest state.
    const start = source.getState().now;
    source.getState().tick(16);
    clock.advance(16);
    source.getState().tick(16);
    clock.advance(16);
    expect(lagging.store.getState().now).toBe(start);
    expect(clock.pending()).toBe(1);
    clock.advance(250);
    expect(lagging.store.getState().now).toBe(source.getState().now);

    // A selection, an action, a pause: copied at once.
    source.getState().selectPod(null);
    expect(lagging.store.getState().selectedPod).toBeNull();
    source.getState().tick(16);
    expect(source.getState().dispatch({ type: 'killSandbox', pod: 'web' })).toBe(true);
    expect(lagging.store.getState().log).toHaveLength(1);
    expect(lagging.store.getState().frame).toBe(source.getState().frame);
    source.getState().pause();
    source.getState().seek(1_000);
    expect(lagging.store.getState().now).toBe(1_000);

    // Stopped: no timer left behind, no more copies.
    source.getState().play();
    source.getState().tick(16);
    stop();
    expect(clock.pending()).toBe(0);
    source.getState().tick(16);
    clock.advance(1_000);
    expect(lagging.store.getState().now).not.toBe(source.getState().now);
  });
});
