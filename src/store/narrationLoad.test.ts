// The narration's logic is a chunk of its own (loaded after the app's first render): what changes before it
// arrives is told when it does, nothing lost and nothing told twice. This file never loads it up front.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../lessons/presets';
import { createSimulationStore, loadNarration } from './simulationStore';

describe('narration before its chunk has loaded', () => {
  it('tells the changes that came first once it arrives', async () => {
    const store = createSimulationStore({ scenario: DEFAULT_SCENARIO, playing: true });
    expect(store.getState().dispatch({ type: 'killContainer', pod: 'web', container: 'app' })).toBe(true);
    store.getState().tick(200);
    // Not told yet, but the app runs on: the card already shows the exit.
    expect(store.getState().narration).toEqual([]);
    const app = store
      .getState()
      .podViews.find((view) => view.name === 'web')
      ?.mainContainers.find((c) => c.name === 'app');
    expect(app?.state).toBe('terminated');
    await loadNarration();
    const items = store.getState().narration.flatMap((line) => line.items);
    expect(items.filter((item) => item.key === 'narrate.exited')).toEqual([
      { key: 'narrate.exited', params: { container: 'app', code: 137, reason: 'Error' } },
    ]);
    // Later changes are told as they happen, against the frame the late line told up to.
    for (let t = 0; t < 3000; t += 16) store.getState().tick(16);
    const keys = store.getState().narration.flatMap((line) => line.items.map((item) => item.key));
    expect(keys.filter((key) => key === 'narrate.exited')).toHaveLength(1);
    expect(keys).toContain('narrate.restarted');
  });
});
