import '../lazyPanels.css';
import { DescribePod } from './DescribePod';
import { EventsTable } from './EventsTable';
import { PodTable } from './PodTable';

/**
 * The side panel's view of the cluster as the real tools print it: `kubectl get pods -o wide`, then
 * `kubectl describe pod` of the selected Pod (with its namespace ids), then its Events. Reads everything from the
 * simulation store (`frame`, `now`, `selectedPod`, `selectPod`); takes no props.
 */
export function StatusPanel() {
  return (
    <div className="flex min-w-0 flex-col gap-5" data-testid="status-panel">
      <PodTable />
      <DescribePod />
      <EventsTable />
    </div>
  );
}
