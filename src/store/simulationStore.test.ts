import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../lessons/presets';
import { loadNarration } from './simulationStore';
import { freshStore, ipOf, play, restartsOf } from './testing/storeHarness';
// Applies over an existing Pod come from the editor or the terminal, which load this comparison.
import '../sim/applyDiff';

// The narration's logic is a chunk the app loads after its first render (see narrationLoad.test.ts).
beforeAll(() => loadNarration());

describe('simulation store', () => {
  it('opens the default scenario already running', () => {
    const store = freshStore();
    expect(store.getState().frame.pods[0]?.status?.phase).toBe('Running');
    expect(ipOf(store)).toMatch(/^10\.244\.1\.\d+$/);
    expect(store.getState().selectedPod).toBe('web');
  });

  it('ticks virtual time by wall time × speed, and not while paused', () => {
    const store = freshStore();
    const start = store.getState().now;
    store.getState().setSpeed(10);
    play(store, 1_000);
    expect(store.getState().now - start).toBeGreaterThanOrEqual(9_900);
    store.getState().pause();
    const paused = store.getState().now;
    play(store, 1_000);
    expect(store.getState().now).toBe(paused);
  });

  it('logs user actions with their virtual time and narrates what follows', () => {
    const store = freshStore();
    expect(store.getState().dispatch({ type: 'killSandbox', pod: 'web' })).toBe(true);
    expect(store.getState().log).toEqual([
      { at: store.getState().now, action: { type: 'killSandbox', pod: 'web' } },
    ]);
    play(store, 5_000);
    const keys = store.getState().narration.flatMap((line) => line.items.map((item) => item.key));
    expect(keys).toContain('narrate.pauseDied');
    expect(keys).toContain('narrate.sandboxRecreated');
    expect(keys).toContain('narrate.ipChanged');
  });

  it('says the status dropped the IP, not that it was released: the pool holds it until the sandbox stops', () => {
    const store = freshStore();
    const oldIp = ipOf(store) ?? '';
    store.getState().dispatch({ type: 'killSandbox', pod: 'web' });
    // Step until the status has no IP (the relist after the pause died).
    while (ipOf(store)) store.getState().stepToNextEvent();
    const items = store.getState().narration.flatMap((line) => line.items);
    expect(items).toContainEqual({ key: 'narrate.ipReleased', params: { pod: 'web', ip: oldIp } });
    expect(store.getState().frame.nodes[0]?.ipPool.used).toContain(oldIp);
    play(store, 5_000);
    expect(store.getState().frame.nodes[0]?.ipPool.used).not.toContain(oldIp);
  });

  it("narrates a deletion in the kubelet's order: the containers exit, then it stops the sandbox", () => {
    const store = freshStore();
    expect(store.getState().dispatch({ type: 'deletePod', pod: 'web' })).toBe(true);
    play(store, 5_000);
    const keys = store.getState().narration.flatMap((line) => line.items.map((item) => item.key));
    expect(keys).not.toContain('narrate.pauseDied');
    const stopped = keys.indexOf('narrate.sandboxStopped');
    expect(stopped).toBeGreaterThan(-1);
    const exits = keys.flatMap((key, i) => (key === 'narrate.exited' ? [i] : []));
    expect(exits).toHaveLength(2);
    expect(Math.max(...exits)).toBeLessThan(stopped);
  });

  it('narrates an update in place: the new image, then the exit and restart it causes', () => {
    const store = freshStore();
    const pod = store.getState().frame.pods.find((p) => p.metadata?.name === 'web')!;
    const spec = structuredClone(pod.spec!);
    spec.containers[0] = { ...spec.containers[0]!, image: 'nginx:1.28' };
    const manifest = { apiVersion: 'v1' as const, kind: 'Pod' as const, metadata: { name: 'web' }, spec };
    expect(store.getState().dispatch({ type: 'applyPod', manifest })).toBe(true);
    play(store, 10_000);
    const items = store.getState().narration.flatMap((line) => line.items);
    const changed = items.findIndex((item) => item.key === 'narrate.imageChanged');
    expect(items[changed]?.params).toEqual({
      pod: 'web',
      container: 'app',
      from: 'nginx:1.27',
      to: 'nginx:1.28',
    });
    const restarted = items.findIndex((item) => item.key === 'narrate.restarted');
    expect(restarted).toBeGreaterThan(changed);
    expect(store.getState().frame.pods[0]?.metadata?.uid).toBe(pod.metadata?.uid);
  });

  it('refuses a bad action with a notice and changes nothing', () => {
    const store = freshStore();
    const before = store.getState().frame;
    expect(store.getState().dispatch({ type: 'killContainer', pod: 'web', container: 'nope' })).toBe(false);
    expect(store.getState().notice?.message).toMatch(/nope/);
    expect(store.getState().frame).toBe(before);
    expect(store.getState().log).toEqual([]);
  });

  it('scrubs back and forward to identical states', () => {
    const store = freshStore();
    store.getState().dispatch({ type: 'killContainer', pod: 'web', container: 'app' });
    play(store, 4_000);
    store.getState().dispatch({ type: 'killSandbox', pod: 'web' });
    play(store, 8_000);
    const end = store.getState().now;
    const finalPods = JSON.stringify(store.getState().frame.pods);
    const ipAfter = ipOf(store);

    store.getState().seek(8_200);
    expect(store.getState().now).toBe(8_200);
    expect(restartsOf(store, 'app')).toBe(0);

    store.getState().seek(end);
    expect(JSON.stringify(store.getState().frame.pods)).toBe(finalPods);
    expect(ipOf(store)).toBe(ipAfter);
  });

  it('any order of seeks, and playing on after one, gives the state a fresh replay gives', () => {
    const store = freshStore();
    store.getState().setSpeed(20);
    for (let i = 0; i < 12; i++) {
      store
        .getState()
        .dispatch(
          i % 4 === 3
            ? { type: 'killSandbox', pod: 'web' }
            : { type: 'killContainer', pod: 'web', container: 'app' },
        );
      play(store, 1_000);
    }
    const horizon = store.getState().horizon;
    const podsAt = (at: number) => {
      const fresh = freshStore();
      fresh.getState().load(DEFAULT_SCENARIO, store.getState().log, at);
      return JSON.stringify(fresh.getState().frame.pods);
    };
    // Back far, forward a little (no keyframe between: carries on), forward past keyframes, back a little.
    for (const fraction of [0.2, 0.25, 0.9, 0.6, 0.61, 0.05]) {
      const at = Math.round(horizon * fraction);
      store.getState().seek(at);
      expect(store.getState().now).toBe(at);
      expect(JSON.stringify(store.getState().frame.pods)).toBe(podsAt(at));
    }
    // Playing on from a sought time takes keyframes again; a later seek back still lands exactly.
    store.getState().play();
    play(store, 3_000);
    const later = store.getState().now;
    store.getState().seek(Math.round(horizon * 0.1));
    store.getState().seek(later);
    expect(JSON.stringify(store.getState().frame.pods)).toBe(podsAt(later));
  });

  it('the narration follows the clock: a seek back takes back what has not happened yet, played again it is not told twice', () => {
    const store = freshStore();
    const killedAt = store.getState().now;
    store.getState().dispatch({ type: 'killSandbox', pod: 'web' });
    play(store, 5_000);
    const told = store.getState().narration;
    const keys = (lines: typeof told) => lines.flatMap((line) => line.items.map((item) => item.key));
    expect(keys(told)).toContain('narrate.ipChanged');
    // Back to before the kill's effects: only what had happened by then is told.
    store.getState().seek(killedAt);
    expect(store.getState().narration.every((line) => line.at <= killedAt)).toBe(true);
    expect(keys(store.getState().narration)).not.toContain('narrate.ipChanged');
    // Forward again over known history: the same lines, once each.
    play(store, 5_000);
    expect(store.getState().narration.map((line) => [line.at, line.items])).toEqual(
      told.map((line) => [line.at, line.items]),
    );
    // Acting in the past rewrites the future: what follows is narrated anew.
    store.getState().seek(killedAt + 500);
    store.getState().dispatch({ type: 'killContainer', pod: 'web', container: 'app' });
    play(store, 3_000);
    const after = store.getState().narration.filter((line) => line.at > killedAt + 500);
    expect(keys(after)).toContain('narrate.restarted');
    expect(new Set(store.getState().narration.map((line) => line.id)).size).toBe(
      store.getState().narration.length,
    );
  });

  it('at 20× a line is stamped when its last change happened, so a seek inside the tick keeps it', () => {
    const store = freshStore();
    store.getState().setSpeed(20);
    store.getState().dispatch({ type: 'killSandbox', pod: 'web' });
    const told = () =>
      store
        .getState()
        .narration.find((line) => line.items.some((item) => item.key === 'narrate.sandboxRecreated'));
    while (!told()) play(store, 16);
    const line = told()!;
    // One tick is 320 virtual ms; the line's time is a change's own: a millisecond before it the state differs.
    const scene = () => {
      const { pods, sandboxes, containers, events } = store.getState().frame;
      return JSON.stringify({ pods, sandboxes, containers, events });
    };
    store.getState().seek(line.at);
    expect(store.getState().narration.map((l) => l.id)).toContain(line.id);
    const at = scene();
    store.getState().seek(line.at - 1);
    expect(scene()).not.toBe(at);
    expect(store.getState().narration.map((l) => l.id)).not.toContain(line.id);
  });

  it('load() replays a shared log to the same state; a refused action keeps what replayed and says why', () => {
    const store = freshStore();
    store.getState().dispatch({ type: 'killSandbox', pod: 'web' });
    play(store, 6_000);
    const ip = ipOf(store);
    const log = store.getState().log;

    const other = freshStore();
    other.getState().load(DEFAULT_SCENARIO, log, store.getState().now);
    expect(ipOf(other)).toBe(ip);
    expect(other.getState().now).toBe(store.getState().now);

    other
      .getState()
      .load(DEFAULT_SCENARIO, [...log, { at: 20_000, action: { type: 'killSandbox', pod: 'ghost' } }]);
    expect(other.getState().notice?.message).toMatch(/ghost/);
    expect(other.getState().log).toEqual(log);
  });

  it('step to next event jumps straight to the next kubelet step and pauses', () => {
    const store = freshStore();
    store.getState().dispatch({ type: 'killContainer', pod: 'web', container: 'app' });
    const before = store.getState().now;
    store.getState().stepToNextEvent();
    expect(store.getState().playing).toBe(false);
    expect(store.getState().now).toBeGreaterThan(before);
    expect(store.getState().now - before).toBeLessThanOrEqual(2_000);
  });
});

describe('load() with a different scenario', () => {
  it('keeps only user actions in the log, whatever the new scenario’s setup length', () => {
    const store = freshStore();
    const empty = { id: 'empty', seed: 1, setup: [], warmup: 0 };
    const kill = { at: 9_000, action: { type: 'killSandbox', pod: 'web' } as const };
    store.getState().load(empty, [{ at: 0, action: DEFAULT_SCENARIO.setup[0]!.action }, kill]);
    expect(store.getState().log).toHaveLength(2);
    store.getState().load(DEFAULT_SCENARIO, [kill]);
    expect(store.getState().log).toEqual([kill]);
  });
});

describe('Events that expire with nothing else happening', () => {
  it('leave the frame an hour after their last write, as they leave the API (no step runs then)', () => {
    const store = freshStore();
    store.getState().setSpeed(20);
    const reasons = () => store.getState().frame.events.map((e) => e.reason);
    expect(reasons()).toContain('Scheduled');
    // The default Pod runs quietly: after its start no kubelet step is due, yet its Events expire.
    for (let i = 0; i < 70 * 12; i++) store.getState().tick(250); // 70 virtual minutes at 20×
    expect(store.getState().now).toBeGreaterThanOrEqual(70 * 60_000);
    expect(reasons()).toEqual([]);
    expect(store.getState().frame.pods.map((p) => p.status?.phase)).toEqual(['Running']);
  });
});
