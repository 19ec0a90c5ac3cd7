import { useEffect } from 'react';
import type { SimulationStore } from '../../store/simulationStore';
import { isTypingTarget, SHORTCUTS } from './shortcuts';

/** One keydown listener for the whole app; `extra` handles app-level keys (help, presenter). */
export function useShortcuts(store: SimulationStore, extra: (key: string) => boolean, enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      // The element the key went to. The manifest editor renders inside its host element's own DOM root,
      // so at the window its keys seem to come from the host, a plain <div>: the composed path shows the editor.
      const target = event.composedPath()[0] ?? event.target;
      if (isTypingTarget(target)) return;
      // Space presses a focused button, picks a radio, ticks a checkbox, opens a <summary>: leave it to
      // the browser on any control.
      if (event.key === ' ' && isControl(target)) return;
      // Arrows move within a focused radio group, slider, list or tab list (presenter mode's lesson steps
      // take them only elsewhere).
      if (
        event.key.startsWith('Arrow') &&
        target instanceof Element &&
        target.closest('input, select, [role="tab"]')
      )
        return;
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

function isControl(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    // Not the time scrubber: Space does nothing on a range input, so there it plays and pauses.
    target.closest(
      'button, input:not([type=range]), select, summary, a[href], [role="radio"], [role="tab"]',
    ) !== null
  );
}
