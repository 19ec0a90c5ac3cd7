import { useEffect } from 'react';
import type { SimulationStore } from '../../store/simulationStore';
import { isTypingTarget, SHORTCUTS } from './shortcuts';

/** One keydown listener for the whole app; `extra` handles app-level keys (help, presenter). */
export function useShortcuts(store: SimulationStore, extra: (key: string) => boolean, enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingTarget(event.target)) return;
      // Space on a focused button presses it: leave that to the browser.
      if (event.key === ' ' && event.target instanceof HTMLButtonElement) return;
      if (extra(event.key)) {
        event.preventDefault();
        return;
      }
      const shortcut = SHORTCUTS.find((s) => s.keys.includes(event.key));
      if (!shortcut) return;
      event.preventDefault();
      shortcut.run(store.getState());
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store, extra, enabled]);
}
