/** How the Node arranges its Pods in the canvas frame: orientation, full or compact drawings, grid columns. */
import { layoutPod, type Orientation } from './layout';

export const PAD = 24;
export const NODE_HEADER = 96;
export const NODE_MIN_WIDTH = 780;
/**
 * Below this scale a full Pod's smallest text (11 units) would be under ~5.5 px, unreadable on a projector:
 * draw the compact Pods instead, whose names, states and IPs stay readable.
 */
export const COMPACT_BELOW = 0.5;
/** Presenter mode, read from the back of a classroom: full Pods only while their small text is ≥ 6.5 px. */
export const PROJECTED_COMPACT_BELOW = 0.6;

/**
 * Pod layouts and the number of grid columns for this frame. Where the frame fits the whole drawing
 * (wide screens, embeds) the columns are chosen to draw the Pods largest; where it scrolls (phones) the
 * width decides alone. Too many Pods for readable full drawings: compact ones (semantic zoom).
 * `wasFull`: these Pods are drawn full now; they stay full down to 0.9 of the threshold, so a frame a line
 * shorter (the presenter strip's narration wrapping) does not swap the drawing for compact Pods mid-lesson.
 */
export function arrange(
  shapeKey: string,
  orientation: Orientation,
  frame: { width: number; height: number; fit: boolean },
  compactBelow = COMPACT_BELOW,
  wasFull = false,
) {
  const counts = shapeKey
    ? shapeKey.split(' ').map((shape) => {
        const [init = 0, main = 0, volumes = 0] = shape.split('/').map(Number);
        return { init, main, volumes };
      })
    : [];
  const box = {
    width: Math.max(frame.width, 320),
    height: frame.fit ? Math.max(frame.height, 240) : Infinity,
  };
  const extra = { width: PAD * 2, height: NODE_HEADER + PAD * 2, minWidth: NODE_MIN_WIDTH };
  let full = counts.map((c) => layoutPod(c, orientation));
  let best = bestColumns(full, box, extra);
  // The frame's orientation suits one Pod (and is what the prerendered first frame, one Pod, is drawn in).
  // Several Pods in a frame they must fit: volumes below may draw them larger (two Pods side by side are
  // held back by their width), so take whichever orientation does.
  if (frame.fit && counts.length > 1) {
    const other: Orientation = orientation === 'landscape' ? 'portrait' : 'landscape';
    const turned = counts.map((c) => layoutPod(c, other));
    const turnedBest = bestColumns(turned, box, extra);
    if (turnedBest.scale > best.scale * 1.05) [full, best] = [turned, turnedBest];
  }
  if (counts.length <= 1 || best.scale >= compactBelow * (wasFull ? 0.9 : 1))
    return { layouts: full, columns: best.columns };
  const compact = counts.map((c) => layoutPod(c, orientation, true));
  return { layouts: compact, columns: bestColumns(compact, box, extra).columns };
}

/**
 * How many columns make the Pods largest in a frame of this shape (the drawing scales to fit it), and
 * that scale. Pods of one shape: a square-ish frame gets a square-ish grid, a wide one a wide grid.
 */
export function bestColumns(
  sizes: { width: number; height: number }[],
  frame: { width: number; height: number },
  extra: { width: number; height: number; minWidth: number },
): { columns: number; scale: number } {
  let best = { columns: 1, scale: 0 };
  for (let columns = 1; columns <= Math.max(1, sizes.length); columns++) {
    const grid = gridPositions(sizes, Infinity, 28, columns);
    const width = Math.max(grid.width, extra.minWidth) + extra.width;
    const height = grid.height + extra.height;
    const scale = Math.min(frame.width / width, frame.height / height);
    // A tie (both held back by the Node's minimum width): more columns, for a shorter Node with less empty room.
    if (scale >= best.scale) best = { columns, scale };
  }
  return best;
}

/** Pods in a grid inside the Node: as many columns as fit `maxWidth` (and at most `columns`). */
export function gridPositions(
  sizes: { width: number; height: number }[],
  maxWidth: number,
  gap = 28,
  columns = Infinity,
) {
  const positions: { x: number; y: number }[] = [];
  let x = 0;
  let y = 0;
  let rowH = 0;
  let width = 0;
  let inRow = 0;
  for (const size of sizes) {
    if (x > 0 && (x + size.width > maxWidth || inRow >= columns)) {
      inRow = 0;
      x = 0;
      y += rowH + gap;
      rowH = 0;
    }
    positions.push({ x, y });
    inRow += 1;
    x += size.width + gap;
    rowH = Math.max(rowH, size.height);
    width = Math.max(width, x - gap);
  }
  return { positions, width, height: y + rowH };
}
