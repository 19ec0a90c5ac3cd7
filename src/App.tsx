import { Header } from './view/shell/Header';
import { useApplyDocumentPreferences, useResolvedTheme } from './view/shell/useApplyTheme';
import { usePreferences, useT } from './view/stores';

/** Composition only: the shell, the canvas area and the side panel. */
export function App() {
  const t = useT();
  const lang = usePreferences((s) => s.lang);
  const theme = usePreferences((s) => s.theme);
  useApplyDocumentPreferences(lang, useResolvedTheme(theme));
  return (
    <div className="app">
      <a href="#canvas" className="skip-link">
        {t('app.skipToCanvas')}
      </a>
      <Header />
      <div className="app-body">
        <main id="canvas" className="canvas-area" aria-label={t('canvas.label')} tabIndex={-1}></main>
        <aside className="side-panel" aria-label={t('panel.label')}>
          <p className="text-muted">{t('panel.placeholder')}</p>
        </aside>
      </div>
    </div>
  );
}
