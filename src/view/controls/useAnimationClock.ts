import { useEffect } from 'react';
import type { SimulationStore } from '../../store/simulationStore';

/** The app's one wall clock: each animation frame advances the simulation by dt × speed (STYLE.md §3). */
export function useAnimationClock(store: SimulationStore): void {
  useEffect(() => {
    let last: number | undefined;
    let handle = requestAnimationFrame(function frame(time) {
      if (last !== undefined) store.getState().tick(time - last);
      last = time;
      handle = requestAnimationFrame(frame);
    });
    return () => cancelAnimationFrame(handle);
  }, [store]);
}
