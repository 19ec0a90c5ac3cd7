import { useEffect, useMemo, type ReactNode } from 'react';
import { createLaggingSimulation, type CopyInterval } from './laggingSimulation';
import { StoresProvider, useStores } from './stores';

/** Gives its children a simulation store that follows the real one at most every `everyMs` while time runs. */
export function LaggingSimulation({ everyMs, children }: { everyMs: CopyInterval; children: ReactNode }) {
  const stores = useStores();
  const lagging = useMemo(
    () => createLaggingSimulation(stores.simulation, everyMs),
    [stores.simulation, everyMs],
  );
  useEffect(() => lagging.follow(), [lagging]);
  const provided = useMemo(() => ({ ...stores, simulation: lagging.store }), [stores, lagging]);
  return <StoresProvider stores={provided}>{children}</StoresProvider>;
}
