import { createStore } from 'zustand/vanilla';
import { isLanguageLoaded, loadLanguage, type Lang } from '../i18n';
import {
  initialPreferences,
  LANG_KEY,
  THEME_KEY,
  type PreferencesInit,
  type Theme,
} from './initialPreferences';
import { createSafeStorage } from './safeStorage';

export { THEMES, isTheme, type PreferencesInit, type Theme } from './initialPreferences';

export interface PreferencesState {
  lang: Lang;
  /** A language asked for whose messages are still loading (the switch shows it chosen meanwhile). */
  pendingLang: Lang | null;
  theme: Theme;
  setLang: (lang: Lang) => void;
  setTheme: (theme: Theme) => void;
}

/** Language and theme, persisted when storage works; a fresh store per call so tests stay independent. */
export function createPreferencesStore(init: PreferencesInit = {}) {
  const storage = init.storage ?? createSafeStorage();
  const { lang, theme } = initialPreferences(storage, init);
  return createStore<PreferencesState>()((set) => ({
    lang,
    pendingLang: null,
    theme,
    setLang(next) {
      storage.set(LANG_KEY, next);
      // Switch once the language's messages are here, so no screen ever shows raw keys.
      if (isLanguageLoaded(next)) return set({ lang: next, pendingLang: null });
      set({ pendingLang: next });
      loadLanguage(next).then(
        () => set((s) => (s.pendingLang === next ? { lang: next, pendingLang: null } : {})),
        (error: unknown) => {
          set({ pendingLang: null });
          init.onLanguageFailed?.();
          console.error(`PodScope: the ${next} messages did not load`, error);
        },
      );
    },
    setTheme(next) {
      storage.set(THEME_KEY, next);
      set({ theme: next });
    },
  }));
}

export type PreferencesStore = ReturnType<typeof createPreferencesStore>;
