import { useEffect, useState } from 'react';
import type { Theme } from '../../store/preferences';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function systemPrefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches;
}

/** Resolves 'system' against the OS setting (following live changes) and returns 'light' | 'dark'. */
export function useResolvedTheme(theme: Theme): 'light' | 'dark' {
  const [systemDark, setSystemDark] = useState(systemPrefersDark);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const query = matchMedia(DARK_QUERY);
    const onChange = () => setSystemDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  if (theme === 'system') return systemDark ? 'dark' : 'light';
  return theme;
}

/** Puts the language and theme on <html> so CSS (dark variant, CJK fonts) and screen readers follow them. */
export function useApplyDocumentPreferences(lang: string, resolvedTheme: 'light' | 'dark'): void {
  useEffect(() => {
    const root = document.documentElement;
    root.lang = lang;
    root.classList.toggle('dark', resolvedTheme === 'dark');
    root.style.colorScheme = resolvedTheme;
  }, [lang, resolvedTheme]);
}
