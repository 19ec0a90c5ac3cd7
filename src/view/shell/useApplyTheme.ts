import { useEffect, useState } from 'react';
import type { Theme } from '../../store/preferences';
import { applyDocumentPreferences, DARK_QUERY, resolveTheme, systemPrefersDark } from './documentPreferences';

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
  return resolveTheme(theme, systemDark);
}

export function useApplyDocumentPreferences(lang: string, resolvedTheme: 'light' | 'dark'): void {
  useEffect(() => applyDocumentPreferences(lang, resolvedTheme), [lang, resolvedTheme]);
}
