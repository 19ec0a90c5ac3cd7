import { startTransition } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { AppRoot } from './AppRoot';
import { startFromUrl } from './embed/startup';
import { loadLanguage } from './i18n';

/** Started by src/boot.ts once it has shown the prerendered first frame (if one fits this page). */
export async function startApp({ firstFrameShown }: { firstFrameShown: boolean }): Promise<void> {
  const rootElement = document.getElementById('root');
  if (!rootElement) throw new Error('index.html has no #root element');

  const startup = await startFromUrl(location.search, navigator.languages);
  const { stores, params } = startup;
  await loadLanguage(stores.preferences.getState().lang);
  // Embedded in another page: talk to the host over postMessage (validated, optionally origin-restricted).
  if (params.embed && window.parent !== window) {
    const { startEmbedBridge } = await import('./embed/embedBridge');
    startEmbedBridge({ stores, origins: params.origins });
  }

  // With the first frame showing, nothing is urgent: let the browser paint it now if it has not yet, and
  // keep the engine's warm-up above and React's render below in separate, shorter tasks.
  if (firstFrameShown) await new Promise((resolve) => setTimeout(resolve, 0));
  const root = createRoot(rootElement);
  const app = <AppRoot startup={startup} />;
  // The prerendered frame already shows this page: render in slices that leave the main thread free
  // (a transition), and swap it in when done. Without one, render in this task rather than one the
  // scheduler queues behind the lazy panels' scripts: the first Pod is on screen sooner.
  if (firstFrameShown) startTransition(() => root.render(app));
  else flushSync(() => root.render(app));
}
