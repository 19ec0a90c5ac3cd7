/** A simulation store on the default scenario, and the wall clock that drives it, for the store's tests. */
import { DEFAULT_SCENARIO } from '../../lessons/presets';
import { createSimulationStore } from '../simulationStore';

export const freshStore = () => createSimulationStore({ scenario: DEFAULT_SCENARIO, playing: true });
type Store = ReturnType<typeof freshStore>;

export const ipOf = (store: Store, pod = 'web') =>
  store.getState().frame.pods.find((p) => p.metadata?.name === pod)?.status?.podIP;

export const restartsOf = (store: Store, container: string) =>
  store.getState().frame.pods[0]?.status?.containerStatuses?.find((c) => c.name === container)?.restartCount;

/** Runs the wall clock for `ms` in 16 ms frames at the store's speed. */
export function play(store: Store, ms: number) {
  for (let t = 0; t < ms; t += 16) store.getState().tick(16);
}
