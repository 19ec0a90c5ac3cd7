import { lazy, Suspense, useState } from 'react';
import { Narrator } from '../controls/Narrator';
import { LaggingSimulation } from '../LaggingSimulation';
import { useT } from '../stores';
import { LazyLessonPanel } from '../lessons/LazyLessonPanel';
import { PanelTabs } from './PanelTabs';

// The editor and terminal are heavy and rarely used first: they load when their tab opens.
const FreePlayPanel = lazy(() => import('../freeplay/FreePlayPanel'));
// The action form, kubectl tables and describe come right after the canvas's first paint.
const StatusPanel = lazy(() => import('../panel/StatusPanel').then((m) => ({ default: m.StatusPanel })));
const PodActions = lazy(() => import('../controls/PodActions').then((m) => ({ default: m.PodActions })));

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
                <Suspense fallback={<p className="text-muted">…</p>}>
                  {/* Text tables catch up within 250 ms while time runs; actions and selections show at once. */}
                  <LaggingSimulation everyMs={250}>
                    <PodActions />
                    <StatusPanel />
                  </LaggingSimulation>
                </Suspense>
              ),
            },
            {
              id: 'freeplay',
              label: t('tabs.freePlay'),
              render: () => (
                <Suspense fallback={<p className="text-muted">…</p>}>
                  <FreePlayPanel />
                </Suspense>
              ),
            },
          ]}
        />
      </div>
    </aside>
  );
}
