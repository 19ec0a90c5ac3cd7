import { lazy, useCallback, useEffect, useRef, useState } from 'react';
import type { LaunchParams } from './embed/launchParams';
import { NamespaceLegend } from './view/canvas/NamespaceLegend';
import { PodCanvas } from './view/canvas/PodCanvas';
import { TimeBar } from './view/controls/TimeBar';
import { useAnimationClock } from './view/controls/useAnimationClock';
import { LazyLessonPanel } from './view/lessons/LazyLessonPanel';
import { Header } from './view/shell/Header';
import { Loadable } from './view/shell/Loadable';
import { SidePanel } from './view/shell/SidePanel';
import { useApplyDocumentPreferences, useResolvedTheme } from './view/shell/useApplyTheme';
import { useLessonSession } from './view/shell/useLessonSession';
import { useShortcuts } from './view/shell/useShortcuts';
import { usePreferences, useSim, useStores, useT } from './view/stores';

/**
 * Presenter mode's strip and styles are a chunk of their own: loaded before the mode first shows (by `f`, the
 * button, or main.tsx for `?presenter=1`), so it never appears unstyled.
 */
export const loadPresenter = () => import('./view/shell/PresenterStrip');
const PresenterStrip = lazy(() => loadPresenter().then((m) => ({ default: m.PresenterStrip })));

/** A notice (its view and styles) loads when there first is one to show. */
const NoticeBar = lazy(() => import('./view/controls/NoticeBar').then((m) => ({ default: m.NoticeBar })));

const ShortcutsDialog = lazy(() =>
  import('./view/shell/ShortcutsDialog').then((m) => ({ default: m.ShortcutsDialog })),
);

type Launch = Pick<LaunchParams, 'embed' | 'controls' | 'presenter' | 'lesson'>;

/**
 * Composition only. Three layouts: the full app; embed (`?embed=1`: the canvas fills the frame, with
 * `controls=none|minimal|full`); presenter (`?presenter=1` or `f`: no chrome, large type for a projector).
 */
export function App({ launch }: { launch: Launch }) {
  const t = useT();
  const stores = useStores();
  const lang = usePreferences((s) => s.lang);
  const theme = usePreferences((s) => s.theme);
  const [presenter, setPresenter] = useState(launch.presenter);
  const [help, setHelp] = useState(false);
  const notice = useSim((s) => s.notice !== null);
  useApplyDocumentPreferences(lang, useResolvedTheme(theme));
  useAnimationClock(stores.simulation);

  // The mode as last toggled, read by the toggle itself: `f` pressed twice before a render toggles twice.
  const presenterNow = useRef(presenter);
  const togglePresenter = useCallback(() => {
    loadPresenter().then(
      () => {
        const on = presenterNow.current;
        presenterNow.current = !on;
        // Full screen is a bonus: refused (iframe, no gesture) it still works as a layout.
        if (!on) document.documentElement.requestFullscreen?.().catch(() => undefined);
        else if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
        setPresenter(!on);
      },
      () => stores.simulation.getState().showNotice('warning', { key: 'load.action' }),
    );
  }, [stores]);
  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement) {
        presenterNow.current = false;
        setPresenter(false);
        // Left again before the browser went full screen (`f` twice): leave full screen too.
      } else if (!presenterNow.current) document.exitFullscreen().catch(() => undefined);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  // Entering, the page the focus was on goes away: it moves to the drawing; leaving, back to the mode's button.
  const modeShown = useRef(presenter);
  useEffect(() => {
    if (modeShown.current === presenter) return;
    modeShown.current = presenter;
    const target = presenter ? '#canvas' : '[data-testid="presenter"]';
    document.querySelector<HTMLElement>(target)?.focus();
  }, [presenter]);
  const { session: lessons, lessonOpen } = useLessonSession(
    stores.simulation,
    presenter || Boolean(launch.lesson),
  );
  const appKeys = useCallback(
    (key: string) => {
      // An embed has no help dialog, presenter mode or language key (the host sets the language); in a
      // frame without allow="fullscreen", `f` logged a permissions-policy violation and changed nothing.
      if (launch.embed) return false;
      // A clicker sends PageDown/PageUp; arrows do the same in presenter mode.
      if (presenter && lessons && lessons.getState().lessonId !== null) {
        if (key === 'PageDown' || key === 'ArrowRight') return (lessons.getState().next(), true);
        if (key === 'PageUp' || key === 'ArrowLeft') return (lessons.getState().previous(), true);
      }
      if (key === '?') setHelp(true);
      else if (key === 'f') togglePresenter();
      // The other language, without leaving presenter mode (which hides the switch).
      else if (key === 'l') stores.preferences.getState().setLang(lang === 'en' ? 'zh-CN' : 'en');
      // Esc in the shortcuts dialog closes only the dialog (natively); if the dialog's code did not load, its
      // "did not load" message stands in its place, and Esc closes that first.
      else if (key === 'Escape' && help) setHelp(false);
      else if (key === 'Escape' && presenter) togglePresenter();
      else return false;
      return true;
    },
    // `launch` comes from the URL once and never changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [presenter, help, togglePresenter, lessons, stores.preferences, lang],
  );
  useShortcuts(stores.simulation, appKeys, !launch.embed || launch.controls === 'full');

  if (launch.embed) {
    return (
      <div className={`app embed controls-${launch.controls}`}>
        {notice && (
          <Loadable>
            <NoticeBar />
          </Loadable>
        )}
        <main id="canvas" className="canvas-area" aria-label={t('canvas.label')}>
          <h1 className="sr-only">{t('app.name')}</h1>
          {launch.controls !== 'none' && <TimeBar />}
          <PodCanvas fitLargest />
          {launch.controls !== 'none' && <NamespaceLegend />}
        </main>
      </div>
    );
  }
  return (
    <div className={`app${presenter ? ' presenter' : ''}`}>
      <a href="#canvas" className="skip-link">
        {t('app.skipToCanvas')}
      </a>
      {!presenter && <Header onPresent={togglePresenter} onHelp={() => setHelp(true)} />}
      {notice && (
        <Loadable>
          <NoticeBar />
        </Loadable>
      )}
      <div className="app-body">
        <main id="canvas" className="canvas-area" aria-label={t('canvas.label')} tabIndex={-1}>
          {presenter ? <h1 className="sr-only">{t('app.name')}</h1> : <TimeBar />}
          <PodCanvas fitLargest={presenter} projected={presenter} />
          {presenter ? (
            <Loadable>
              <PresenterStrip onExit={togglePresenter} />
            </Loadable>
          ) : (
            <NamespaceLegend />
          )}
        </main>
        {!presenter && <SidePanel initialTab={launch.lesson ? 'lessons' : 'status'} />}
        {presenter && lessonOpen && (
          <aside className="presenter-aside" aria-label={t('tabs.lessons')}>
            <LazyLessonPanel />
          </aside>
        )}
      </div>
      {help && (
        <Loadable>
          <ShortcutsDialog open={help} onClose={() => setHelp(false)} />
        </Loadable>
      )}
    </div>
  );
}
