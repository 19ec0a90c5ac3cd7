/**
 * Pure geometry for the canvas (pod-local coordinates, SVG user units). React draws; this only computes.
 * A Pod: header, then three nested shared-namespace layers (net ⊃ ipc ⊃ uts) owned by the pause
 * container at the centre; init containers in a row above ("before"), app containers and sidecars in
 * two columns beside the pause hexagon; volumes below the layers.
 */
import { path } from 'd3-path';

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
  /** The small drawing used when many Pods share the screen: no inode chips or layer labels. */
  compact?: boolean;
  /** net, ipc, uts once the sandbox is dead: shrunk onto the pause hexagon, clear of the cards. */
  collapsed: [Rect, Rect, Rect];
}

/** A layout before its collapsed layers are derived from it. */
type DrawnLayout = Omit<PodLayout, 'collapsed'>;

/** Alternate left, right, left…: the pause container stays in the middle whatever the count. */
function column(index: number): 'left' | 'right' {
  return index % 2 === 0 ? 'left' : 'right';
}

export type Orientation = 'landscape' | 'portrait';

/** Landscape puts volumes to the right of the layers (wide screens); portrait puts them below (phones). */
export function layoutPod(
  counts: { init: number; main: number; volumes: number },
  orientation: Orientation = 'portrait',
  compact = false,
): PodLayout {
  // Pure in its inputs: cache, so memoised Pod boxes receive the same layout object every frame.
  const key = `${counts.init}/${counts.main}/${counts.volumes}/${orientation}/${compact}`;
  let layout = layoutCache.get(key);
  if (!layout) {
    const drawn = compact ? compactLayout(counts) : computeLayout(counts, orientation);
    layoutCache.set(key, (layout = { ...drawn, collapsed: collapsedLayers(drawn) }));
  }
  return layout;
}

/**
 * Where the layers shrink to when the sandbox dies: boxes 12, 7 and 2 units around the hexagon, each
 * narrowed (or shortened) to stay 3 units clear of the cards beside it and of the caption under it. In the compact drawing the cards
 * stand 4 units from the hexagon's box, and full-size squares ran over them.
 */
function collapsedLayers(layout: DrawnLayout): [Rect, Rect, Rect] {
  const { cx, cy, r } = layout.pause;
  const full = r + 12;
  const cards = [...layout.init, ...layout.main];
  // Narrow first (the hexagon is narrower than it is tall), then shorten for a card still in the way.
  let roomX = full;
  for (const card of cards) {
    const dx = Math.max(card.x - cx, cx - (card.x + card.w));
    if (dx > 0 && card.y < cy + full && card.y + card.h > cy - full) roomX = Math.min(roomX, dx - 3);
  }
  let roomY = full;
  for (const card of cards) {
    const dy = Math.max(card.y - cy, cy - (card.y + card.h));
    if (dy > 0 && card.x < cx + roomX + 3 && card.x + card.w > cx - roomX - 3)
      roomY = Math.min(roomY, dy - 3);
  }
  return [0, 1, 2].map((depth) => {
    const halfW = Math.min(full, roomX) - depth * (roomX < full ? 2 : 5);
    const halfH = Math.min(full, roomY) - depth * (roomY < full ? 2 : 5);
    // The full drawing's caption ("holds net · ipc · uts") sits under the hexagon: stop above it.
    const below = layout.compact ? halfH : Math.min(halfH, r + 5 - depth * 2);
    return { x: cx - halfW, y: cy - halfH, w: 2 * halfW, h: halfH + below };
  }) as [Rect, Rect, Rect];
}

// 114: the hexagon between two cards keeps room for a dead sandbox's three rings around it.
export const MINI_W = 114;
export const MINI_H = 44;

/**
 * The compact Pod (semantic zoom, when a full Pod would be drawn too small to read): name, status and IP
 * on top; the pause hexagon in the middle of the net layer, app containers as small cards either side of
 * it, init containers in a row above them, volumes as small boxes below.
 */
function compactLayout(counts: { init: number; main: number; volumes: number }): DrawnLayout {
  const width = 340;
  const top = 70;
  const inset = 5;
  const initRowH = counts.init > 0 ? 36 + 10 : 0;
  const rows = Math.max(1, Math.ceil(counts.main / 2));
  const mainH = Math.max(rows * MINI_H + (rows - 1) * 10, 96);
  const contentTop = top + 3 * inset + 10;
  const layerH = 3 * inset * 2 + 20 + initRowH + mainH;
  const layers: [Rect, Rect, Rect] = [0, 1, 2].map((i) => ({
    x: 10 + i * inset,
    y: top + i * inset,
    w: width - 20 - 2 * i * inset,
    h: layerH - 2 * i * inset,
  })) as [Rect, Rect, Rect];
  const left = 24;
  const initW = Math.min(MINI_W, (width - 2 * left - (counts.init - 1) * 8) / Math.max(1, counts.init));
  const init = Array.from({ length: counts.init }, (_, i) => ({
    x: left + i * (initW + 8),
    y: contentTop,
    w: initW,
    h: 36,
  }));
  const mainTop = contentTop + initRowH;
  const main = Array.from({ length: counts.main }, (_, i) => ({
    x: column(i) === 'left' ? left : width - left - MINI_W,
    y: mainTop + Math.floor(i / 2) * (MINI_H + 10),
    w: MINI_W,
    h: MINI_H,
  }));
  const pause = { cx: width / 2, cy: mainTop + mainH / 2 - 14, r: 24 };
  const volumesTop = top + layerH + 12;
  const volumeW = Math.min(140, (width - 2 * left - (counts.volumes - 1) * 8) / Math.max(1, counts.volumes));
  const volumes = Array.from({ length: counts.volumes }, (_, i) => ({
    x: left + i * (volumeW + 8),
    y: volumesTop,
    w: volumeW,
    h: 30,
  }));
  const height = (counts.volumes > 0 ? volumesTop + 30 : top + layerH) + 12;
  return { width, height, layers, pause, init, main, volumes, compact: true };
}

const layoutCache = new Map<string, PodLayout>();

function computeLayout(
  counts: { init: number; main: number; volumes: number },
  orientation: Orientation,
): DrawnLayout {
  const rows = Math.max(1, Math.ceil(counts.main / 2));
  // One app container (and at most one init container) has no card for the right column: leaving that column
  // out makes the Pod a third narrower, so two of them side by side are drawn a third larger.
  // (Portrait: two volumes in a row below need the full width.)
  const narrow = counts.main <= 1 && counts.init <= 1 && (orientation === 'landscape' || counts.volumes <= 1);
  const innerW = narrow ? CARD_W + COL_GAP + PAUSE_R * 2 + 24 : CARD_W * 2 + COL_GAP * 2 + PAUSE_R * 2 + 24;
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
  // Narrow: the hexagon sits beside the one card, in the middle of the room the card leaves.
  const cx = narrow ? content.x + CARD_W + (content.w - CARD_W) / 2 : content.x + content.w / 2;
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
    if (scale > best.scale) best = { columns, scale };
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
