/**
 * Resolves once the browser has put the first contentful paint on screen (the prerendered first frame), or
 * after `timeoutMs`, or at once where no paint is coming soon (a background tab) or cannot be observed.
 *
 * Why the app's first render waits for it: rendered sooner, the app replaces the frame before the browser has
 * timed the frame's paint, so the frame's layout and paint were wasted work, and Largest Contentful Paint
 * falls to the live app, later (measured: the frame's text at ~0.4–0.6 s, else the app's at ~1.0 s).
 * src/boot.ts also waits for it before fetching the app's chunks, which keeps them off the first paint's path.
 */
export function firstPaintShown(win: Window, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const Observer = (win as Window & typeof globalThis).PerformanceObserver;
    if (win.document.visibilityState === 'hidden' || !Observer?.supportedEntryTypes?.includes('paint')) {
      resolve();
      return;
    }
    const finish = () => {
      observer.disconnect();
      win.clearTimeout(timer);
      resolve();
    };
    const timer = win.setTimeout(finish, timeoutMs);
    const observer = new Observer((entries) => {
      if (entries.getEntriesByName('first-contentful-paint').length) finish();
    });
    observer.observe({ type: 'paint', buffered: true });
  });
}
