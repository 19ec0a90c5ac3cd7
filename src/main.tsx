import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { DEFAULT_SCENARIO } from './lessons/presets';
import { createPreferencesStore } from './store/preferences';
import { createSimulationStore } from './store/simulationStore';
import { StoresProvider, type AppStores } from './view/stores';
import './index.css';

const stores: AppStores = {
  preferences: createPreferencesStore({ languages: navigator.languages }),
  simulation: createSimulationStore({ scenario: DEFAULT_SCENARIO }),
};

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');
createRoot(rootElement).render(
  <StrictMode>
    <StoresProvider stores={stores}>
      <App />
    </StoresProvider>
  </StrictMode>,
);
