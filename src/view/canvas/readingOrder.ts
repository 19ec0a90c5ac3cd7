/** Something placed on the drawing: its horizontal centre and vertical extent. */
export interface Placed {
  x: number;
  top: number;
  bottom: number;
}

/**
 * Reading order (top to bottom, then left to right) for the buttons laid over a Pod, so Tab goes app →
 * pause → sidecar as the eye does. Items whose vertical extents overlap read as one line: the pause
 * hexagon sits beside the cards, a little lower, and belongs to their line.
 */
export function inReadingOrder<T extends Placed>(items: readonly T[]): T[] {
  const byTop = [...items].sort((a, b) => a.top - b.top);
  const lines: T[][] = [];
  let bottom = -Infinity;
  for (const item of byTop) {
    const line = lines.at(-1);
    if (line && item.top < bottom) {
      line.push(item);
      bottom = Math.max(bottom, item.bottom);
    } else {
      lines.push([item]);
      bottom = item.bottom;
    }
  }
  return lines.flatMap((line) => line.sort((a, b) => a.x - b.x));
}
