import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startFromUrl } from './embed/startup';
import { loadLanguage } from './i18n';
import { StoresProvider } from './view/stores';
import './index.css';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');

const { stores, params } = await startFromUrl(location.search, navigator.languages);
await loadLanguage(stores.preferences.getState().lang);
// Embedded in another page: talk to the host over postMessage (validated, optionally origin-restricted).
if (params.embed && window.parent !== window) {
  const { startEmbedBridge } = await import('./embed/embedBridge');
  startEmbedBridge({ stores, origins: params.origins });
}

// Rendered in this task rather than one the scheduler queues behind whatever else is waiting (the lazy
// panels' scripts arriving): the first Pod is on screen sooner.
const root = createRoot(rootElement);
flushSync(() =>
  root.render(
    <StrictMode>
      <StoresProvider stores={stores}>
        <App launch={params} />
      </StoresProvider>
    </StrictMode>,
  ),
);
