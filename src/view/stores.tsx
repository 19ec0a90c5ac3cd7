import { createContext, useCallback, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { translate, type MessageKey, type MessageParams } from '../i18n';
import type { PreferencesState, PreferencesStore } from '../store/preferences';
import type { SimulationState, SimulationStore } from '../store/simulationStore';

/** One set of stores per app instance (an embed page may host several), provided through context. */
export interface AppStores {
  preferences: PreferencesStore;
  simulation: SimulationStore;
}

const StoresContext = createContext<AppStores | null>(null);

export function StoresProvider({ stores, children }: { stores: AppStores; children: ReactNode }) {
  return <StoresContext.Provider value={stores}>{children}</StoresContext.Provider>;
}

export function useStores(): AppStores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('useStores must be used inside <StoresProvider>');
  return stores;
}

export function usePreferences<T>(selector: (state: PreferencesState) => T): T {
  return useStore(useStores().preferences, selector);
}

/** Reads the simulation store; selectors that build objects need `useShallow`. */
export function useSim<T>(selector: (state: SimulationState) => T): T {
  return useStore(useStores().simulation, selector);
}

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The translator for the current language; re-renders its user when the language changes. */
export function useT(): Translate {
  const lang = usePreferences((s) => s.lang);
  return useCallback((key, params) => translate(lang, key, params), [lang]);
}
