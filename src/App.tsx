import { NamespaceLegend } from './view/canvas/NamespaceLegend';
import { PodCanvas } from './view/canvas/PodCanvas';
import { Narrator } from './view/controls/Narrator';
import { NoticeBar } from './view/controls/NoticeBar';
import { PodActions } from './view/controls/PodActions';
import { StatusPanel } from './view/panel/StatusPanel';
import { TimeBar } from './view/controls/TimeBar';
import { useAnimationClock } from './view/controls/useAnimationClock';
import { Header } from './view/shell/Header';
import { useApplyDocumentPreferences, useResolvedTheme } from './view/shell/useApplyTheme';
import { usePreferences, useStores, useT } from './view/stores';

/** Composition only: the shell, the canvas area and the side panel. */
export function App() {
  const t = useT();
  const stores = useStores();
  const lang = usePreferences((s) => s.lang);
  const theme = usePreferences((s) => s.theme);
  useApplyDocumentPreferences(lang, useResolvedTheme(theme));
  useAnimationClock(stores.simulation);
  return (
    <div className="app">
      <a href="#canvas" className="skip-link">
        {t('app.skipToCanvas')}
      </a>
      <Header />
      <NoticeBar />
      <div className="app-body">
        <main id="canvas" className="canvas-area" aria-label={t('canvas.label')} tabIndex={-1}>
          <TimeBar />
          <PodCanvas />
          <NamespaceLegend />
        </main>
        <aside className="side-panel" aria-label={t('panel.label')}>
          <PodActions />
          <Narrator />
          <StatusPanel />
        </aside>
      </div>
    </div>
  );
}
