import { lazy, useState } from 'react';
import { Narrator } from '../controls/Narrator';
import type { SimulationState } from '../../store/simulationStore';
import { LaggingSimulation } from '../LaggingSimulation';
import { useT } from '../stores';
import { LazyLessonPanel } from '../lessons/LazyLessonPanel';
import { Loadable } from './Loadable';
import { PanelTabs } from './PanelTabs';

// The editor and terminal are heavy and rarely used first: they load when their tab opens.
const FreePlayPanel = lazy(() => import('../freeplay/FreePlayPanel'));
// The action form, kubectl tables and describe come right after the canvas's first paint.
const StatusPanel = lazy(() => import('../panel/StatusPanel').then((m) => ({ default: m.StatusPanel })));
const PodActions = lazy(() => import('../controls/PodActions').then((m) => ({ default: m.PodActions })));

/**
 * Re-rendering the kubectl tables costs about as much per Pod as drawing it (60 Pods: ~10 ms a copy), so
 * the tables are copied less often the more Pods there are: they keep a steady share of the frame budget.
 */
const tableCopyInterval = (state: SimulationState) =>
  Math.min(1_000, Math.max(100, 10 * state.frame.pods.length));

/** Narration on top (always visible), then tabs: lessons, Pod status + actions, free play. */
export function SidePanel({ initialTab = 'status' }: { initialTab?: 'lessons' | 'status' | 'freeplay' }) {
  const t = useT();
  const [tab, setTab] = useState<string>(initialTab);
  return (
    <aside className="side-panel" aria-label={t('panel.label')}>
      <div className="side-panel-scroll">
        <Narrator />
        <PanelTabs
          label={t('tabs.label')}
          active={tab}
          onChange={setTab}
          tabs={[
            {
              id: 'lessons',
              label: t('tabs.lessons'),
              render: () => <LazyLessonPanel onLeave={() => setTab('status')} />,
            },
            {
              id: 'status',
              label: t('tabs.status'),
              render: () => (
                <Loadable fallback={<p className="text-muted">…</p>}>
                  {/* Tables catch up within 0.1 s (1 Pod) to 1 s (100 Pods) while time runs; actions and
                      selections show at once. */}
                  <LaggingSimulation everyMs={tableCopyInterval}>
                    <PodActions />
                    <StatusPanel />
                  </LaggingSimulation>
                </Loadable>
              ),
            },
            {
              id: 'freeplay',
              label: t('tabs.freePlay'),
              // The manifest being edited, the terminal's history and its half-typed line.
              keepMounted: true,
              render: () => (
                <Loadable fallback={<p className="text-muted">…</p>}>
                  <FreePlayPanel />
                </Loadable>
              ),
            },
          ]}
        />
      </div>
    </aside>
  );
}
