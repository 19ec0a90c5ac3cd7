import type { Orientation } from './layout';

export interface Viewport {
  width: number;
  height: number;
}

export interface FrameSize {
  width: number;
  height: number;
  /** The stylesheet makes the frame a size container: the drawing scales to fit it, no scrolling. */
  fit: boolean;
}

/**
 * The drawing frame's size before it is measured, from the viewport and index.css's wide layout (side panel
 * 24rem, 34rem from 1600 px; header, time bar and legend above and below). Only the arrangement it picks
 * matters (orientation, columns, compact Pods): guessing it right means the first paint is already the
 * final picture, where 0×0 drew a portrait Node and then jumped to landscape (a layout shift). The startup
 * script uses it too, to pick the prerendered first frame drawn in the same orientation.
 */
export function guessFrameSize(viewport: Viewport): FrameSize {
  const rem = 16;
  const wide = viewport.width >= 960;
  const side = !wide ? 0 : viewport.width >= 1600 ? 34 * rem : 24 * rem;
  return {
    width: viewport.width - side - 1.5 * rem,
    height: wide ? viewport.height - 16 * rem : viewport.height,
    fit: wide,
  };
}

/**
 * Wide frames get volumes beside the layers; narrow ones (phones) get them below. A frame the drawing fits
 * (`fit`) must also be wide for its height. One that scrolls (the stacked layout) is as tall as the drawing
 * itself, so its width alone decides: judged by its height it flipped from portrait (a tall window) to
 * landscape (the portrait drawing's own height) on its first measurement.
 */
export function orientationOf(frame: { width: number; height: number; fit?: boolean }): Orientation {
  if (frame.width < 700) return 'portrait';
  return !frame.fit || frame.width / Math.max(frame.height, 1) >= 1.2 ? 'landscape' : 'portrait';
}

/**
 * The frame shape from which the default Pod draws larger in landscape: its landscape Node's width over its
 * portrait Node's height (1046 / 660, index.html's first frames; a test keeps them equal). Below it the
 * landscape drawing is held back by the frame's width more than the portrait one by its height.
 */
export const FIT_LANDSCAPE_RATIO = 1046 / 660;

/**
 * For a frame the drawing must fit and no prerendered first frame has to match (an embed, presenter mode):
 * the orientation that draws the Pod larger, so a 700×500 embed draws landscape. The page's own wide layout
 * keeps orientationOf, which the startup script can predict from the window before anything is laid out.
 */
export function largestOrientationOf(frame: { width: number; height: number }): Orientation {
  return frame.width / Math.max(frame.height, 1) >= FIT_LANDSCAPE_RATIO ? 'landscape' : 'portrait';
}
