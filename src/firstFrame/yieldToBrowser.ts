/**
 * Ends the current task and resumes in a new one, so the browser can paint and handle input in between:
 * the startup's steps (evaluating the app's chunks, building the simulation, the first render) each stay
 * a short task instead of one long one that blocks the page. `scheduler.yield()` resumes ahead of other
 * queued tasks (the lazy panels' scripts); where it is missing, a zero-delay timeout.
 */
export function yieldToBrowser(win: Window = window): Promise<void> {
  const scheduler = (win as Window & { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => win.setTimeout(resolve, 0));
}
