import { startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { loadPresenter } from './App';
import { AppRoot } from './AppRoot';
import { startFromUrl } from './embed/startup';
import { loadLanguage } from './i18n';
import { loadNarration } from './store/simulationStore';
import { yieldToBrowser } from './firstFrame/yieldToBrowser';

/** Started by src/boot.ts once it has shown the prerendered first frame (if one fits this page). */
export async function startApp(): Promise<void> {
  const rootElement = document.getElementById('root');
  if (!rootElement) throw new Error('index.html has no #root element');

  // A new task for each step of the startup (see yieldToBrowser): the chunks' evaluation, the stores, the render.
  await yieldToBrowser();
  const startup = await startFromUrl(location.search, navigator.languages);
  const { stores, params } = startup;
  await loadLanguage(stores.preferences.getState().lang);
  // Embedded in another page: talk to the host over postMessage (validated, optionally origin-restricted).
  if (params.embed && window.parent !== window) {
    const { startEmbedBridge } = await import('./embed/embedBridge');
    startEmbedBridge({ stores, origins: params.origins });
  }

  // An embed's layout first, so its first render is not the page's layout. (Failing, the app still starts.)
  if (params.embed) await import('./embed/embedStyles').catch(() => undefined);
  // Opened in presenter mode: its strip and styles first, so the first render is not unstyled.
  // (Failing, it is only presenter mode's looks: the app still starts.)
  if (params.presenter) await loadPresenter().catch(() => undefined);
  await yieldToBrowser();
  const root = createRoot(rootElement);
  const app = <AppRoot startup={startup} />;
  // A transition: React renders in slices of ~5 ms and commits once, so the first render is no single long
  // task (Lighthouse mobile, cold: 99 in 5 of 7 runs, against 96–98 rendered in one task). The prerendered
  // frame stays until the commit. Measured: the live app at the same time unthrottled (286 vs 293 ms),
  // +89 ms at 4× CPU (916 vs 827 ms; medians of 11 interleaved loads).
  startTransition(() => root.render(app));
  void loadNarration();
}
