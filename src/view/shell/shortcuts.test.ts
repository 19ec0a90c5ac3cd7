/** The keys that act on the selected Pod say so when there is none, instead of doing nothing. */
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../lessons/presetList';
import { presetScenario } from '../../lessons/presets';
import { createSimulationStore } from '../../store/simulationStore';
import { SHORTCUTS } from './shortcuts';

const press = (store: ReturnType<typeof createSimulationStore>, key: string) =>
  SHORTCUTS.find((s) => s.keys.includes(key))!.run(store.getState());

describe('shortcuts with no Pod to act on', () => {
  it('k, p and Delete with none selected, and j with none at all, show a notice and change nothing', () => {
    const store = createSimulationStore({ scenario: presetScenario(PRESETS[0]!), playing: false });
    store.getState().selectPod(null);
    for (const key of ['k', 'p', 'Delete']) {
      store.getState().dismissNotice();
      press(store, key);
      expect(store.getState().notice, key).toMatchObject({
        kind: 'info',
        message: { key: 'shortcuts.noPod' },
      });
    }
    expect(store.getState().log).toEqual([]);

    // With a Pod selected, p acts (and says nothing).
    store.getState().dismissNotice();
    store.getState().selectPod('web');
    press(store, 'p');
    expect(store.getState().notice).toBeNull();
    expect(store.getState().log.map((l) => l.action.type)).toEqual(['killSandbox']);

    // No Pods at all: j has nothing to select, and p names the empty Node rather than pointing to j.
    press(store, 'Delete');
    store.getState().play();
    // The grace period (30 s), then the object goes: frames of at most a few hundred ms each.
    for (let i = 0; i < 600 && store.getState().frame.pods.length > 0; i++) store.getState().tick(250);
    expect(store.getState().frame.pods).toEqual([]);
    store.getState().dismissNotice();
    for (const key of ['j', 'p']) {
      store.getState().dismissNotice();
      press(store, key);
      expect(store.getState().notice, key).toMatchObject({ message: { key: 'node.empty' } });
    }
  });
});
