import { createStore } from 'zustand/vanilla';
import { isLang, isLanguageLoaded, loadLanguage, type Lang } from '../i18n';
import { createSafeStorage, type SafeStorage } from './safeStorage';

export type Theme = 'light' | 'dark' | 'system';
export const THEMES: readonly Theme[] = ['light', 'dark', 'system'];

export function isTheme(value: unknown): value is Theme {
  return value === 'light' || value === 'dark' || value === 'system';
}

export interface PreferencesState {
  lang: Lang;
  /** A language asked for whose messages are still loading (the switch shows it chosen meanwhile). */
  pendingLang: Lang | null;
  theme: Theme;
  setLang: (lang: Lang) => void;
  setTheme: (theme: Theme) => void;
}

const LANG_KEY = 'podscope.lang';
const THEME_KEY = 'podscope.theme';

/** Browser language → our nearest catalogue: any Chinese goes to zh-CN, everything else to English. */
export function preferredLang(languages: readonly string[]): Lang {
  return languages.some((l) => l.toLowerCase().startsWith('zh')) ? 'zh-CN' : 'en';
}

export interface PreferencesInit {
  storage?: SafeStorage;
  languages?: readonly string[];
  /** Overrides from the URL (already validated), which win over stored values without being stored. */
  lang?: Lang;
  theme?: Theme;
}

/** Language and theme, persisted when storage works; a fresh store per call so tests stay independent. */
export function createPreferencesStore(init: PreferencesInit = {}) {
  const storage = init.storage ?? createSafeStorage();
  const storedLang = storage.get(LANG_KEY);
  const storedTheme = storage.get(THEME_KEY);
  const lang = init.lang ?? (isLang(storedLang) ? storedLang : preferredLang(init.languages ?? []));
  const theme = init.theme ?? (isTheme(storedTheme) ? storedTheme : 'system');
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
