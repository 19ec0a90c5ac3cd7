import { isLang, preferredLang, type Lang } from '../i18n/lang';
import type { SafeStorage } from './safeStorage';

/**
 * Where the language and theme start from: the URL, else what was stored, else the browser. Apart from the
 * preferences store (and free of zustand and the catalogues) because the startup script needs the same
 * answer before the app's scripts arrive, to show the matching prerendered first frame.
 */
export type Theme = 'light' | 'dark' | 'system';
export const THEMES: readonly Theme[] = ['light', 'dark', 'system'];

export function isTheme(value: unknown): value is Theme {
  return value === 'light' || value === 'dark' || value === 'system';
}

export const LANG_KEY = 'podscope.lang';
export const THEME_KEY = 'podscope.theme';

export interface PreferencesInit {
  storage?: SafeStorage;
  languages?: readonly string[];
  /** Overrides from the URL (already validated), which win over stored values without being stored. */
  lang?: Lang;
  theme?: Theme;
  /** Told when a language's messages cannot load (offline): the switch stays where it was. */
  onLanguageFailed?: () => void;
}

export function initialPreferences(
  storage: SafeStorage,
  init: Omit<PreferencesInit, 'storage'>,
): { lang: Lang; theme: Theme } {
  const storedLang = storage.get(LANG_KEY);
  const storedTheme = storage.get(THEME_KEY);
  return {
    lang: init.lang ?? (isLang(storedLang) ? storedLang : preferredLang(init.languages ?? [])),
    theme: init.theme ?? (isTheme(storedTheme) ? storedTheme : 'system'),
  };
}
