/**
 * On a phone the drawing sits above the panel, a screen away from the button that was just pressed: bring it
 * into view, so the change can be watched as it happens ("watch what appears, and in which order"). Where the
 * drawing is already in view (beside the panel, in presenter mode), nothing moves.
 */
export function revealCanvas(): void {
  const canvas = document.getElementById('canvas');
  if (!canvas) return;
  const box = canvas.getBoundingClientRect();
  const visible = Math.min(box.bottom, innerHeight) - Math.max(box.top, 0);
  if (visible >= Math.min(box.height, innerHeight) * 0.4) return;
  const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
  canvas.scrollIntoView({ behavior: reduced ? 'auto' : 'smooth', block: 'start' });
}
