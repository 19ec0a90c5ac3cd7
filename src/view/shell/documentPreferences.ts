import type { Theme } from '../../store/initialPreferences';

export const DARK_QUERY = '(prefers-color-scheme: dark)';

export function systemPrefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches;
}

export function resolveTheme(theme: Theme, systemDark: boolean): 'light' | 'dark' {
  if (theme === 'system') return systemDark ? 'dark' : 'light';
  return theme;
}

/**
 * Puts the language and theme on <html> so CSS (dark variant, CJK fonts) and screen readers follow them.
 * The startup script does it before the first paint, the app whenever they change.
 */
export function applyDocumentPreferences(
  lang: string,
  resolvedTheme: 'light' | 'dark',
  root: HTMLElement = document.documentElement,
): void {
  root.lang = lang;
  root.classList.toggle('dark', resolvedTheme === 'dark');
  root.style.colorScheme = resolvedTheme;
}
