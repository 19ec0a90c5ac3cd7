/**
 * Structural memory bounds after long runs: what the store and the engine keep stays capped however long a
 * class plays. (Heap numbers are measured by `npm run bench`, not asserted here: they depend on the machine.)
 */
import { describe, expect, it } from 'vitest';
import { startClassroomWorkload } from '../../scripts/bench/classroomWorkload';
import { PRESETS } from '../lessons/presetList';
import { createSimulation } from '../sim';
import { EVENT_CAP, EXITED_PER_CONTAINER, SANDBOXES_PER_POD } from '../sim/constants';

/** Twenty minutes of class: ~300 kills and ~80 periodic keyframes, so the history is thinned. */
const SESSION = 1_200_000;

describe('bounded memory', () => {
  it('keeps keyframes, narration, Events and runtime records capped through twenty minutes of kills at 20×', () => {
    // 100 ms frames (2 virtual s per tick at 20×) keep this fast; a kill every 2–4 virtual s (at the next tick).
    const workload = startClassroomWorkload({ seed: 11, speed: 20, frameMs: 100 });
    const { store, caps } = workload;
    workload.runUntil(store.getState().now + SESSION);
    const sizes = workload.sizes();

    // Enough happened to overflow every list that has a cap.
    expect(sizes.kills).toBeGreaterThan(270);
    expect(sizes.log).toBeGreaterThan(caps.keyframes);
    expect(sizes.keyframes).toBeLessThanOrEqual(caps.keyframes);
    expect(sizes.narration).toBe(caps.narration);
    expect(sizes.events).toBeLessThanOrEqual(caps.events);
    // Per Pod the runtime keeps the current and the last exited instance of each container, and the newest
    // sandbox plus older ones only while a kept instance still belongs to them.
    const sim = store.getState().query();
    for (const pod of sim.pods()) {
      const name = pod.metadata?.name ?? '';
      const names = [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])].length;
      const own = sim.containers().filter((c) => c.podName === name);
      const instances = own.length;
      const sandboxes = sim.sandboxes().filter((s) => s.podName === name).length;
      expect(instances).toBeLessThanOrEqual(names * (EXITED_PER_CONTAINER + 1));
      for (const c of own) {
        const exited = own.filter((o) => o.name === c.name && o.state === 'CONTAINER_EXITED');
        expect(exited.length).toBeLessThanOrEqual(EXITED_PER_CONTAINER);
      }
      expect(sandboxes).toBeLessThanOrEqual(Math.max(SANDBOXES_PER_POD, 1 + instances));
    }
    // Time 0 stays reachable and scrubbing still works after the history was thinned.
    expect(workload.history.before(0)?.at).toBe(0);
    store.getState().seek(SESSION / 2);
    expect(store.getState().now).toBe(SESSION / 2);
    // The user log is the shared timeline: it keeps every action (by design, not a leak).
    expect(sizes.log).toBe(store.getState().log.length);
  }, 30_000);

  it('keeps the newest EVENT_CAP Events when Pods keep coming and going', () => {
    const sim = createSimulation({ seed: 3 });
    const manifest = PRESETS.find((p) => p.id === 'single')?.manifest;
    if (!manifest) throw new Error('no single preset');
    let most = 0;
    for (let i = 0; i < 300; i++) {
      sim.dispatch({ type: 'createPod', manifest: { ...manifest, metadata: { name: `hello-${i}` } } });
      sim.advance(3_000);
      sim.dispatch({ type: 'deletePod', pod: `hello-${i}`, gracePeriodSeconds: 0 });
      sim.advance(2_000);
      most = Math.max(most, sim.events().length);
    }
    // 300 Pods × (Scheduled, Pulled, Created, Started, Killing) is well past the cap.
    expect(most).toBe(EVENT_CAP);
    const events = sim.events();
    expect(events).toHaveLength(EVENT_CAP);
    // The newest are kept: the last Pod's Events are there, the first Pod's are gone.
    const about = (name: string) => events.filter((e) => e.involvedObject.name === name).length;
    expect(about('hello-299')).toBeGreaterThan(0);
    expect(about('hello-0')).toBe(0);
    expect(sim.pods()).toHaveLength(0);
  }, 30_000);
});
