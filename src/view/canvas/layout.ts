/**
 * Pure geometry for the canvas (pod-local coordinates, SVG user units). React draws; this only computes.
 * A Pod: header, then three nested shared-namespace layers (net ⊃ ipc ⊃ uts) owned by the pause
 * container at the centre; init containers in a row above ("before"), app containers and sidecars in
 * two columns beside the pause hexagon; volumes below the layers.
 */
import { linkVertical } from 'd3-shape';

export const CARD_W = 212;
export const CARD_H = 186;
export const INIT_H = 86;
export const PAUSE_R = 54;
const COL_GAP = 36;
const ROW_GAP = 18;
const HEADER_H = 68;
/** Inset of each nested layer, and the band its label sits in. */
export const LAYER_INSET = 13;
export const LAYER_LABEL = 20;
const INNER_PAD = 16;
const VOLUME_GAP = 40;
export const VOLUME_W = 220;
export const VOLUME_H = 62;

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PodLayout {
  width: number;
  height: number;
  /** net, ipc, uts from outside in. */
  layers: [Rect, Rect, Rect];
  pause: { cx: number; cy: number; r: number };
  init: Rect[];
  main: Rect[];
  volumes: Rect[];
  /** Landscape: the y of the line under the net layer along which mount links run to the volumes. */
  busY?: number;
}

/** Alternate left, right, left…: the pause container stays in the middle whatever the count. */
function column(index: number): 'left' | 'right' {
  return index % 2 === 0 ? 'left' : 'right';
}

export type Orientation = 'landscape' | 'portrait';

/** Landscape puts volumes to the right of the layers (wide screens); portrait puts them below (phones). */
export function layoutPod(
  counts: { init: number; main: number; volumes: number },
  orientation: Orientation = 'portrait',
): PodLayout {
  // Pure in its inputs: cache, so memoised Pod boxes receive the same layout object every frame.
  const key = `${counts.init}/${counts.main}/${counts.volumes}/${orientation}`;
  let layout = layoutCache.get(key);
  if (!layout) layoutCache.set(key, (layout = computeLayout(counts, orientation)));
  return layout;
}

const layoutCache = new Map<string, PodLayout>();

function computeLayout(
  counts: { init: number; main: number; volumes: number },
  orientation: Orientation,
): PodLayout {
  const rows = Math.max(1, Math.ceil(counts.main / 2));
  const innerW = CARD_W * 2 + COL_GAP * 2 + PAUSE_R * 2 + 24;
  const initRowH = counts.init > 0 ? INIT_H + ROW_GAP + 18 : 0;
  // Room under the hexagon for its caption and its kill button.
  const mainH = Math.max(rows * CARD_H + (rows - 1) * ROW_GAP, PAUSE_R * 2 + 84);
  const innerH = initRowH + mainH;

  const layerPad = LAYER_INSET + LAYER_LABEL;
  const netX = INNER_PAD;
  const netY = HEADER_H;
  const netW = innerW + 3 * LAYER_INSET * 2;
  // Each layer has a label band on top and an inset at the bottom.
  const netH = innerH + 3 * layerPad + 3 * LAYER_INSET;
  const layers: [Rect, Rect, Rect] = [
    { x: netX, y: netY, w: netW, h: netH },
    {
      x: netX + LAYER_INSET,
      y: netY + layerPad,
      w: netW - 2 * LAYER_INSET,
      h: netH - layerPad - LAYER_INSET,
    },
    {
      x: netX + 2 * LAYER_INSET,
      y: netY + 2 * layerPad,
      w: netW - 4 * LAYER_INSET,
      h: netH - 2 * layerPad - 2 * LAYER_INSET,
    },
  ];
  const content = { x: netX + 3 * LAYER_INSET, y: netY + 3 * layerPad, w: innerW, h: innerH };

  const initW = Math.min(CARD_W, (content.w - (counts.init - 1) * 40) / Math.max(1, counts.init));
  const init = Array.from({ length: counts.init }, (_, i) => ({
    x: content.x + i * (initW + 40),
    y: content.y + 18,
    w: initW,
    h: INIT_H,
  }));

  const mainTop = content.y + initRowH;
  const cx = content.x + content.w / 2;
  const main = Array.from({ length: counts.main }, (_, i) => {
    const row = Math.floor(i / 2);
    const x = column(i) === 'left' ? content.x : content.x + content.w - CARD_W;
    return { x, y: mainTop + row * (CARD_H + ROW_GAP), w: CARD_W, h: CARD_H };
  });
  const pause = { cx, cy: mainTop + mainH / 2 - 22, r: PAUSE_R };

  if (orientation === 'landscape' && counts.volumes > 0) {
    const volumesX = netX + netW + VOLUME_GAP;
    const stackH = counts.volumes * VOLUME_H + (counts.volumes - 1) * 24;
    const top = netY + netH / 2 - stackH / 2;
    const volumes = Array.from({ length: counts.volumes }, (_, i) => ({
      x: volumesX,
      y: top + i * (VOLUME_H + 24),
      w: VOLUME_W,
      h: VOLUME_H,
    }));
    const busY = netY + netH + 14;
    return {
      width: volumesX + VOLUME_W + INNER_PAD,
      height: busY + INNER_PAD,
      layers,
      pause,
      init,
      main,
      volumes,
      busY,
    };
  }
  const volumesTop = netY + netH + VOLUME_GAP;
  const volumesW = counts.volumes * VOLUME_W + (counts.volumes - 1) * 32;
  const volumes = Array.from({ length: counts.volumes }, (_, i) => ({
    x: cx - volumesW / 2 + i * (VOLUME_W + 32),
    y: volumesTop,
    w: VOLUME_W,
    h: VOLUME_H,
  }));
  const height = (counts.volumes > 0 ? volumesTop + VOLUME_H : netY + netH) + INNER_PAD;
  return { width: netW + 2 * INNER_PAD, height, layers, pause, init, main, volumes };
}

const link = linkVertical<
  unknown,
  { source: [number, number]; target: [number, number] },
  [number, number]
>();

/**
 * A smooth curve from a container's bottom edge to the volume: down into its top edge when the volume is
 * below, or down and across into its left edge when it sits to the right.
 */
export function mountPath(from: Rect, to: Rect, busY?: number): string {
  const start: [number, number] = [from.x + from.w / 2, from.y + from.h];
  if (busY === undefined) return link({ source: start, target: [to.x + to.w / 2, to.y] }) ?? '';
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

/** Pods in a grid inside the Node: as many columns as fit `maxWidth`, at least one. */
export function gridPositions(sizes: { width: number; height: number }[], maxWidth: number, gap = 28) {
  const positions: { x: number; y: number }[] = [];
  let x = 0;
  let y = 0;
  let rowH = 0;
  let width = 0;
  for (const size of sizes) {
    if (x > 0 && x + size.width > maxWidth) {
      x = 0;
      y += rowH + gap;
      rowH = 0;
    }
    positions.push({ x, y });
    x += size.width + gap;
    rowH = Math.max(rowH, size.height);
    width = Math.max(width, x - gap);
  }
  return { positions, width, height: y + rowH };
}
