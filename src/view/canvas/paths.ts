/** SVG path data for the canvas: the pause hexagon and the mount links from containers to volumes. */
import { path } from 'd3-path';
import type { Rect } from './layout';

/**
 * d3-shape's linkVertical curve (a cubic bump, tangents vertical at both ends), drawn with d3-path: the one
 * curve the canvas needs, without the rest of d3-shape (~3.5 KB gzip that its bundle does not tree-shake).
 */
function link([x0, y0]: [number, number], [x1, y1]: [number, number]): string {
  const curve = path();
  const middle = (y0 + y1) / 2;
  curve.moveTo(x0, y0);
  curve.bezierCurveTo(x0, middle, x1, middle, x1, y1);
  return curve.toString();
}

/**
 * A smooth curve from a container's bottom edge to the volume: down into its top edge when the volume is
 * below, or down and across into its left edge when it sits to the right.
 */
export function mountPath(from: Rect, to: Rect, busY?: number): string {
  const start: [number, number] = [from.x + from.w / 2, from.y + from.h];
  if (busY === undefined) return link(start, [to.x + to.w / 2, to.y]);
  // Down out of the layers, along the bus under them, then up into the volume's left edge.
  const [x0, y0] = start;
  const [x1, y1] = [to.x, to.y + to.h / 2];
  const turn = 16;
  return [
    `M${x0},${y0}`,
    `L${x0},${busY - turn}`,
    `Q${x0},${busY} ${x0 + turn},${busY}`,
    `L${x1 - 24 - turn},${busY}`,
    `Q${x1 - 24},${busY} ${x1 - 24},${busY - turn}`,
    `L${x1 - 24},${y1 + turn}`,
    `Q${x1 - 24},${y1} ${x1},${y1}`,
  ].join('');
}

/** Pointy-top hexagon path for the pause container. */
export function hexagonPath(cx: number, cy: number, r: number): string {
  const points = Array.from({ length: 6 }, (_, i) => {
    const angle = (Math.PI / 3) * i - Math.PI / 2;
    return `${(cx + r * Math.cos(angle)).toFixed(1)},${(cy + r * Math.sin(angle)).toFixed(1)}`;
  });
  return `M${points.join('L')}Z`;
}
